package io.softdelete.bench;

/** What the lazy-collection benchmark needs of a customer, whichever model it comes from. */
public interface HasOrders {
    int orderCount();
}

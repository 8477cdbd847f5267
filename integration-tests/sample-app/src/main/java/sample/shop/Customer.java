package sample.shop;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PreRemove;
import jakarta.persistence.Version;

@Entity
@NamedQuery(name = "Customer.byName", query = "select c from Customer c where c.name like :name order by c.id")
public class Customer {
    public static int preRemoveCalls;
    public static int postRemoveCalls;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String name;

    @Version
    private int version;

    @OneToMany(mappedBy = "customer", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<PurchaseOrder> orders = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "customer_nickname")
    private Set<String> nicknames = new HashSet<>();

    protected Customer() {
    }

    public Customer(String name) {
        this.name = name;
    }

    @PreRemove
    void beforeRemove() {
        preRemoveCalls++;
    }

    @PostRemove
    void afterRemove() {
        postRemoveCalls++;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public List<PurchaseOrder> getOrders() {
        return orders;
    }

    public Set<String> getNicknames() {
        return nicknames;
    }

    public PurchaseOrder addOrder(int amount) {
        PurchaseOrder order = new PurchaseOrder(this, amount);
        orders.add(order);
        return order;
    }
}

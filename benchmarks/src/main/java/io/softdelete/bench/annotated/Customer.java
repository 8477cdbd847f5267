package io.softdelete.bench.annotated;

import java.util.ArrayList;
import java.util.List;

import io.softdelete.bench.HasOrders;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import org.hibernate.annotations.SoftDelete;

/** The same customer, hand-annotated with Hibernate's own soft delete. */
@Entity
@Table(name = "customer")
@SoftDelete
public class Customer implements HasOrders {
    @Id
    private Long id;

    private String name;

    private String email;

    @OneToMany(cascade = CascadeType.ALL)
    @JoinColumn(name = "customer_id")
    private List<PurchaseOrder> orders = new ArrayList<>();

    protected Customer() {
    }

    @Override
    public int orderCount() {
        return orders.size();
    }
}

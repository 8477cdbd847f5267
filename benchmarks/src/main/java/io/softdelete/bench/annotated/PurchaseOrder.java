package io.softdelete.bench.annotated;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import org.hibernate.annotations.SoftDelete;

/** The same order, hand-annotated with Hibernate's own soft delete. */
@Entity
@Table(name = "purchase_order", indexes = {@Index(columnList = "amount"), @Index(columnList = "batch")})
@SoftDelete
public class PurchaseOrder {
    @Id
    private Long id;

    private int amount;

    private String note;

    private int batch;

    protected PurchaseOrder() {
    }
}

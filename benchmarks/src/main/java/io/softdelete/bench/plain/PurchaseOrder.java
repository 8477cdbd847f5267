package io.softdelete.bench.plain;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;

/** An order, unaware of soft delete. */
@Entity
@Table(name = "purchase_order", indexes = {@Index(columnList = "amount"), @Index(columnList = "batch")})
public class PurchaseOrder {
    @Id
    private Long id;

    private int amount;

    private String note;

    private int batch;

    protected PurchaseOrder() {
    }
}

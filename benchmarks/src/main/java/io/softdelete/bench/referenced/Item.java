package io.softdelete.bench.referenced;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A row that references a kind through a foreign key the database enforces. */
@Entity
@Table(name = "item")
public class Item {
    @Id
    private Long id;

    @ManyToOne
    private Kind kind;

    protected Item() {
    }
}

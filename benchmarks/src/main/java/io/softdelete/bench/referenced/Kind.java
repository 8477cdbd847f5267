package io.softdelete.bench.referenced;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A reference row that items point at. */
@Entity
@Table(name = "kind")
public class Kind {
    @Id
    private Long id;

    private String name;

    protected Kind() {
    }
}

package io.softdelete.bench.journal;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A row removed alone, in bulk by its batch, or with its family. */
@Entity
@Table(name = "member")
public class Member {
    @Id
    private Long id;

    private int batch;

    @ManyToOne(fetch = FetchType.LAZY)
    private Family family;

    protected Member() {
    }
}

package io.softdelete.bench.journal;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;

/** A parent whose removal cascades to its members. */
@Entity
@Table(name = "family")
public class Family {
    @Id
    private Long id;

    @OneToMany(mappedBy = "family", cascade = CascadeType.ALL)
    private List<Member> members = new ArrayList<>();

    protected Family() {
    }
}

package sample.zoo.enhanced;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Basic;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;

@Entity(name = "Publisher")
public class Publisher {
    @Id
    Long id;
    String name;
    @Basic(fetch = FetchType.LAZY)
    String history;
    @OneToMany(mappedBy = "publisher")
    List<Author> authors = new ArrayList<>();

    // enhanced entities are read and written through their own methods: only those are intercepted
    String getName() {
        return name;
    }

    String getHistory() {
        return history;
    }

    List<Author> getAuthors() {
        return authors;
    }
}

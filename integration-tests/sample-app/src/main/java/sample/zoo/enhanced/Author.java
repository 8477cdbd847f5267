package sample.zoo.enhanced;

import jakarta.persistence.Basic;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;

@Entity(name = "Author")
public class Author {
    @Id
    Long id;
    @Version
    int version;
    String name;
    @Basic(fetch = FetchType.LAZY)
    String biography;
    @ManyToOne(fetch = FetchType.LAZY)
    Publisher publisher;

    String getName() {
        return name;
    }

    void setName(String name) {
        this.name = name;
    }

    String getBiography() {
        return biography;
    }

    Publisher getPublisher() {
        return publisher;
    }
}

package sample.zoo.hbm;

import java.util.HashSet;
import java.util.Set;

/** Mapped in {@code shop.hbm.xml} only, like every class of this package. */
public class Customer {
    public Long id;
    public int version;
    public String name;
    public Set<Purchase> purchases = new HashSet<>();
    public Set<Tag> tags = new HashSet<>();

    /** The name: a lazy to-one's proxy answers it from the row it loads, where its own fields stay empty. */
    @Override
    public String toString() {
        return name;
    }
}

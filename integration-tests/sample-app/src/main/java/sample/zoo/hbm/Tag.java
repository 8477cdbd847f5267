package sample.zoo.hbm;

import java.util.HashSet;
import java.util.Set;

public class Tag {
    public Long id;
    public Set<Customer> customers = new HashSet<>();
}

package sample.zoo.hbm;

/** The root of a {@code <subclass>} (single table) hierarchy. */
public class Vehicle {
    public Long id;
}

package sample.zoo.hbm;

/** The root of a {@code <joined-subclass>} hierarchy. */
public class Animal {
    public Long id;
}

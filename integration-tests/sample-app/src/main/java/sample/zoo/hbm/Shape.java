package sample.zoo.hbm;

/** The abstract root of a {@code <union-subclass>} hierarchy. */
public abstract class Shape {
    public Long id;
}

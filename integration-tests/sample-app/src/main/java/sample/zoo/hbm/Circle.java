package sample.zoo.hbm;

public class Circle extends Shape {
    public int radius;
}

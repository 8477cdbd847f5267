package sample.zoo.hbm;

public class Car extends Vehicle {
    public int doors;
}

package sample.zoo.hbm;

public class Dog extends Animal {
    public String breed;
}

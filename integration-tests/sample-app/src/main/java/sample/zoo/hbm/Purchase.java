package sample.zoo.hbm;

public class Purchase {
    public Long id;
    public String item;
    public Customer customer;
}

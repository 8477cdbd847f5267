package sample.shop;

import jakarta.persistence.Entity;

@Entity
public class Invoice extends Document {
    private int total;

    protected Invoice() {
    }

    public Invoice(String title, int total) {
        super(title);
        this.total = total;
    }
}

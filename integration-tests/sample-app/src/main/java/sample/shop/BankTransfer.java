package sample.shop;

import jakarta.persistence.Entity;

@Entity
public class BankTransfer extends Payment {
    private String iban;

    protected BankTransfer() {
    }

    public BankTransfer(int amount, String iban) {
        super(amount);
        this.iban = iban;
    }
}

package sample.shop;

import jakarta.persistence.Entity;

@Entity
public class CardPayment extends Payment {
    private String cardNumber;

    protected CardPayment() {
    }

    public CardPayment(int amount, String cardNumber) {
        super(amount);
        this.cardNumber = cardNumber;
    }

    public String getCardNumber() {
        return cardNumber;
    }
}

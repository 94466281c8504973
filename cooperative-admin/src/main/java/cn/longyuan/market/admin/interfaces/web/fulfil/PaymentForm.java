package cn.longyuan.market.admin.interfaces.web.fulfil;

import cn.longyuan.market.application.shared.RequestRefusedException;
import cn.longyuan.market.domain.model.shared.Money;
import java.io.Serializable;
import java.time.LocalDate;

/** The dialog that confirms an offline payment: how much came in, and on which day. */
public class PaymentForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String amount;
    private LocalDate receivedOn;

    /** The amount due and today, which the user corrects when the money came otherwise. */
    void prefill(Money due, LocalDate today) {
        amount = due.toDecimalString();
        receivedOn = today;
    }

    /** The amount typed, refused next to its field when it is no amount of money. */
    Money money() {
        try {
            return Money.parse(amount == null ? "" : amount);
        } catch (IllegalArgumentException e) {
            throw RequestRefusedException.invalid("amount", "a decimal amount such as 128.00");
        }
    }

    public String getAmount() {
        return amount;
    }

    public void setAmount(String amount) {
        this.amount = amount;
    }

    public LocalDate getReceivedOn() {
        return receivedOn;
    }

    public void setReceivedOn(LocalDate receivedOn) {
        this.receivedOn = receivedOn;
    }
}

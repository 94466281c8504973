package cn.longyuan.market.admin.interfaces.web;

import cn.longyuan.market.application.shared.RequestRefusedException;
import cn.longyuan.market.domain.model.shared.MarketTime;
import cn.longyuan.market.domain.model.shared.Money;
import java.io.Serializable;
import java.time.LocalDate;

/** The income page's payout dialog: how much was paid to her, on which day (today unless changed), its reference. */
public class PayoutForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String amount;
    private LocalDate paidOn = LocalDate.now(MarketTime.ZONE);
    private String reference;

    /** The amount as typed; text that is no amount is refused next to its field. */
    Money money() {
        try {
            return Money.parse(amount == null ? "" : amount);
        } catch (IllegalArgumentException e) {
            throw RequestRefusedException.invalid("amount", "a decimal amount such as 128.00");
        }
    }

    /** Empties the form after a payout was recorded (the day stays for the next one). */
    void clear() {
        amount = null;
        reference = null;
    }

    public String getAmount() {
        return amount;
    }

    public void setAmount(String amount) {
        this.amount = amount;
    }

    public LocalDate getPaidOn() {
        return paidOn;
    }

    public void setPaidOn(LocalDate paidOn) {
        this.paidOn = paidOn;
    }

    public String getReference() {
        return reference;
    }

    public void setReference(String reference) {
        this.reference = reference;
    }
}

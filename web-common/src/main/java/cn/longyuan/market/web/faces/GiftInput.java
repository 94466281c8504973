package cn.longyuan.market.web.faces;

import cn.longyuan.market.domain.model.ordering.Gift;
import java.io.Serializable;

/** A form's "this order is a gift" tick and message (the shop's checkout, the broker's phone order). */
public class GiftInput implements Serializable {

    private static final long serialVersionUID = 1L;

    private boolean ticked;
    private String message;

    /** The gift asked for, or null ({@link Gift#asked}). */
    public Gift toGift() {
        return Gift.asked(ticked, message);
    }

    public boolean isTicked() {
        return ticked;
    }

    public void setTicked(boolean ticked) {
        this.ticked = ticked;
    }

    public String getMessage() {
        return message;
    }

    public void setMessage(String message) {
        this.message = message;
    }
}

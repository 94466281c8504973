package cn.longyuan.market.admin.interfaces.web.fulfil;

import java.io.Serializable;

/** The dialog that calls the cooperative's part off before it ships: why (the buyer reads it in the history). */
public class CancelForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String reason;

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}

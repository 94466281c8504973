package cn.longyuan.market.admin.interfaces.web.fulfil;

import java.io.Serializable;

/** The dialog that hands the cooperative's part to a carrier: which carrier, under which tracking number. */
public class ShipmentForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String carrier;
    private String trackingNumber;

    public String getCarrier() {
        return carrier;
    }

    public void setCarrier(String carrier) {
        this.carrier = carrier;
    }

    public String getTrackingNumber() {
        return trackingNumber;
    }

    public void setTrackingNumber(String trackingNumber) {
        this.trackingNumber = trackingNumber;
    }
}

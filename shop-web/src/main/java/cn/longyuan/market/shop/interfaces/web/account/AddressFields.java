package cn.longyuan.market.shop.interfaces.web.account;

import cn.longyuan.market.application.shared.FieldViolation;
import cn.longyuan.market.domain.model.buyer.BuyerAddress;
import cn.longyuan.market.shop.interfaces.web.ShopTexts;
import java.io.Serializable;

/** The address form of her address book, as typed: recipient, phone, province and city from the lists, the rest. */
public class AddressFields implements Serializable {

    private static final long serialVersionUID = 1L;

    private String recipient;
    private String phone;
    private String province;
    private String city;
    private String district;
    private String line;
    private String postcode;

    void fill(BuyerAddress.Details d) {
        recipient = d.recipient();
        phone = d.phone();
        province = d.province();
        city = d.city();
        district = d.district();
        line = d.line();
        postcode = d.postcode();
    }

    BuyerAddress.Details details() {
        return new BuyerAddress.Details(recipient, phone, province, city, district, line, postcode);
    }

    /** The province changed: the city must be chosen again from its cities. */
    public void provinceChanged() {
        city = null;
    }

    /** The text next to an address field the address book (or an order's region check) refused. */
    public static String violationText(FieldViolation v) {
        String reason = v.message().startsWith("required")
                ? "required"
                : v.field().equals("city") && v.message().startsWith("not a city") ? "cityNotInProvince" : "invalid";
        return ShopTexts.text("address.violation." + reason);
    }

    public String getRecipient() {
        return recipient;
    }

    public void setRecipient(String recipient) {
        this.recipient = recipient;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getProvince() {
        return province;
    }

    public void setProvince(String province) {
        this.province = province;
    }

    public String getCity() {
        return city;
    }

    public void setCity(String city) {
        this.city = city;
    }

    public String getDistrict() {
        return district;
    }

    public void setDistrict(String district) {
        this.district = district;
    }

    public String getLine() {
        return line;
    }

    public void setLine(String line) {
        this.line = line;
    }

    public String getPostcode() {
        return postcode;
    }

    public void setPostcode(String postcode) {
        this.postcode = postcode;
    }
}

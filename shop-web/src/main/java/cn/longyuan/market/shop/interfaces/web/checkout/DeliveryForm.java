package cn.longyuan.market.shop.interfaces.web.checkout;

import cn.longyuan.market.application.ordering.PlaceOrderCommand;
import cn.longyuan.market.domain.model.buyer.BuyerAddress;
import cn.longyuan.market.domain.model.ordering.Contact;
import cn.longyuan.market.domain.model.ordering.Gift;
import cn.longyuan.market.domain.model.ordering.ShippingAddress;
import cn.longyuan.market.shop.interfaces.web.cart.OrderPreview;
import cn.longyuan.market.web.faces.GiftInput;
import java.io.Serializable;

/**
 * The checkout's who-and-where: whom to reach and where the parcel goes, as she types it, and whether it goes as a
 * gift with a message.
 */
public class DeliveryForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String name;
    private String phone;
    private String email;
    private String country = "CN";
    private String province;
    private String city;
    private String district;
    private String addressLine;
    private String postcode;
    private final GiftInput gift = new GiftInput();

    /** One of her saved addresses fills the address and the recipient's name and phone. */
    void fill(BuyerAddress.Details saved) {
        name = saved.recipient();
        phone = saved.phone();
        country = "CN";
        province = saved.province();
        city = saved.city();
        district = saved.district();
        addressLine = saved.line();
        postcode = saved.postcode();
    }

    Contact contact() {
        return new Contact(name, phone, email);
    }

    ShippingAddress shippingAddress() {
        return new ShippingAddress(
                PlaceOrderCommand.normaliseCountry(country), province, city, district, addressLine, postcode);
    }

    /** The gift she asked for, or null ({@link Gift#asked}). */
    Gift gift() {
        return gift.toGift();
    }

    /** What delivery costs to the chosen country, as the summary says it. */
    public String getDeliveryRule() {
        return OrderPreview.deliveryRule(country);
    }

    /** In China the province and city are chosen from the region list; abroad they are typed. */
    public boolean isDomestic() {
        return "CN".equals(PlaceOrderCommand.normaliseCountry(country));
    }

    /** The province changed: the city is chosen again, from its cities. */
    public void provinceChanged() {
        city = null;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getCountry() {
        return country;
    }

    public void setCountry(String country) {
        this.country = country;
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

    public String getAddressLine() {
        return addressLine;
    }

    public void setAddressLine(String addressLine) {
        this.addressLine = addressLine;
    }

    public String getPostcode() {
        return postcode;
    }

    public void setPostcode(String postcode) {
        this.postcode = postcode;
    }

    public GiftInput getGift() {
        return gift;
    }
}

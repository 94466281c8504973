package cn.longyuan.market.admin.interfaces.web;

import cn.longyuan.market.domain.model.ordering.ShippingAddress;

/** A delivery address as a back-office form takes it down (a phone order, an order from a quote): mainland China. */
public class AddressInput {

    private String province = "甘肃省";
    private String city;
    private String district;
    private String street;
    private String postcode;

    /** The address fields of the order request and this form's inputs that hold them, with the payment's. */
    static java.util.Map<String, String> inputsOfFields(String form) {
        return java.util.Map.of(
                "shippingAddress.province",
                form + ":province",
                "shippingAddress.city",
                form + ":city",
                "shippingAddress.district",
                form + ":district",
                "shippingAddress.line",
                form + ":street",
                "shippingAddress.postcode",
                form + ":postcode",
                "paymentMethod",
                form + ":payment");
    }

    public ShippingAddress toShippingAddress() {
        return new ShippingAddress("CN", province, city, district, street, postcode);
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

    public String getStreet() {
        return street;
    }

    public void setStreet(String street) {
        this.street = street;
    }

    public String getPostcode() {
        return postcode;
    }

    public void setPostcode(String postcode) {
        this.postcode = postcode;
    }
}

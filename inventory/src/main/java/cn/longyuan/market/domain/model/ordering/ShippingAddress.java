package cn.longyuan.market.domain.model.ordering;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** Where the parcel goes. Country as ISO 3166 alpha-2, China by default. */
@Embeddable
public record ShippingAddress(
        @Column(name = "ship_country") String country,
        @Column(name = "ship_province") String province,
        @Column(name = "ship_city") String city,
        @Column(name = "ship_district") String district,
        @Column(name = "ship_line") String line,
        @Column(name = "ship_postcode") String postcode) {

    public boolean isDomestic() {
        return "CN".equals(country);
    }
}

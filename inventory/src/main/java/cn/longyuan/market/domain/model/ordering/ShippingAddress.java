package cn.longyuan.market.domain.model.ordering;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Locale;
import java.util.Set;

/** Where the parcel goes. Country as ISO 3166 alpha-2, China by default. */
@Embeddable
public record ShippingAddress(
        @Column(name = "ship_country") String country,
        @Column(name = "ship_province") String province,
        @Column(name = "ship_city") String city,
        @Column(name = "ship_district") String district,
        @Column(name = "ship_line") String line,
        @Column(name = "ship_postcode") String postcode) {

    /** The countries and regions a parcel may go to: ISO 3166-1 alpha-2, as the JDK knows them. */
    private static final Set<String> COUNTRIES = Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA2);

    /** Whether the code names a country or region of ISO 3166-1 (two capital letters: "CN", "DE"). */
    public static boolean isCountryCode(String code) {
        return code != null && COUNTRIES.contains(code);
    }

    /** Every code {@link #isCountryCode} accepts. */
    public static Set<String> countryCodes() {
        return COUNTRIES;
    }

    public boolean isDomestic() {
        return "CN".equals(country);
    }
}

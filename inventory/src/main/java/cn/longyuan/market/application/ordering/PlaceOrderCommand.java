package cn.longyuan.market.application.ordering;

import cn.longyuan.market.application.shared.AccessTokens;
import cn.longyuan.market.application.shared.FieldChecks;
import cn.longyuan.market.application.shared.FieldViolation;
import cn.longyuan.market.domain.model.ordering.ChinaRegions;
import cn.longyuan.market.domain.model.ordering.Contact;
import cn.longyuan.market.domain.model.ordering.Gift;
import cn.longyuan.market.domain.model.ordering.PaymentMethod;
import cn.longyuan.market.domain.model.ordering.ShippingAddress;
import cn.longyuan.market.domain.model.shared.PlainText;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A buyer's order as asked for: lines, contact, address, payment method, and whether it is a gift (null: not
 * one). {@link #violations()} lists every field that is missing or malformed, named as in the public API's
 * request body.
 */
public record PlaceOrderCommand(
        List<Line> lines, Contact contact, ShippingAddress shippingAddress, PaymentMethod paymentMethod, Gift gift) {

    /** An order that is not a gift. */
    public PlaceOrderCommand(
            List<Line> lines, Contact contact, ShippingAddress shippingAddress, PaymentMethod paymentMethod) {
        this(lines, contact, shippingAddress, paymentMethod, null);
    }

    public static final int MAX_LINES = 50;
    public static final int MAX_QUANTITY = 999;

    public record Line(long productId, int quantity) {}

    private static final Pattern MAINLAND_MOBILE = Pattern.compile("1[3-9]\\d{9}");
    private static final Pattern INTERNATIONAL = Pattern.compile("\\+\\d{7,15}");
    private static final Pattern LANDLINE = Pattern.compile("0\\d{9,11}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern CN_POSTCODE = Pattern.compile("\\d{6}");
    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");

    public List<FieldViolation> violations() {
        List<FieldViolation> violations = new ArrayList<>();
        if (lines == null || lines.isEmpty()) {
            violations.add(new FieldViolation("lines", "an order needs at least one line"));
        } else if (lines.size() > MAX_LINES) {
            violations.add(new FieldViolation("lines", "an order has at most " + MAX_LINES + " lines"));
        } else {
            Map<Long, Integer> firstLineOf = new HashMap<>();
            for (int i = 0; i < lines.size(); i++) {
                int quantity = lines.get(i).quantity();
                if (quantity < 1 || quantity > MAX_QUANTITY) {
                    violations.add(new FieldViolation(
                            "lines[" + i + "].quantity", "must be a whole number from 1 to " + MAX_QUANTITY));
                }
                // one line per product: two lines of one product would be reserved, priced and split twice
                Integer first = lines.get(i).productId() > 0
                        ? firstLineOf.putIfAbsent(lines.get(i).productId(), i)
                        : null;
                if (first != null) {
                    violations.add(new FieldViolation(
                            "lines[" + i + "].productId",
                            "the same product as lines[" + first + "]: give all its pieces on one line"));
                }
            }
        }
        if (contact == null) {
            violations.add(new FieldViolation("contact", "required"));
        } else {
            FieldChecks.required(violations, "contact.name", contact.name(), 100);
            if (FieldChecks.isBlank(contact.phone())) {
                violations.add(new FieldViolation("contact.phone", "required"));
            } else if (!isPhone(contact.phone())) {
                violations.add(
                        new FieldViolation(
                                "contact.phone",
                                "not a phone number: a mainland mobile (11 digits), a landline with area code, or +country number"));
            }
            if (!FieldChecks.isBlank(contact.email())
                    && (contact.email().length() > 200
                            || !PlainText.isAcceptable(contact.email())
                            || !EMAIL.matcher(contact.email()).matches())) {
                violations.add(new FieldViolation("contact.email", "not an e-mail address"));
            }
        }
        if (shippingAddress == null) {
            violations.add(new FieldViolation("shippingAddress", "required"));
        } else {
            if (shippingAddress.country() == null
                    || !COUNTRY.matcher(shippingAddress.country()).matches()) {
                violations.add(new FieldViolation("shippingAddress.country", "a two-letter country code such as CN"));
            } else if (!ShippingAddress.isCountryCode(shippingAddress.country())) {
                violations.add(new FieldViolation(
                        "shippingAddress.country", "not a country: an ISO 3166 two-letter code such as CN or DE"));
            }
            FieldChecks.required(violations, "shippingAddress.province", shippingAddress.province(), 100);
            FieldChecks.required(violations, "shippingAddress.city", shippingAddress.city(), 100);
            FieldChecks.optional(violations, "shippingAddress.district", shippingAddress.district(), 100);
            FieldChecks.required(violations, "shippingAddress.line", shippingAddress.line(), 300);
            if (shippingAddress.isDomestic()) {
                regionViolations(violations, shippingAddress);
            }
            if (shippingAddress.isDomestic()
                    && !FieldChecks.isBlank(shippingAddress.postcode())
                    && !CN_POSTCODE.matcher(shippingAddress.postcode()).matches()) {
                violations.add(new FieldViolation("shippingAddress.postcode", "a Chinese postcode has six digits"));
            } else {
                FieldChecks.optional(violations, "shippingAddress.postcode", shippingAddress.postcode(), 20);
            }
        }
        if (paymentMethod == null) {
            violations.add(new FieldViolation("paymentMethod", "required: BANK_TRANSFER, CASH_ON_DELIVERY or STRIPE"));
        }
        if (gift != null) {
            FieldChecks.optional(violations, "gift.message", gift.message(), Gift.MAX_MESSAGE);
        }
        return violations;
    }

    /**
     * A fingerprint of the request as asked for, for an idempotency key's "same request?" check where no JSON body
     * exists (a back-office form): SHA-256 of the command's record text, hex.
     */
    public String fingerprint() {
        return AccessTokens.hash(toString());
    }

    /** The phone number as stored: spaces, dashes and brackets removed. */
    private static final Pattern PHONE_SEPARATORS = Pattern.compile("[\\s()\\-]");

    public static String normalisePhone(String phone) {
        return phone == null ? null : PHONE_SEPARATORS.matcher(phone).replaceAll("");
    }

    public static boolean isPhone(String phone) {
        String digits = normalisePhone(phone);
        return MAINLAND_MOBILE.matcher(digits).matches()
                || INTERNATIONAL.matcher(digits).matches()
                || LANDLINE.matcher(digits).matches();
    }

    public static String normaliseCountry(String country) {
        return FieldChecks.isBlank(country) ? "CN" : country.strip().toUpperCase(Locale.ROOT);
    }

    /** A province of China and a city of that province, as the checkout's selects offer them. */
    private static void regionViolations(List<FieldViolation> violations, ShippingAddress address) {
        if (FieldChecks.isBlank(address.province()) || !PlainText.isAcceptable(address.province())) {
            return;
        }
        if (ChinaRegions.province(address.province()).isEmpty()) {
            violations.add(new FieldViolation("shippingAddress.province", "not a province of China"));
        } else if (!FieldChecks.isBlank(address.city())
                && PlainText.isAcceptable(address.city())
                && !ChinaRegions.isCityOf(address.province(), address.city())) {
            violations.add(new FieldViolation(
                    "shippingAddress.city",
                    "not a city of " + address.province().strip()));
        }
    }
}

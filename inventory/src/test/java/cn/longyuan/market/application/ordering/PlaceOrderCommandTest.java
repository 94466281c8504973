package cn.longyuan.market.application.ordering;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.longyuan.market.application.shared.FieldViolation;
import cn.longyuan.market.domain.model.ordering.Contact;
import cn.longyuan.market.domain.model.ordering.PaymentMethod;
import cn.longyuan.market.domain.model.ordering.ShippingAddress;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every bad field of an order request is reported under the name it has in the request body. */
class PlaceOrderCommandTest {

    private static final List<PlaceOrderCommand.Line> ONE_LINE = List.of(new PlaceOrderCommand.Line(1, 2));
    private static final Contact WANG = new Contact("王芳", "13912345678", "wang@example.cn");
    private static final ShippingAddress JINCHANG =
            new ShippingAddress("CN", "甘肃省", "金昌市", "金川区", "北京路 18 号", "737100");

    @Test
    void aWellFormedOrderHasNoViolations() {
        assertEquals(
                List.of(),
                command(ONE_LINE, WANG, JINCHANG, PaymentMethod.CASH_ON_DELIVERY)
                        .violations());
    }

    @Test
    void optionalFieldsMayBeLeftOut() {
        Contact noEmail = new Contact("王芳", "13912345678", null);
        ShippingAddress noDistrictNoPostcode = new ShippingAddress("CN", "甘肃省", "金昌市", null, "北京路 18 号", "");

        assertEquals(
                List.of(),
                command(ONE_LINE, noEmail, noDistrictNoPostcode, PaymentMethod.BANK_TRANSFER)
                        .violations());
    }

    @ParameterizedTest
    @ValueSource(strings = {"139 1234 5678", "139-1234-5678", "0935-8212345", "(0935) 8212345", "+4915112345678"})
    void phonesAreAcceptedAsPeopleWriteThem(String phone) {
        assertEquals(
                List.of(),
                command(ONE_LINE, new Contact("王芳", phone, null), JINCHANG, PaymentMethod.BANK_TRANSFER)
                        .violations());
    }

    @Test
    void anOrderAbroadMayHaveAnyShortPostcode() {
        ShippingAddress hamburg = new ShippingAddress("DE", "Hamburg", "Hamburg", null, "Elbchaussee 1", "22763");

        assertEquals(
                List.of(),
                command(ONE_LINE, WANG, hamburg, PaymentMethod.BANK_TRANSFER).violations());
    }

    @Test
    void anOrderWithoutLinesIsReportedAtLines() {
        assertEquals(List.of("lines"), fields(command(List.of(), WANG, JINCHANG, PaymentMethod.BANK_TRANSFER)));
        assertEquals(List.of("lines"), fields(command(null, WANG, JINCHANG, PaymentMethod.BANK_TRANSFER)));
    }

    @Test
    void anOrderOfMoreThan50LinesIsReportedAtLines() {
        List<PlaceOrderCommand.Line> many = java.util.stream.LongStream.rangeClosed(1, 51)
                .mapToObj(id -> new PlaceOrderCommand.Line(id, 1))
                .toList();

        assertEquals(List.of("lines"), fields(command(many, WANG, JINCHANG, PaymentMethod.BANK_TRANSFER)));
        assertEquals(List.of(), fields(command(many.subList(0, 50), WANG, JINCHANG, PaymentMethod.BANK_TRANSFER)));
    }

    @Test
    void aQuantityOutOf1To999IsReportedAtItsLine() {
        List<PlaceOrderCommand.Line> lines = List.of(
                new PlaceOrderCommand.Line(1, 1),
                new PlaceOrderCommand.Line(2, 0),
                new PlaceOrderCommand.Line(3, 999),
                new PlaceOrderCommand.Line(4, 1000),
                new PlaceOrderCommand.Line(5, -1));

        assertEquals(
                List.of("lines[1].quantity", "lines[3].quantity", "lines[4].quantity"),
                fields(command(lines, WANG, JINCHANG, PaymentMethod.BANK_TRANSFER)));
    }

    @Test
    void twoLinesOfOneProductAreReportedAtTheSecond() {
        List<PlaceOrderCommand.Line> lines = List.of(
                new PlaceOrderCommand.Line(7, 1), new PlaceOrderCommand.Line(8, 1), new PlaceOrderCommand.Line(7, 2));

        PlaceOrderCommand command = command(lines, WANG, JINCHANG, PaymentMethod.BANK_TRANSFER);
        assertEquals(List.of("lines[2].productId"), fields(command));
        assertEquals(
                "the same product as lines[0]: give all its pieces on one line",
                command.violations().get(0).message());
    }

    @Test
    void aProvinceOfChinaAndACityOfThatProvinceAreRequiredAtHome() {
        assertEquals(
                List.of("shippingAddress.province"),
                fields(withAddress(new ShippingAddress("CN", "火星省", "金昌市", null, "北京路 18 号", null))));
        PlaceOrderCommand wrongCity = withAddress(new ShippingAddress("CN", "甘肃省", "杭州市", null, "北京路 18 号", null));
        assertEquals(List.of("shippingAddress.city"), fields(wrongCity));
        assertEquals("not a city of 甘肃省", wrongCity.violations().get(0).message());
    }

    @Test
    void aNameOfZeroWidthCharactersIsNoName() {
        assertEquals(
                List.of("contact.name"), fields(withContact(new Contact("\u200b\u200b\ufeff", "13912345678", null))));
        assertEquals(List.of(), fields(withContact(new Contact("\u200b王芳", "13912345678", null))));
    }

    @Test
    void controlCharactersInAnyTextAreReportedAtTheirField() {
        PlaceOrderCommand command = command(
                ONE_LINE,
                new Contact("王\u0000芳", "13912345678", "a\u0007@b.cn"),
                new ShippingAddress("CN", "甘肃省", "金昌市", "金川\u001b区", "北京路\u0000 18 号", null),
                PaymentMethod.BANK_TRANSFER);

        assertEquals(
                List.of("contact.name", "contact.email", "shippingAddress.district", "shippingAddress.line"),
                fields(command));
    }

    @Test
    void aMissingContactNameIsReportedAtContactName() {
        assertEquals(List.of("contact.name"), fields(withContact(new Contact(" ", "13912345678", null))));
        assertEquals(List.of("contact.name"), fields(withContact(new Contact(null, "13912345678", null))));
        assertEquals(List.of("contact.name"), fields(withContact(new Contact("王".repeat(101), "13912345678", null))));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "12345", "1391234567", "23912345678", "139123456789", "+49", "phone"})
    void aMissingOrMalformedPhoneIsReportedAtContactPhone(String phone) {
        assertEquals(List.of("contact.phone"), fields(withContact(new Contact("王芳", phone, null))));
    }

    @ParameterizedTest
    @ValueSource(strings = {"wang", "wang@", "wang@example", "wang @example.cn", "@example.cn"})
    void aMalformedEmailIsReportedAtContactEmail(String email) {
        assertEquals(List.of("contact.email"), fields(withContact(new Contact("王芳", "13912345678", email))));
    }

    @Test
    void anOverlongEmailIsReportedAtContactEmail() {
        String email = "w".repeat(190) + "@example.cn";

        assertEquals(List.of("contact.email"), fields(withContact(new Contact("王芳", "13912345678", email))));
    }

    @Test
    void aMissingContactOrAddressIsReportedAsAWhole() {
        assertEquals(List.of("contact"), fields(command(ONE_LINE, null, JINCHANG, PaymentMethod.BANK_TRANSFER)));
        assertEquals(List.of("shippingAddress"), fields(command(ONE_LINE, WANG, null, PaymentMethod.BANK_TRANSFER)));
    }

    @Test
    void missingAddressFieldsAreEachReportedAtTheirPath() {
        ShippingAddress empty = new ShippingAddress("CN", "", " ", null, null, null);

        assertEquals(
                List.of("shippingAddress.province", "shippingAddress.city", "shippingAddress.line"),
                fields(withAddress(empty)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"cn", "CHN", "C", "中国"})
    void aCountryThatIsNotTwoCapitalLettersIsReportedAtShippingAddressCountry(String country) {
        ShippingAddress address = new ShippingAddress(country, "甘肃省", "金昌市", null, "北京路 18 号", null);

        assertEquals(List.of("shippingAddress.country"), fields(withAddress(address)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ZZ", "XX", "UK", "EU"})
    void twoLettersThatNameNoCountryAreReportedAtShippingAddressCountry(String country) {
        ShippingAddress address = new ShippingAddress(country, "Bayern", "München", null, "Marienplatz 1", "80331");

        List<FieldViolation> violations = withAddress(address).violations();
        assertEquals(
                List.of("shippingAddress.country"),
                violations.stream().map(FieldViolation::field).toList());
        assertTrue(violations.get(0).message().startsWith("not a country"), violations.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"DE", "GB", "US", "HK", "JP"})
    void aCountryOfIso3166IsTakenWithAnAddressAbroad(String country) {
        ShippingAddress address = new ShippingAddress(country, "Region", "City", null, "1 Main Street", "12345");

        assertEquals(List.of(), fields(withAddress(address)));
    }

    @Test
    void aMissingCountryIsReportedAtShippingAddressCountry() {
        assertEquals(
                List.of("shippingAddress.country"),
                fields(withAddress(new ShippingAddress(null, "甘肃省", "金昌市", null, "北京路 18 号", null))));
    }

    @ParameterizedTest
    @ValueSource(strings = {"73710", "7371000", "73710A"})
    void aChinesePostcodeOtherThanSixDigitsIsReportedAtShippingAddressPostcode(String postcode) {
        ShippingAddress address = new ShippingAddress("CN", "甘肃省", "金昌市", null, "北京路 18 号", postcode);

        assertEquals(List.of("shippingAddress.postcode"), fields(withAddress(address)));
    }

    @Test
    void overlongAddressFieldsAreReportedAtTheirPaths() {
        ShippingAddress address = new ShippingAddress(
                "DE", "p".repeat(101), "c".repeat(101), "d".repeat(101), "l".repeat(301), "9".repeat(21));

        assertEquals(
                List.of(
                        "shippingAddress.province",
                        "shippingAddress.city",
                        "shippingAddress.district",
                        "shippingAddress.line",
                        "shippingAddress.postcode"),
                fields(withAddress(address)));
    }

    @Test
    void aMissingPaymentMethodIsReportedAtPaymentMethod() {
        assertEquals(List.of("paymentMethod"), fields(command(ONE_LINE, WANG, JINCHANG, null)));
    }

    @Test
    void everyBadFieldIsReportedAtOnce() {
        PlaceOrderCommand bad = command(
                List.of(new PlaceOrderCommand.Line(1, 0)),
                new Contact("", "123", "x"),
                new ShippingAddress("CN", "", "金昌市", null, "", "12"),
                null);

        assertEquals(
                List.of(
                        "lines[0].quantity",
                        "contact.name",
                        "contact.phone",
                        "contact.email",
                        "shippingAddress.province",
                        "shippingAddress.line",
                        "shippingAddress.postcode",
                        "paymentMethod"),
                fields(bad));
    }

    private static PlaceOrderCommand command(
            List<PlaceOrderCommand.Line> lines, Contact contact, ShippingAddress address, PaymentMethod method) {
        return new PlaceOrderCommand(lines, contact, address, method);
    }

    private static PlaceOrderCommand withContact(Contact contact) {
        return command(ONE_LINE, contact, JINCHANG, PaymentMethod.BANK_TRANSFER);
    }

    private static PlaceOrderCommand withAddress(ShippingAddress address) {
        return command(ONE_LINE, WANG, address, PaymentMethod.BANK_TRANSFER);
    }

    @Test
    void theSameRequestHasTheSameFingerprintAndAnotherOneAnother() {
        PlaceOrderCommand first = new PlaceOrderCommand(ONE_LINE, WANG, JINCHANG, PaymentMethod.CASH_ON_DELIVERY);
        PlaceOrderCommand again = new PlaceOrderCommand(
                List.of(new PlaceOrderCommand.Line(1, 2)), WANG, JINCHANG, PaymentMethod.CASH_ON_DELIVERY);
        PlaceOrderCommand more = new PlaceOrderCommand(
                List.of(new PlaceOrderCommand.Line(1, 3)), WANG, JINCHANG, PaymentMethod.CASH_ON_DELIVERY);
        assertEquals(first.fingerprint(), again.fingerprint());
        assertEquals(64, first.fingerprint().length(), "SHA-256 in hex: it fits the idempotency table's request_hash");
        org.junit.jupiter.api.Assertions.assertNotEquals(first.fingerprint(), more.fingerprint());
    }

    private static List<String> fields(PlaceOrderCommand command) {
        return command.violations().stream().map(FieldViolation::field).toList();
    }
}

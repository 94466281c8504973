package cn.longyuan.market.application.ordering;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.longyuan.market.application.shared.FieldViolation;
import cn.longyuan.market.domain.model.ordering.Contact;
import cn.longyuan.market.domain.model.ordering.Gift;
import cn.longyuan.market.domain.model.ordering.PaymentMethod;
import cn.longyuan.market.domain.model.ordering.ShippingAddress;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A gift's message is checked as the request names it, {@code gift.message}; a gift needs no message. */
class GiftOrderCommandTest {

    private static final List<PlaceOrderCommand.Line> ONE_LINE = List.of(new PlaceOrderCommand.Line(1, 2));
    private static final Contact WANG = new Contact("王芳", "13912345678", "wang@example.cn");
    private static final ShippingAddress JINCHANG =
            new ShippingAddress("CN", "甘肃省", "金昌市", "金川区", "北京路 18 号", "737100");

    private static PlaceOrderCommand gift(Gift gift) {
        return new PlaceOrderCommand(ONE_LINE, WANG, JINCHANG, PaymentMethod.CASH_ON_DELIVERY, gift);
    }

    @ParameterizedTest
    @ValueSource(strings = {"生日快乐，妈妈！", "Happy birthday,\nMum", "\t给外婆", ""})
    void aGiftMayHaveAMessageOfLinesOrNone(String message) {
        assertEquals(List.of(), gift(new Gift(message)).violations());
        assertEquals(List.of(), gift(new Gift(null)).violations());
    }

    @Test
    void aMessageOf200CharactersIsAcceptedAndOneMoreIsNot() {
        assertEquals(List.of(), gift(new Gift("福".repeat(Gift.MAX_MESSAGE))).violations());

        List<FieldViolation> tooLong =
                gift(new Gift("福".repeat(Gift.MAX_MESSAGE + 1))).violations();
        assertEquals(List.of(new FieldViolation("gift.message", "at most 200 characters")), tooLong);
    }

    @ParameterizedTest
    @ValueSource(strings = {"生日\u0000快乐", "\u001b[31mred", "bell\u0007", "half \uD83C"})
    void aControlCharacterInTheMessageIsRefusedAtGiftMessage(String message) {
        List<FieldViolation> violations = gift(new Gift(message)).violations();
        assertEquals(1, violations.size(), violations.toString());
        assertEquals("gift.message", violations.getFirst().field());
        assertTrue(violations.getFirst().message().contains("cannot be stored"), violations.toString());
    }

    @Test
    void aFormAsksForAGiftByTheTickOrByAWrittenMessage() {
        assertNull(Gift.asked(false, null));
        assertNull(Gift.asked(false, "  "));
        assertEquals(new Gift(null), Gift.asked(true, null));
        assertEquals(new Gift(null), Gift.asked(true, " "));
        assertEquals(new Gift("给妈妈"), Gift.asked(false, "给妈妈"));
        assertEquals(new Gift("给妈妈"), Gift.asked(true, "给妈妈"));
    }

    @Test
    void aMessageIsWrittenLineByLine() {
        assertEquals(List.of("Happy birthday,", "Mum"), new Gift(" Happy birthday,\r\nMum\n").messageLines());
        assertEquals(List.of(), new Gift(null).messageLines());
        assertEquals(List.of(), new Gift(" \n ").messageLines());
    }

    @Test
    void aGiftIsAnotherRequestThanTheSameOrderWithoutOne() {
        PlaceOrderCommand plain = new PlaceOrderCommand(ONE_LINE, WANG, JINCHANG, PaymentMethod.CASH_ON_DELIVERY);
        assertNotEquals(plain.fingerprint(), gift(new Gift(null)).fingerprint());
        assertNotEquals(
                gift(new Gift("给妈妈")).fingerprint(), gift(new Gift("给爸爸")).fingerprint());
        assertEquals(plain.fingerprint(), gift(null).fingerprint());
    }
}

package cn.longyuan.market.application.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.longyuan.market.application.shared.Segment;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AuditDetailsTest {

    private static Optional<List<Segment>> read(String action, String detail) {
        return AuditDetails.phrases(action, detail);
    }

    private static Segment s(String key, String... args) {
        return new Segment(key, List.of(args));
    }

    @Test
    void aRoleChangeNamesTheAccountItsRolesAndTheirCooperatives() {
        assertEquals(
                Optional.of(List.of(
                        s("account", "coop-li"),
                        s("role.COOP_MANAGER"),
                        s("ofCooperative", "3"),
                        s("arrow"),
                        s("role.BROKER"))),
                read("ACCOUNT_ROLE_CHANGED", "coop-li: COOP_MANAGER of cooperative 3 → BROKER"));
    }

    @Test
    void aNewAccountSaysHowItsPasswordWasGivenAndItsAddressAsTyped() {
        assertEquals(
                Optional.of(List.of(
                        s("account", "coop-li"),
                        s("role.COOP_MANAGER"),
                        s("ofCooperative", "7"),
                        s("linkGiven"),
                        s("email", "li@example.cn"))),
                read(
                        "ACCOUNT_CREATED",
                        "coop-li: COOP_MANAGER of cooperative 7, set-password link, e-mail li@example.cn"));
        assertEquals(
                Optional.of(List.of(s("account", "wang"), s("role.FEDERATION"), s("passwordGiven"))),
                read("ACCOUNT_CREATED", "wang: FEDERATION, password given"));
    }

    @Test
    void statesNoneAndValuesAreTheSidesOfAChange() {
        assertEquals(
                Optional.of(List.of(s("account", "coop-li"), s("active"), s("arrow"), s("disabled"))),
                read("ACCOUNT_DISABLED", "coop-li: active → disabled"));
        assertEquals(
                Optional.of(List.of(s("account", "coop-li"), s("none"), s("arrow"), s("value", "li@example.cn"))),
                read("ACCOUNT_EMAIL_CHANGED", "coop-li: none → li@example.cn"));
        assertEquals(
                Optional.of(List.of(s("value", "2+ 60.00; 10+ 55.00"), s("arrow"), s("none"))),
                read("WHOLESALE_PRICES_CHANGED", "2+ 60.00; 10+ 55.00 → none"));
        assertEquals(Optional.of(List.of(s("imported.OPENING_STOCK", "40"))), read("IMPORTED", "OPENING_STOCK × 40"));
        assertEquals(
                Optional.of(List.of(s("account", "coop-li"), s("temporaryPassword"))),
                read("ACCOUNT_RESET", "coop-li: temporary password given"));
    }

    @Test
    void aDetailOfNoKnownFormIsNotReadAsPhrases() {
        // a price says itself; two arrows, an unknown reset, an account entry without its user name, a read
        assertTrue(read("PRICE_CHANGED", "88.00 → 98.00").isEmpty());
        assertTrue(read("ACCOUNT_EMAIL_CHANGED", "coop-li: a → b → c").isEmpty());
        assertTrue(read("ACCOUNT_RESET", "coop-li: something else").isEmpty());
        assertTrue(read("ACCOUNT_DISABLED", "active → disabled").isEmpty());
        assertTrue(read("READ_PRIVATE_DATA", null).isEmpty());
        assertTrue(read(null, "x").isEmpty());
    }
}

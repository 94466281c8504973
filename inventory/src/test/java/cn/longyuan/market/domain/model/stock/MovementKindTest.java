package cn.longyuan.market.domain.model.stock;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class MovementKindTest {

    @ParameterizedTest(name = "{0} may change on hand by {1} and reserved by {2}")
    @CsvSource({
        "PRODUCED,    5,  0",
        "RETURNED,    1,  0",
        "RESERVED,    0,  2",
        "RELEASED,    0, -2",
        "SOLD,       -3, -3",
        "ADJUSTED,    4,  0",
        "ADJUSTED,   -1,  0",
        "TRANSFERRED, -2, 0",
        "TRANSFERRED, 2,  0",
    })
    void eachKindAcceptsTheChangeItStandsFor(MovementKind kind, int onHandDelta, int reservedDelta) {
        assertDoesNotThrow(() -> kind.check(onHandDelta, reservedDelta));
    }

    @ParameterizedTest(name = "{0} may not change on hand by {1} and reserved by {2}")
    @CsvSource({
        "PRODUCED,   -5,  0",
        "PRODUCED,    0,  0",
        "PRODUCED,    5,  5",
        "RETURNED,   -1,  0",
        "RESERVED,    0, -2",
        "RESERVED,    2,  2",
        "RESERVED,    0,  0",
        "RELEASED,    0,  2",
        "RELEASED,    2, -2",
        "SOLD,        3,  3",
        "SOLD,       -3,  0",
        "SOLD,       -3, -2",
        "SOLD,        0,  0",
        "ADJUSTED,    0,  0",
        "ADJUSTED,    1,  1",
        "TRANSFERRED, 0,  0",
        "TRANSFERRED, -2, -2",
    })
    void eachKindRefusesAChangeItDoesNotStandFor(MovementKind kind, int onHandDelta, int reservedDelta) {
        assertThrows(IllegalArgumentException.class, () -> kind.check(onHandDelta, reservedDelta));
    }

    @Test
    void aMovementIsCheckedAgainstItsKindWhenCreated() {
        assertThrows(
                IllegalArgumentException.class,
                () -> new StockMovement(1, 1, MovementKind.SOLD, 2, 0, 9L, null, null, "buyer", Instant.EPOCH));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "\t"})
    void aMovementNamesWhoMadeIt(String actor) {
        assertThrows(
                IllegalArgumentException.class,
                () -> new StockMovement(1, 1, MovementKind.PRODUCED, 5, 0, null, 3L, null, actor, Instant.EPOCH));
    }

    @Test
    void aValidMovementKeepsWhatItWasGiven() {
        Instant at = Instant.parse("2026-11-29T02:00:00Z");
        StockMovement sold = new StockMovement(4, 2, MovementKind.SOLD, -3, -3, 9L, null, "paid", "staff:zhao", at);

        assertEquals(MovementKind.SOLD, sold.kind());
        assertEquals(-3, sold.onHandDelta());
        assertEquals(-3, sold.reservedDelta());
        assertEquals(9L, sold.orderId());
        assertEquals("staff:zhao", sold.actor());
        assertEquals(at, sold.occurredAt());
    }
}

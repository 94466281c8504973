package cn.longyuan.market.domain.model.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class MoneyTest {

    @Test
    void parsesDecimalYuanIntoFen() {
        assertEquals(12850, Money.parse("128.5").fen());
        assertEquals(12800, Money.parse("128").fen());
        assertEquals(1, Money.parse("0.01").fen());
        assertEquals(12850, Money.parse("128.500").fen());
    }

    @Test
    void printsTwoDecimalPlaces() {
        assertEquals("128.00", Money.ofYuan(128).toDecimalString());
        assertEquals("0.05", Money.ofFen(5).toDecimalString());
    }

    @Test
    void refusesAThirdDecimalPlaceInsteadOfRounding() {
        assertThrows(IllegalArgumentException.class, () -> Money.parse("128.505"));
    }

    @Test
    void refusesNegativeAndAbsurdAmounts() {
        assertThrows(IllegalArgumentException.class, () -> Money.ofFen(-1));
        assertThrows(IllegalArgumentException.class, () -> Money.parse("1e12"));
        assertThrows(IllegalArgumentException.class, () -> Money.parse("abc"));
    }

    @Test
    void addsAndMultipliesWithoutFloatingPointError() {
        Money tenCents = Money.parse("0.10");
        Money sum = Money.ZERO;
        for (int i = 0; i < 10; i++) {
            sum = sum.plus(tenCents);
        }
        assertEquals(Money.ofYuan(1), sum);
        assertEquals(Money.parse("385.50"), Money.parse("128.50").times(3));
    }

    @Test
    void sharesRoundHalfUpToTheFen() {
        // 60% of 0.05 yuan is 0.03 yuan; 33.33% of 1.00 is 0.3333 -> 0.33
        assertEquals(Money.ofFen(3), Money.ofFen(5).share(6000));
        assertEquals(Money.ofFen(33), Money.ofYuan(1).share(3333));
    }
}

package cn.longyuan.market.domain.model.brokerage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.longyuan.market.domain.model.income.IncomeSplit;
import cn.longyuan.market.domain.model.income.SplitRule;
import cn.longyuan.market.domain.model.shared.Money;
import java.time.YearMonth;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** A broker's commission: basis points of the sale, rounded down to the fen, the most specific rate, the months. */
class CommissionArithmeticTest {

    private static final SplitRule COOPERATIVE = new SplitRule(7000, 500);

    @Test
    void aPercentAsWrittenIsBasisPointsFromZeroToAHundredWithTwoDecimalsAtMost() {
        assertEquals(java.util.Optional.of(850), CommissionRate.basisPointsOfPercent(new java.math.BigDecimal("8.5")));
        assertEquals(
                java.util.Optional.of(850), CommissionRate.basisPointsOfPercent(new java.math.BigDecimal("8.500")));
        assertEquals(java.util.Optional.of(0), CommissionRate.basisPointsOfPercent(java.math.BigDecimal.ZERO));
        assertEquals(
                java.util.Optional.of(CommissionRate.WHOLE),
                CommissionRate.basisPointsOfPercent(new java.math.BigDecimal("100")));
        for (String wrong : List.of("-0.01", "100.01", "8.505", "1E+3")) {
            assertTrue(
                    CommissionRate.basisPointsOfPercent(new java.math.BigDecimal(wrong))
                            .isEmpty(),
                    wrong);
        }
        assertTrue(CommissionRate.basisPointsOfPercent(null).isEmpty());
        assertEquals(
                new java.math.BigDecimal("8.50"),
                CommissionRate.forEverything(850).percentDecimal());
    }

    @Test
    void theBrokersOwnRateReplacesTheCooperativesBrokerShare() {
        IncomeSplit split = IncomeSplit.of(Money.parse("204.00"), COOPERATIVE, OptionalInt.of(1250), true, true);

        assertEquals(Money.parse("25.50"), split.broker());
        assertEquals(Money.parse("142.80"), split.artisan());
        assertEquals(Money.parse("35.70"), split.cooperative());
    }

    @Test
    void withoutARateOfHerOwnTheCooperativesBrokerShareApplies() {
        IncomeSplit split = IncomeSplit.of(Money.parse("204.00"), COOPERATIVE, OptionalInt.empty(), true, true);

        assertEquals(Money.parse("10.20"), split.broker());
    }

    @Test
    void anOrderWithoutABrokerPaysNoCommissionWhateverTheRate() {
        IncomeSplit split = IncomeSplit.of(Money.parse("204.00"), COOPERATIVE, OptionalInt.of(1250), false, true);

        assertEquals(Money.ZERO, split.broker());
        assertEquals(Money.parse("61.20"), split.cooperative());
    }

    @Test
    void sharesAreRoundedDownToTheFenAndTheRemainderIsTheCooperatives() {
        // 25.51 × 8.33 % = 2.124983 → 2.12; 25.51 × 70 % = 17.857 → 17.85; the cooperative 5.54 (with the two lost fen
        // parts)
        IncomeSplit split = IncomeSplit.of(Money.parse("25.51"), COOPERATIVE, OptionalInt.of(833), true, true);

        assertEquals(Money.parse("2.12"), split.broker());
        assertEquals(Money.parse("17.85"), split.artisan());
        assertEquals(Money.parse("5.54"), split.cooperative());
    }

    @Test
    void theSharesAlwaysAddUpToTheSaleExactly() {
        for (long fen = 1; fen <= 3_001; fen += 7) {
            for (int bp : new int[] {0, 1, 333, 850, 1250, 2999, 3000, 9999, 10_000}) {
                Money sale = Money.ofFen(fen * 13);
                IncomeSplit split = IncomeSplit.of(sale, COOPERATIVE, OptionalInt.of(bp), true, fen % 2 == 0);
                assertEquals(
                        sale.fen(),
                        split.artisan().fen()
                                + split.broker().fen()
                                + split.cooperative().fen(),
                        sale + " at " + bp);
                assertEquals(
                        Math.min(
                                sale.fen() * bp / 10_000,
                                sale.fen() - split.artisan().fen()),
                        split.broker().fen());
            }
        }
    }

    @Test
    void aCommissionNeverEatsIntoTheArtisansShare() {
        // 70 % to her, a 40 % commission asked: the broker gets the 30 % left, the cooperative nothing
        IncomeSplit split = IncomeSplit.of(Money.parse("100.00"), COOPERATIVE, OptionalInt.of(4000), true, true);

        assertEquals(Money.parse("70.00"), split.artisan());
        assertEquals(Money.parse("30.00"), split.broker());
        assertEquals(Money.ZERO, split.cooperative());
    }

    @Test
    void largeSalesAreExactInLongArithmetic() {
        Money sale = Money.ofFen(Money.MAX_FEN);
        IncomeSplit split = IncomeSplit.of(sale, COOPERATIVE, OptionalInt.of(1), true, true);

        assertEquals(Money.MAX_FEN / 10_000, split.broker().fen());
    }

    @Test
    void theMostSpecificRateWins() {
        List<CommissionRate> rates = List.of(
                CommissionRate.forEverything(800),
                CommissionRate.forCooperative(2, 1000),
                CommissionRate.forProduct(2, 20, 1500),
                CommissionRate.forCooperative(3, 600));

        assertEquals(
                1500, CommissionRate.mostSpecific(rates, 2, 20).orElseThrow().basisPoints());
        assertEquals(
                1000, CommissionRate.mostSpecific(rates, 2, 21).orElseThrow().basisPoints());
        assertEquals(
                600, CommissionRate.mostSpecific(rates, 3, 30).orElseThrow().basisPoints());
        assertEquals(
                800, CommissionRate.mostSpecific(rates, 4, 40).orElseThrow().basisPoints());
        assertTrue(CommissionRate.mostSpecific(List.of(CommissionRate.forCooperative(2, 1000)), 4, 40)
                .isEmpty());
        // the order of the rules does not matter
        assertEquals(
                1500,
                CommissionRate.mostSpecific(rates.reversed(), 2, 20)
                        .orElseThrow()
                        .basisPoints());
    }

    @Test
    void aRateIsFromZeroToAHundredPercentAndAProductsRateNamesItsCooperative() {
        assertThrows(IllegalArgumentException.class, () -> CommissionRate.forEverything(-1));
        assertThrows(IllegalArgumentException.class, () -> CommissionRate.forEverything(10_001));
        assertThrows(IllegalArgumentException.class, () -> new CommissionRate(null, 5L, 100));
        assertEquals("8.5", CommissionRate.forEverything(850).percent());
        assertEquals("12.25", CommissionRate.forEverything(1225).percent());
    }

    @Test
    void anEntryOfASettledMonthIsCarriedIntoTheMonthAfterTheLastSettledOne() {
        YearMonth november = YearMonth.of(2026, 11);

        assertEquals(november, CommissionMonth.of(november, null));
        assertEquals(november, CommissionMonth.of(november, YearMonth.of(2026, 10)));
        assertEquals(YearMonth.of(2026, 12), CommissionMonth.of(november, november));
        assertEquals(YearMonth.of(2027, 1), CommissionMonth.of(november, YearMonth.of(2026, 12)));
        assertEquals("-8.50", CommissionMonth.decimal(-850));
        assertEquals("0.07", CommissionMonth.decimal(7));
    }

    @Test
    void aSettlementsTotalIsWrittenOnce() {
        CommissionSettlement settlement =
                new CommissionSettlement(1, YearMonth.of(2026, 11), "federation", java.time.Instant.EPOCH);
        settlement.recordTotal(-850, 1);
        assertEquals(-850, settlement.totalFen());
        assertThrows(IllegalStateException.class, () -> settlement.recordTotal(100, 2));
    }
}

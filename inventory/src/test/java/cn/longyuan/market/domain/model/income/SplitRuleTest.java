package cn.longyuan.market.domain.model.income;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class SplitRuleTest {

    @Test
    void aShareInPercentIsItsBasisPoints() {
        assertEquals(7025, SplitRule.basisPointsOf(new BigDecimal("70.25")));
        assertEquals(10_000, SplitRule.basisPointsOf(new BigDecimal("100")));
        assertEquals(0, SplitRule.basisPointsOf(BigDecimal.ZERO));
        // trailing zeros are no third decimal
        assertEquals(500, SplitRule.basisPointsOf(new BigDecimal("5.0000")));
    }

    @Test
    void aShareIsFromZeroToAHundredWithAtMostTwoDecimals() {
        for (String wrong : new String[] {"-0.01", "100.01", "33.333", "1000"}) {
            assertFalse(SplitRule.isShare(new BigDecimal(wrong)), wrong);
            assertThrows(IllegalArgumentException.class, () -> SplitRule.basisPointsOf(new BigDecimal(wrong)));
        }
        assertFalse(SplitRule.isShare(null));
        assertThrows(IllegalArgumentException.class, () -> SplitRule.basisPointsOf(null));
        assertTrue(SplitRule.isShare(new BigDecimal("99.99")));
    }

    @Test
    void theSharesAreShownInPercentWithTwoDecimals() {
        SplitRule rule = new SplitRule(6050, 5);
        assertEquals(new BigDecimal("60.50"), rule.artisanPercent());
        assertEquals(new BigDecimal("0.05"), rule.brokerPercent());
        assertEquals(3945, rule.cooperativeBasisPoints());
    }

    @Test
    void theTwoSharesTogetherAreAtMostAHundredPercent() {
        assertThrows(IllegalArgumentException.class, () -> new SplitRule(9600, 500));
        assertEquals(0, new SplitRule(9500, 500).cooperativeBasisPoints());
    }
}

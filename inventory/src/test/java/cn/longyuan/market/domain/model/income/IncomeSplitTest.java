package cn.longyuan.market.domain.model.income;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import cn.longyuan.market.domain.model.shared.Money;
import java.util.Random;
import org.junit.jupiter.api.Test;

class IncomeSplitTest {

    @Test
    void aSaleIsSplitIntoTheArtisansTheBrokersAndTheCooperativesShares() {
        IncomeSplit split = IncomeSplit.of(Money.parse("100.00"), new SplitRule(7000, 500), true, true);
        assertEquals(Money.parse("70.00"), split.artisan());
        assertEquals(Money.parse("5.00"), split.broker());
        assertEquals(Money.parse("25.00"), split.cooperative());
    }

    @Test
    void remaindersInFenGoToTheCooperative() {
        // 0.33 × 33.33 % = 0.109989 → 0.10 to the artisan; 0.01 × 5 % rounds to nothing for the broker
        IncomeSplit split = IncomeSplit.of(Money.parse("0.33"), new SplitRule(3333, 500), true, true);
        assertEquals(Money.ofFen(10), split.artisan());
        assertEquals(Money.ofFen(1), split.broker());
        assertEquals(Money.ofFen(22), split.cooperative());
        IncomeSplit odd = IncomeSplit.of(Money.parse("68.01"), new SplitRule(7000, 0), false, true);
        assertEquals(Money.parse("47.60"), odd.artisan()); // 47.607 rounded down
        assertEquals(Money.parse("20.41"), odd.cooperative());
    }

    @Test
    void sharesAlwaysAddUpToTheSaleExactly() {
        Random random = new Random(7);
        for (int i = 0; i < 10_000; i++) {
            Money sale = Money.ofFen(1 + random.nextInt(10_000_000));
            int artisan = random.nextInt(10_001);
            int broker = random.nextInt(10_001 - artisan);
            IncomeSplit split =
                    IncomeSplit.of(sale, new SplitRule(artisan, broker), random.nextBoolean(), random.nextBoolean());
            assertEquals(
                    sale,
                    split.artisan().plus(split.broker()).plus(split.cooperative()),
                    sale + " " + artisan + " " + broker);
        }
    }

    @Test
    void withoutABrokerOrAMakerTheirSharesStayWithTheCooperative() {
        IncomeSplit noBroker = IncomeSplit.of(Money.parse("10.00"), new SplitRule(6000, 1000), false, true);
        assertEquals(Money.ZERO, noBroker.broker());
        assertEquals(Money.parse("4.00"), noBroker.cooperative());
        IncomeSplit noMaker = IncomeSplit.of(Money.parse("10.00"), new SplitRule(6000, 1000), true, false);
        assertEquals(Money.ZERO, noMaker.artisan());
        assertEquals(Money.parse("9.00"), noMaker.cooperative());
    }

    @Test
    void aRuleCannotGiveAwayMoreThanTheWholeSale() {
        assertThrows(IllegalArgumentException.class, () -> new SplitRule(9000, 1001));
        assertThrows(IllegalArgumentException.class, () -> new SplitRule(-1, 0));
        assertEquals(2500, new SplitRule(7000, 500).cooperativeBasisPoints());
    }

    @Test
    void sharesThatDoNotAddUpAreRefused() {
        assertThrows(
                IllegalArgumentException.class,
                () -> new IncomeSplit(Money.ofFen(100), Money.ofFen(70), Money.ofFen(31), Money.ZERO));
    }

    @Test
    void onePieceIsSplitAsASaleWithABrokerAndAMaker() {
        SplitRule rule = new SplitRule(7000, 500);
        IncomeSplit piece = IncomeSplit.ofOnePiece(Money.parse("68.00"), rule);
        assertEquals(Money.parse("47.60"), piece.artisan());
        assertEquals(Money.parse("3.40"), piece.broker());
        assertEquals(Money.parse("17.00"), piece.cooperative());
        assertEquals(IncomeSplit.of(Money.parse("68.00"), rule, true, true), piece);
        // rounded down for the maker and the broker, the fen left over is the cooperative's
        IncomeSplit odd = IncomeSplit.ofOnePiece(Money.parse("0.99"), new SplitRule(3333, 3333));
        assertEquals(Money.parse("0.32"), odd.artisan());
        assertEquals(Money.parse("0.32"), odd.broker());
        assertEquals(Money.parse("0.35"), odd.cooperative());
    }

    @Test
    void theCooperativesPercentIsWhatTheOtherTwoLeave() {
        SplitRule rule = new SplitRule(6850, 425);
        assertEquals(new java.math.BigDecimal("68.50"), rule.artisanPercent());
        assertEquals(new java.math.BigDecimal("4.25"), rule.brokerPercent());
        assertEquals(new java.math.BigDecimal("27.25"), rule.cooperativePercent());
    }
}

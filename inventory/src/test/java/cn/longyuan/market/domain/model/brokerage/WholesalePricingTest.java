package cn.longyuan.market.domain.model.brokerage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import cn.longyuan.market.domain.model.shared.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class WholesalePricingTest {

    private static final Money LIST = Money.parse("68.00");
    private static final List<WholesalePrice> TIERS = List.of(
            new WholesalePrice(1, 50, Money.parse("55.00")),
            new WholesalePrice(1, 200, Money.parse("48.50")),
            new WholesalePrice(1, 10, Money.parse("62.00")));

    @Test
    void aQuantityGetsTheTierWithTheHighestMinimumItReaches() {
        assertEquals(LIST, WholesalePricing.unitPrice(LIST, 9, TIERS));
        assertEquals(Money.parse("62.00"), WholesalePricing.unitPrice(LIST, 10, TIERS));
        assertEquals(Money.parse("55.00"), WholesalePricing.unitPrice(LIST, 199, TIERS));
        assertEquals(Money.parse("48.50"), WholesalePricing.unitPrice(LIST, 200, TIERS));
        assertEquals(Money.parse("48.50"), WholesalePricing.unitPrice(LIST, 999, TIERS));
    }

    @Test
    void aTierAboveTheListPriceIsIgnored() {
        Money lowered = Money.parse("50.00");
        assertEquals(lowered, WholesalePricing.unitPrice(lowered, 60, TIERS));
    }

    @Test
    void aQuoteTotalsItsLinesInFenAndMovesThroughItsLife() {
        Quote quote = new Quote(
                "QT1",
                7,
                new Quote.Customer("敦煌礼品店", "13900000000", null),
                null,
                LocalDate.of(2026, 12, 10),
                List.of(
                        new Quote.Draft(1, 200, LIST, Money.parse("48.50")),
                        new Quote.Draft(2, 3, Money.parse("25.50"), Money.parse("25.50"))),
                Instant.EPOCH);
        assertEquals(Money.parse("9776.50"), quote.total());
        assertEquals(false, quote.isExpired(LocalDate.of(2026, 12, 10)));
        assertEquals(true, quote.isExpired(LocalDate.of(2026, 12, 11)));
        assertThrows(
                cn.longyuan.market.domain.model.ordering.InvalidTransitionException.class,
                () -> quote.accept(LocalDate.of(2026, 12, 11), Instant.EPOCH));
        assertThrows(cn.longyuan.market.domain.model.ordering.InvalidTransitionException.class, () -> quote.ordered(5));
        quote.accept(LocalDate.of(2026, 12, 10), Instant.EPOCH);
        assertEquals(QuoteStatus.ACCEPTED, quote.status());
        assertThrows(
                cn.longyuan.market.domain.model.ordering.InvalidTransitionException.class,
                () -> quote.decline(LocalDate.of(2026, 12, 10), Instant.EPOCH));
        quote.ordered(5);
        assertEquals(QuoteStatus.ORDERED, quote.status());
        assertEquals(5L, quote.orderId());
    }
}

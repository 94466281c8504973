package cn.longyuan.market.application.brokerage;

import static cn.longyuan.market.application.brokerage.BrokerDeskTest.broker;
import static cn.longyuan.market.application.brokerage.BrokerDeskTest.federation;
import static cn.longyuan.market.application.brokerage.QuoteServiceTest.quotes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import cn.longyuan.market.application.ordering.PlaceOrderCommand;
import cn.longyuan.market.application.security.Actor;
import cn.longyuan.market.application.shared.FieldViolation;
import cn.longyuan.market.application.shared.RequestRefusedException;
import cn.longyuan.market.domain.model.brokerage.Quote;
import cn.longyuan.market.domain.model.brokerage.QuoteStatus;
import cn.longyuan.market.testing.Chain;
import cn.longyuan.market.testing.SecondCooperative;
import cn.longyuan.market.testing.TestDatabase;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The quotes list filtered and paged in the database: a broker's own, federation staff's every broker's. */
class QuoteListTest {

    private static String quote(Chain chain, Actor broker, String customer, String phone, long... products) {
        List<PlaceOrderCommand.Line> lines = new ArrayList<>();
        for (long p : products) {
            lines.add(new PlaceOrderCommand.Line(p, 2));
        }
        String number = chain.tx(em -> quotes(chain, em)
                        .create(
                                broker,
                                new QuoteService.Request(new Quote.Customer(customer, phone, null), null, 30, lines)))
                .number();
        chain.clock.advance(Duration.ofDays(1));
        return number;
    }

    private static QuoteService.QuotePage page(Chain chain, Actor actor, QuoteFilter filter, int first, int size) {
        return chain.tx(em -> quotes(chain, em).page(actor, filter, first, size));
    }

    private static List<String> numbers(Chain chain, Actor actor, QuoteFilter filter) {
        return page(chain, actor, filter, 0, 100).items().stream()
                .map(Quote::number)
                .toList();
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void quotesAreFilteredAndPagedWithinTheBrokersOwn(TestDatabase database) {
        try (TestDatabase.Opened db = database.open()) {
            Chain chain = new Chain(db);
            SecondCooperative other = SecondCooperative.in(chain);
            Actor li = broker(chain, "broker-li");
            Actor zhao = broker(chain, "broker-zhao");
            // Beijing 29 Nov .. 2 Dec, one a day
            String sachet = quote(chain, li, "陈经理", "13900000001", chain.sachetId);
            String gourd = quote(chain, li, "周老板", "13900000002", other.gourdId());
            String both = quote(chain, li, "陈经理", "13900000003", chain.paperCutId, other.gourdId());
            String zhaos = quote(chain, zhao, "吴女士", "13900000004", chain.sachetId);
            chain.tx(em -> quotes(chain, em).accept(li, gourd));
            chain.tx(em -> quotes(chain, em).decline(li, sachet));

            assertEquals(List.of(both, gourd, sachet), numbers(chain, li, QuoteFilter.ANY));
            assertEquals(List.of(zhaos, both, gourd, sachet), numbers(chain, federation(), QuoteFilter.ANY));
            QuoteService.QuotePage second = page(chain, li, QuoteFilter.ANY, 1, 1);
            assertEquals(
                    List.of(gourd), second.items().stream().map(Quote::number).toList());
            assertEquals(3, second.total());
            assertEquals(1, second.items().get(0).lines().size(), "the page's quotes come with their lines");

            assertEquals(
                    List.of(gourd),
                    numbers(chain, li, QuoteFilter.of(null, QuoteStatus.ACCEPTED, null, null, null, null)));
            assertEquals(
                    List.of(both), numbers(chain, li, QuoteFilter.of(null, QuoteStatus.OPEN, null, null, null, null)));
            assertEquals(
                    List.of(gourd, sachet),
                    numbers(
                            chain,
                            li,
                            QuoteFilter.of(
                                    null, null, LocalDate.of(2026, 11, 29), LocalDate.of(2026, 11, 30), null, null)));
            assertEquals(
                    List.of(both, gourd),
                    numbers(chain, li, QuoteFilter.of(null, null, null, null, other.cooperativeId(), null)));
            assertEquals(
                    List.of(both), numbers(chain, li, QuoteFilter.of(null, null, null, null, null, chain.paperCutId)));
            assertEquals(
                    List.of(zhaos, sachet),
                    numbers(chain, federation(), QuoteFilter.of(null, null, null, null, null, chain.sachetId)));
            // the buyer's name, part of her phone, the number; a broker never finds another broker's quote
            assertEquals(
                    List.of(both, sachet), numbers(chain, li, QuoteFilter.of("陈经理", null, null, null, null, null)));
            assertEquals(List.of(gourd), numbers(chain, li, QuoteFilter.of("0000002", null, null, null, null, null)));
            assertEquals(List.of(), numbers(chain, li, QuoteFilter.of(zhaos, null, null, null, null, null)));
            assertEquals(List.of(zhaos), numbers(chain, zhao, QuoteFilter.ANY));
            assertEquals(List.of(), numbers(chain, li, QuoteFilter.of("100%", null, null, null, null, null)));
        }
    }

    @Test
    void everyWrongParameterIsNamedAtOnce() {
        List<FieldViolation> violations = new ArrayList<>();
        QuoteFilter.read("长".repeat(101), "EXPIRED", "2026-12-05", "2026-12-01", "x", "-3", violations);
        assertEquals(
                List.of("cooperative", "product", "q", "status", "to"),
                violations.stream().map(FieldViolation::field).sorted().toList());
        RequestRefusedException refused = assertThrows(
                RequestRefusedException.class,
                () -> QuoteFilter.of(null, null, LocalDate.of(2026, 12, 2), LocalDate.of(2026, 12, 1), 0L, null));
        assertEquals(
                List.of("cooperative", "to"),
                refused.violations().stream()
                        .map(FieldViolation::field)
                        .sorted()
                        .toList());
    }
}

package cn.longyuan.market.application.income;

import static cn.longyuan.market.testing.Chain.line;
import static cn.longyuan.market.testing.Chain.order;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import cn.longyuan.market.application.security.Actor;
import cn.longyuan.market.application.shared.FieldViolation;
import cn.longyuan.market.application.shared.RequestRefusedException;
import cn.longyuan.market.domain.model.cooperative.Role;
import cn.longyuan.market.domain.model.income.IncomeEntry;
import cn.longyuan.market.domain.model.income.IncomeSplit;
import cn.longyuan.market.domain.model.ordering.CustomerOrder;
import cn.longyuan.market.domain.model.ordering.PaymentMethod;
import cn.longyuan.market.domain.model.shared.Money;
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

/** The income ledger's entries as a list, filtered and paged in the database within the reader's cooperative. */
class IncomeEntriesTest {

    private static final Actor FEDERATION = new Actor(9, "federation", Role.FEDERATION, null);

    private static long placed(Chain chain, long productId, int quantity) {
        String number = chain.placement()
                .place(order(PaymentMethod.BANK_TRANSFER, line(productId, quantity)), "k" + System.nanoTime(), "h")
                .order()
                .number();
        return chain.tx(em -> em.createNamedQuery(CustomerOrder.BY_NUMBER, CustomerOrder.class)
                .setParameter("number", number)
                .getSingleResult()
                .id());
    }

    private static IncomeEntries.EntryPage page(Chain chain, Actor actor, IncomeFilter filter, int first, int size) {
        return chain.tx(em -> new IncomeEntries(em).page(actor, filter, first, size));
    }

    /** Each row as "kind product quantity". */
    private static List<String> rows(Chain chain, Actor actor, IncomeFilter filter) {
        return page(chain, actor, filter, 0, 100).items().stream()
                .map(r -> r.kind() + " " + r.product().zh() + " " + r.quantity())
                .toList();
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void entriesAreFilteredAndPagedWithinTheManagersCooperative(TestDatabase database) {
        try (TestDatabase.Opened db = database.open()) {
            Chain chain = new Chain(db);
            SecondCooperative other = SecondCooperative.in(chain);
            chain.produce(chain.sachetId, chain.mainLocationId, 10);
            chain.produce(chain.paperCutId, chain.mainLocationId, 10);
            // Beijing 29 Nov: 3 sachets sold; 30 Nov: 2 paper-cuts; 1 Dec: 1 sachet back; and Shuangwan's gourds
            long sachetOrder = placed(chain, chain.sachetId, 3);
            chain.tx(em -> new IncomeLedger(em, chain.clock)
                    .recordSale(sachetOrder, chain.sachetId, chain.mainLocationId, 3, "test"));
            chain.clock.advance(Duration.ofDays(1));
            long paperOrder = placed(chain, chain.paperCutId, 2);
            chain.tx(em -> new IncomeLedger(em, chain.clock)
                    .recordSale(paperOrder, chain.paperCutId, chain.mainLocationId, 2, "test"));
            chain.clock.advance(Duration.ofDays(1));
            chain.tx(em -> {
                new IncomeLedger(em, chain.clock)
                        .reverse(sachetOrder, chain.sachetId, chain.mainLocationId, 1, true, "test");
                return null;
            });
            long gourdOrder = placed(chain, other.gourdId(), 4);
            chain.tx(em -> {
                Money sale = Money.parse("40.00");
                em.persist(IncomeEntry.sale(
                        new IncomeEntry.Source(
                                other.cooperativeId(),
                                gourdOrder,
                                other.gourdId(),
                                other.locationId(),
                                null,
                                null,
                                null),
                        4,
                        new IncomeSplit(sale, Money.ZERO, sale, Money.ZERO),
                        "test",
                        chain.clock.instant()));
                return null;
            });
            Actor manager = new Actor(77, "coop-manager", Role.COOP_MANAGER, chain.cooperativeId);

            assertEquals(
                    List.of("REVERSAL 端午香包 1", "SALE 窗花剪纸 2", "SALE 端午香包 3"), rows(chain, manager, IncomeFilter.ANY));
            assertEquals(4, page(chain, FEDERATION, IncomeFilter.ANY, 0, 10).total());
            IncomeEntries.EntryPage second = page(chain, manager, IncomeFilter.ANY, 1, 1);
            assertEquals(3, second.total(), "the total counts every entry the filter keeps");
            IncomeEntries.EntryRow paper = second.items().get(0);
            assertEquals("巧手李姐", paper.artisan());
            assertEquals(Money.parse("51.00"), paper.sale());
            assertEquals(chain.trainedArtisanId, paper.artisanId());
            assertEquals(chain.tx(em -> em.find(CustomerOrder.class, paperOrder).number()), paper.reference());

            assertEquals(
                    List.of("REVERSAL 端午香包 1"),
                    rows(chain, manager, IncomeFilter.of(null, IncomeEntry.Kind.REVERSAL, null, null, null, null)));
            assertEquals(
                    List.of("REVERSAL 端午香包 1", "SALE 端午香包 3"),
                    rows(chain, manager, IncomeFilter.of(null, null, null, null, null, chain.sachetId)));
            assertEquals(
                    List.of("SALE 窗花剪纸 2", "SALE 端午香包 3"),
                    rows(
                            chain,
                            manager,
                            IncomeFilter.of(
                                    null, null, LocalDate.of(2026, 11, 29), LocalDate.of(2026, 11, 30), null, null)));
            assertEquals(
                    3,
                    page(chain, manager, IncomeFilter.of(chain.trainedArtisanId, null, null, null, null, null), 0, 10)
                            .total());
            assertEquals(
                    List.of(),
                    rows(chain, manager, IncomeFilter.of(chain.untrainedArtisanId, null, null, null, null, null)));
            // federation staff filter by cooperative; a manager's filter for another cooperative keeps nothing
            assertEquals(
                    List.of("SALE 葫芦香包 4"),
                    rows(chain, FEDERATION, IncomeFilter.of(null, null, null, null, other.cooperativeId(), null)));
            assertEquals(
                    List.of(),
                    rows(chain, manager, IncomeFilter.of(null, null, null, null, other.cooperativeId(), null)));
            assertEquals(
                    List.of(), rows(chain, manager, IncomeFilter.of(null, null, null, null, null, other.gourdId())));
            Actor broker = new Actor(78, "broker-li", Role.BROKER, null);
            assertThrows(RequestRefusedException.class, () -> page(chain, broker, IncomeFilter.ANY, 0, 10));
        }
    }

    @Test
    void everyWrongParameterIsNamedAtOnce() {
        List<FieldViolation> violations = new ArrayList<>();
        IncomeFilter.read("her", "GIFT", "2026-13-01", "yesterday", "0", "1.5", violations);
        assertEquals(
                List.of("artisan", "cooperative", "from", "kind", "product", "to"),
                violations.stream().map(FieldViolation::field).sorted().toList());
    }
}

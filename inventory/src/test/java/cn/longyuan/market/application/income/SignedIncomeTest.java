package cn.longyuan.market.application.income;

import static cn.longyuan.market.testing.Chain.line;
import static cn.longyuan.market.testing.Chain.order;
import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.longyuan.market.application.security.Actor;
import cn.longyuan.market.domain.model.cooperative.Role;
import cn.longyuan.market.domain.model.income.IncomeEntry;
import cn.longyuan.market.domain.model.ordering.OrderReturn;
import cn.longyuan.market.domain.model.ordering.PaymentMethod;
import cn.longyuan.market.domain.model.shared.Money;
import cn.longyuan.market.testing.Chain;
import cn.longyuan.market.testing.TestDatabase;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The ledger's one sign rule, read in Java (the entries) and in SQL ({@link SignedIncome}), on a ledger of every kind. */
class SignedIncomeTest {

    @Test
    void aReversalCountsNegativeAndAPieceRateIsNoSale() {
        assertEquals(
                List.of(1, -1, 0),
                List.of(
                        IncomeEntry.Kind.SALE.saleSign(),
                        IncomeEntry.Kind.REVERSAL.saleSign(),
                        IncomeEntry.Kind.PIECE_RATE.saleSign()));
        assertEquals(
                List.of(1, -1, 1),
                List.of(
                        IncomeEntry.Kind.SALE.earningSign(),
                        IncomeEntry.Kind.REVERSAL.earningSign(),
                        IncomeEntry.Kind.PIECE_RATE.earningSign()));
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void theSqlReadingAndTheEntriesAgreeOnASaleAReturnAndAPieceRate(TestDatabase database) {
        try (TestDatabase.Opened db = database.open()) {
            Chain chain = new Chain(db);
            chain.produce(chain.sachetId, chain.mainLocationId, 3);
            Actor manager = new Actor(1, "coop-ningyuan", Role.COOP_MANAGER, chain.cooperativeId);
            // 2 sachets at 68.00 sold (her 70 %: 95.20), one comes back (68.00 and 47.60 taken back)
            String number = chain.placement()
                    .place(order(PaymentMethod.CASH_ON_DELIVERY, line(chain.sachetId, 2)), "k" + System.nanoTime(), "h")
                    .order()
                    .number();
            chain.tx(em -> {
                ArtisanIncomeTest.Services s = ArtisanIncomeTest.Services.in(chain, em);
                s.orders().ship(manager, number, "EMS", "E" + number);
                return null;
            });
            chain.tx(em -> {
                ArtisanIncomeTest.Services.in(chain, em)
                        .fulfilment()
                        .returnPieces(manager, number, chain.sachetId, 1, OrderReturn.Disposition.RESTOCK, "太小");
                return null;
            });
            // and 4 pieces of piecework paid at 5.00: 20.00 earned, nothing sold
            chain.tx(em -> {
                IncomeEntry sale = em.createQuery("select e from IncomeEntry e where e.kind = :kind", IncomeEntry.class)
                        .setParameter("kind", IncomeEntry.Kind.SALE)
                        .getResultList()
                        .get(0);
                em.persist(IncomeEntry.pieceRate(
                        chain.cooperativeId,
                        chain.sachetId,
                        chain.mainLocationId,
                        sale.batchId(),
                        sale.artisanId(),
                        null,
                        4,
                        Money.parse("5.00"),
                        "coop-ningyuan",
                        Instant.now()));
                return null;
            });

            long[] sql = chain.tx(em -> {
                Object[] r = (Object[]) em.createNativeQuery(
                                "select sum(" + SignedIncome.pieces("e") + "), sum(" + SignedIncome.saleFen("e")
                                        + "), sum(" + SignedIncome.share("e", "artisan_fen") + ") from income_entry e")
                        .getSingleResult();
                return new long[] {((Number) r[0]).longValue(), ((Number) r[1]).longValue(), ((Number) r[2]).longValue()
                };
            });
            long[] java = chain.tx(em -> {
                List<IncomeEntry> entries = em.createQuery("select e from IncomeEntry e", IncomeEntry.class)
                        .getResultList();
                assertEquals(
                        3, entries.stream().map(IncomeEntry::kind).distinct().count(), "one entry of each kind");
                return new long[] {
                    entries.stream().mapToLong(IncomeEntry::signedPieces).sum(),
                    entries.stream().mapToLong(IncomeEntry::signedSaleFen).sum(),
                    entries.stream().mapToLong(IncomeEntry::signedArtisanFen).sum()
                };
            });
            // 2 - 1 pieces; 136.00 - 68.00 sold; 95.20 - 47.60 + 20.00 earned
            assertEquals(List.of(1L, 6800L, 6760L), List.of(sql[0], sql[1], sql[2]), "in SQL");
            assertEquals(List.of(1L, 6800L, 6760L), List.of(java[0], java[1], java[2]), "in the entries");
        }
    }
}

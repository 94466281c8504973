package cn.longyuan.market.application.income;

import cn.longyuan.market.application.security.Actor;
import cn.longyuan.market.application.shared.ListFilters;
import cn.longyuan.market.application.shared.MarketDatabase;
import cn.longyuan.market.application.shared.RequestRefusedException;
import cn.longyuan.market.domain.model.cooperative.Role;
import cn.longyuan.market.domain.model.income.IncomeEntry;
import cn.longyuan.market.domain.model.shared.BilingualText;
import cn.longyuan.market.domain.model.shared.Money;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The income ledger as a list: its entries a manager (her cooperative's) or federation staff (every one) read, filtered
 * by artisan, kind, days, cooperative and product, newest first, a page at a time from the database.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class IncomeEntries {

    private EntityManager em;

    protected IncomeEntries() {
        // for CDI proxies
    }

    @Inject
    public IncomeEntries(@MarketDatabase EntityManager em) {
        this.em = em;
    }

    /**
     * One entry of the list: who made the pieces, of which order (a piece rate: of which work order), the product, the
     * batch's trace code, and the split.
     */
    public record EntryRow(
            long id,
            Instant at,
            IncomeEntry.Kind kind,
            Long artisanId,
            String artisan,
            long cooperativeId,
            String reference,
            long productId,
            BilingualText product,
            int quantity,
            Money sale,
            Money artisanShare,
            Money cooperativeShare,
            String traceCode)
            implements IncomeLedger.SignedAmounts {}

    public record EntryPage(List<EntryRow> items, long total) {}

    /**
     * Rows {@code first} to {@code first + size} of the entries the actor reads that the filter keeps, newest first,
     * and how many it keeps. A manager's filter for another cooperative keeps nothing.
     */
    public EntryPage page(Actor actor, IncomeFilter filter, int first, int size) {
        if (!actor.is(Role.COOP_MANAGER) && !actor.is(Role.FEDERATION)) {
            throw new RequestRefusedException(
                    RequestRefusedException.Reason.FORBIDDEN,
                    "Income is kept by cooperatives and read by federation staff.");
        }
        IncomeFilter f = filter == null ? IncomeFilter.ANY : filter;
        Map<String, Object> parameters = new HashMap<>();
        StringBuilder where = new StringBuilder(" where 1 = 1");
        if (actor.cooperativeScope() != null) {
            where.append(" and e.cooperativeId = :scope");
            parameters.put("scope", actor.cooperativeScope());
        }
        condition(where, parameters, "e.artisanId = :artisan", "artisan", f.artisanId());
        condition(where, parameters, "e.kind = :kind", "kind", f.kind());
        condition(
                where,
                parameters,
                "e.occurredAt >= :from",
                "from",
                f.from() == null ? null : ListFilters.startOf(f.from()));
        condition(
                where, parameters, "e.occurredAt < :until", "until", f.to() == null ? null : ListFilters.endOf(f.to()));
        condition(where, parameters, "e.cooperativeId = :cooperative", "cooperative", f.cooperativeId());
        condition(where, parameters, "e.productId = :product", "product", f.productId());
        var select = em.createQuery(
                "select e from IncomeEntry e" + where + " order by e.occurredAt desc, e.id desc", IncomeEntry.class);
        var count = em.createQuery("select count(e) from IncomeEntry e" + where, Long.class);
        parameters.forEach(select::setParameter);
        parameters.forEach(count::setParameter);
        List<IncomeEntry> entries = select.setFirstResult(Math.max(0, first))
                .setMaxResults(Math.max(1, size))
                .getResultList();
        return new EntryPage(rows(entries), count.getSingleResult());
    }

    private static void condition(
            StringBuilder where, Map<String, Object> parameters, String condition, String name, Object value) {
        if (value != null) {
            where.append(" and ").append(condition);
            parameters.put(name, value);
        }
    }

    /** The page's entries with what they refer to, read in one more query for the whole page. */
    private List<EntryRow> rows(List<IncomeEntry> entries) {
        if (entries.isEmpty()) {
            return List.of();
        }
        String ids = entries.stream().map(e -> String.valueOf(e.id())).collect(Collectors.joining(","));
        Map<Long, Object[]> details = new HashMap<>();
        List<?> found = em.createNativeQuery("select e.id, coalesce(o.number, w.number), p.name_zh, p.name_en,"
                        + " a.display_name, b.trace_code from income_entry e"
                        + " join product p on p.id = e.product_id"
                        + " left join orders o on o.id = e.order_id"
                        + " left join artisan a on a.id = e.artisan_id"
                        + " left join production_batch b on b.id = e.batch_id"
                        + " left join work_return r on r.income_entry_id = e.id"
                        + " left join work_task t on t.id = r.task_id"
                        + " left join work_order w on w.id = t.work_order_id"
                        + " where e.id in (" + ids + ")")
                .getResultList();
        for (Object row : found) {
            Object[] r = (Object[]) row;
            details.putIfAbsent(((Number) r[0]).longValue(), r);
        }
        return entries.stream()
                .map(e -> {
                    Object[] d = details.get(e.id());
                    boolean pieceRate = e.kind() == IncomeEntry.Kind.PIECE_RATE;
                    return new EntryRow(
                            e.id(),
                            e.occurredAt(),
                            e.kind(),
                            e.artisanId(),
                            (String) d[4],
                            e.cooperativeId(),
                            (String) d[1],
                            e.productId(),
                            new BilingualText((String) d[2], (String) d[3]),
                            e.quantity(),
                            // nothing was sold at a piece rate: no sale value, only what she earned
                            pieceRate ? Money.ZERO : e.split().sale(),
                            e.split().artisan(),
                            e.split().cooperative(),
                            (String) d[5]);
                })
                .toList();
    }
}

package cn.longyuan.market.application.production;

import cn.longyuan.market.application.security.Actor;
import cn.longyuan.market.application.shared.MarketDatabase;
import cn.longyuan.market.application.shared.RequestRefusedException;
import cn.longyuan.market.application.shared.RequestRefusedException.Reason;
import cn.longyuan.market.domain.model.cooperative.Role;
import cn.longyuan.market.domain.model.shared.BilingualText;
import cn.longyuan.market.domain.model.shared.MarketTime;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Production batches and the production figures as the back office reads them: a manager her cooperative's,
 * federation staff every cooperative's. Another cooperative's batch is "not found".
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class BatchQueries {

    private static final ZoneId CHINA = MarketTime.ZONE;
    private static final String SELECT =
            "select b.id, b.trace_code, b.product_id, p.name_zh, p.name_en, p.craft_code, b.artisan_id, "
                    + "a.display_name, b.location_id, l.name_zh, b.quantity, b.made_on, b.recorded_by, p.cooperative_id "
                    + "from production_batch b join product p on p.id = b.product_id join artisan a on a.id = b.artisan_id "
                    + "join location l on l.id = b.location_id";

    private EntityManager em;
    private Clock clock;

    protected BatchQueries() {
        // for CDI proxies
    }

    @Inject
    public BatchQueries(@MarketDatabase EntityManager em, Clock clock) {
        this.em = em;
        this.clock = clock;
    }

    public record BatchRow(
            long id,
            String traceCode,
            long productId,
            BilingualText product,
            String craft,
            long artisanId,
            String artisan,
            long locationId,
            String location,
            int quantity,
            LocalDate madeOn,
            String recordedBy,
            long cooperativeId) {}

    /** This month's production and the stock's worth, for the dashboard. */
    public record Figures(
            int piecesThisMonth, long stockValueFen, int lowStockProducts, Map<String, Integer> piecesByMonth) {}

    public List<BatchRow> visibleTo(Actor actor) {
        requireStaff(actor);
        Long scope = actor.cooperativeScope();
        return rows(
                em.createNativeQuery(SELECT + (scope == null ? "" : " where p.cooperative_id = " + scope.longValue())
                                + " order by b.made_on desc, b.id desc")
                        .getResultList());
    }

    public BatchRow batch(Actor actor, long id) {
        requireStaff(actor);
        List<BatchRow> found = rows(em.createNativeQuery(SELECT + " where b.id = ?1")
                .setParameter(1, id)
                .getResultList());
        if (found.isEmpty() || !actor.canSeeCooperative(found.get(0).cooperativeId())) {
            throw RequestRefusedException.notFound("No batch " + id + ".");
        }
        return found.get(0);
    }

    /** Pieces produced this month (Beijing time), stock value at list price, products low on stock, last six months. */
    public Figures figures(Actor actor, int lowStockProducts) {
        Long scope = actor.cooperativeScope();
        String coop = scope == null ? "" : " and p.cooperative_id = " + scope.longValue();
        YearMonth month = YearMonth.now(clock.withZone(CHINA));
        Map<String, Integer> byMonth = new LinkedHashMap<>();
        for (int back = 5; back >= 0; back--) {
            YearMonth m = month.minusMonths(back);
            Number pieces = (Number) em.createNativeQuery("select coalesce(sum(b.quantity), 0) from production_batch b "
                            + "join product p on p.id = b.product_id where b.made_on >= ?1 and b.made_on <= ?2" + coop)
                    .setParameter(1, Date.valueOf(m.atDay(1)))
                    .setParameter(2, Date.valueOf(m.atEndOfMonth()))
                    .getSingleResult();
            byMonth.put(m.toString(), pieces.intValue());
        }
        Number value =
                (Number) em.createNativeQuery("select coalesce(sum(s.on_hand * p.price_fen), 0) from stock_level s "
                                + "join product p on p.id = s.product_id where 1 = 1" + coop)
                        .getSingleResult();
        return new Figures(byMonth.get(month.toString()), value.longValue(), lowStockProducts, byMonth);
    }

    public String cooperativeName(long cooperativeId) {
        return (String) em.createNativeQuery("select name_zh from cooperative where id = ?1")
                .setParameter(1, cooperativeId)
                .getSingleResult();
    }

    private static void requireStaff(Actor actor) {
        if (!actor.is(Role.COOP_MANAGER) && !actor.is(Role.FEDERATION)) {
            throw new RequestRefusedException(
                    Reason.FORBIDDEN, "Only cooperative managers and federation staff see batches.");
        }
    }

    private static List<BatchRow> rows(List<?> result) {
        List<BatchRow> rows = new ArrayList<>();
        for (Object row : result) {
            Object[] r = (Object[]) row;
            rows.add(new BatchRow(
                    ((Number) r[0]).longValue(),
                    (String) r[1],
                    ((Number) r[2]).longValue(),
                    new BilingualText((String) r[3], (String) r[4]),
                    (String) r[5],
                    ((Number) r[6]).longValue(),
                    (String) r[7],
                    ((Number) r[8]).longValue(),
                    (String) r[9],
                    ((Number) r[10]).intValue(),
                    cn.longyuan.market.application.members.ArtisanRecords.toDate(r[11]),
                    (String) r[12],
                    ((Number) r[13]).longValue()));
        }
        return rows;
    }
}

package cn.longyuan.market.application.stock;

import cn.longyuan.market.application.security.Actor;
import cn.longyuan.market.application.shared.CraftName;
import cn.longyuan.market.application.shared.Like;
import cn.longyuan.market.application.shared.MarketDatabase;
import cn.longyuan.market.application.shared.RequestRefusedException;
import cn.longyuan.market.domain.model.catalog.Craft;
import cn.longyuan.market.domain.model.catalog.Product;
import cn.longyuan.market.domain.model.cooperative.Location;
import cn.longyuan.market.domain.model.cooperative.Role;
import cn.longyuan.market.domain.model.shared.BilingualText;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The stock list of the back office: one page of the products the actor sees with their stock
 * per place, and how many products the filter keeps, in two queries whose scope (a manager: her cooperative; federation
 * staff and brokers: every one, as {@link StockQueries}) and filter are both conditions, plus one query for the page's
 * places. Ordered by cooperative, then by product id, so paging is stable.
 */
@ApplicationScoped
@jakarta.transaction.Transactional(jakarta.transaction.Transactional.TxType.SUPPORTS)
public class StockList {

    /** The most rows one page holds (an export's page is the largest). */
    public static final int MAX_PAGE = 10_000;

    private EntityManager em;

    protected StockList() {
        // for CDI proxies
    }

    @Inject
    public StockList(@MarketDatabase EntityManager em) {
        this.em = em;
    }

    /** A product's row: its stock per place, its craft's code and its low-stock threshold (0: none). */
    public record StockRow(StockQueries.ProductStock stock, String craft, int threshold) {
        /** Fewer pieces available than its threshold. */
        public boolean low() {
            return threshold > 0 && stock.available() < threshold;
        }

        public boolean soldOut() {
            return stock.available() <= 0;
        }
    }

    public record StockPage(List<StockRow> items, long total) {}

    /** A place to filter by. */
    public record PlaceChoice(long id, BilingualText name) {}

    /**
     * Rows {@code first} to {@code first + size} of the products the actor sees that the filter keeps, and how many it
     * keeps. A manager's filter for another cooperative, or for one of its places, keeps nothing; a product she may not
     * see ({@code productId}) is "not found", as a product that does not exist; an unknown craft is a VALIDATION refusal.
     */
    public StockPage page(Actor actor, StockFilter filter, int first, int size) {
        if (actor.is(Role.BUYER)) {
            throw new RequestRefusedException(RequestRefusedException.Reason.FORBIDDEN, "Buyers have no stock to see.");
        }
        if (first < 0 || size < 1 || size > MAX_PAGE) {
            throw RequestRefusedException.invalid("size", "from 1 to " + MAX_PAGE);
        }
        StockFilter f = filter == null ? StockFilter.ANY : filter;
        if (f.productId() != null) {
            Product product = em.find(Product.class, f.productId());
            if (product == null
                    || (actor.is(Role.COOP_MANAGER)
                            && !actor.canSeeCooperative(product.cooperative().id()))) {
                throw RequestRefusedException.notFound("No product " + f.productId() + ".");
            }
        }
        if (f.craft() != null && em.find(Craft.class, f.craft()) == null) {
            throw RequestRefusedException.invalid("craft", "not a craft");
        }
        List<Object> parameters = new ArrayList<>();
        String where = where(actor, f, parameters);
        Number total = (Number) bind(em.createNativeQuery("select count(*) from product p" + where), parameters)
                .getSingleResult();
        List<?> rows = bind(
                        em.createNativeQuery("select p.id, p.name_zh, p.name_en, p.cooperative_id, p.craft_code,"
                                + " p.low_stock_threshold from product p" + where
                                + " order by p.cooperative_id, p.id offset " + first + " rows fetch next " + size
                                + " rows only"),
                        parameters)
                .getResultList();
        return new StockPage(rows(rows), total.longValue());
    }

    /**
     * The scope and the filter as SQL conditions on {@code product p}, each value a positional parameter. Stock levels
     * are read per product by their primary key (product, place).
     */
    private static String where(Actor actor, StockFilter f, List<Object> parameters) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        condition(where, parameters, "p.cooperative_id = ?", actor.cooperativeScope());
        condition(where, parameters, "p.cooperative_id = ?", f.cooperativeId());
        condition(where, parameters, "p.id = ?", f.productId());
        condition(where, parameters, "p.craft_code = ?", f.craft());
        condition(
                where,
                parameters,
                "exists (select 1 from stock_level sl where sl.product_id = p.id and sl.location_id = ?"
                        + " and sl.on_hand > 0)",
                f.locationId());
        if (f.text() != null) {
            String pattern = Like.containing(f.text());
            where.append(" and (lower(p.name_zh) like ?")
                    .append(parameters.size() + 1)
                    .append(" escape '!'");
            parameters.add(pattern);
            where.append(" or lower(coalesce(p.name_en, '')) like ?")
                    .append(parameters.size() + 1)
                    .append(" escape '!')");
            parameters.add(pattern);
        }
        if (f.level() == StockFilter.Level.LOW) {
            where.append(" and p.low_stock_threshold > 0 and (select coalesce(sum(sl.on_hand - sl.reserved), 0)"
                    + " from stock_level sl where sl.product_id = p.id) < p.low_stock_threshold");
        } else if (f.level() == StockFilter.Level.SOLD_OUT) {
            where.append(" and not exists (select 1 from stock_level sl where sl.product_id = p.id"
                    + " and sl.on_hand > sl.reserved)");
        }
        return where.toString();
    }

    /** Appends {@code and condition}, its one {@code ?} numbered as the next parameter, when the value is given. */
    private static void condition(StringBuilder where, List<Object> parameters, String condition, Object value) {
        if (value != null) {
            parameters.add(value);
            where.append(" and ").append(condition.replace("?", "?" + parameters.size()));
        }
    }

    private static Query bind(Query query, List<Object> parameters) {
        for (int i = 0; i < parameters.size(); i++) {
            query.setParameter(i + 1, parameters.get(i));
        }
        return query;
    }

    /** The page's products with their stock per place (main place first), read in one more query for the whole page. */
    private List<StockRow> rows(List<?> products) {
        if (products.isEmpty()) {
            return List.of();
        }
        String ids = products.stream()
                .map(r -> String.valueOf(((Number) ((Object[]) r)[0]).longValue()))
                .collect(Collectors.joining(","));
        Map<Long, List<StockQueries.PlaceStock>> places = new LinkedHashMap<>();
        List<?> levels = em.createNativeQuery("select s.product_id, s.location_id, l.name_zh, l.name_en, s.on_hand,"
                        + " s.reserved from stock_level s join location l on l.id = s.location_id"
                        + " where s.product_id in (" + ids + ") order by s.product_id, l.main desc, s.location_id")
                .getResultList();
        for (Object level : levels) {
            Object[] r = (Object[]) level;
            places.computeIfAbsent(((Number) r[0]).longValue(), k -> new ArrayList<>())
                    .add(new StockQueries.PlaceStock(
                            ((Number) r[1]).longValue(),
                            new BilingualText((String) r[2], (String) r[3]),
                            ((Number) r[4]).intValue(),
                            ((Number) r[5]).intValue()));
        }
        return products.stream()
                .map(row -> (Object[]) row)
                .map(r -> {
                    long id = ((Number) r[0]).longValue();
                    return new StockRow(
                            new StockQueries.ProductStock(
                                    id,
                                    new BilingualText((String) r[1], (String) r[2]),
                                    ((Number) r[3]).longValue(),
                                    List.copyOf(places.getOrDefault(id, List.of()))),
                            (String) r[4],
                            ((Number) r[5]).intValue());
                })
                .toList();
    }

    /** Every craft, in the programme's order: what the stock list is filtered by. */
    public List<CraftName> crafts() {
        return em.createQuery("select c from Craft c order by c.sortOrder", Craft.class).getResultList().stream()
                .map(c -> new CraftName(c.code(), c.name()))
                .toList();
    }

    /**
     * The places to filter by: a manager's cooperative's; for the others those of the cooperative chosen (none before
     * one is). Retired places hold no piece and are left out; main place first.
     */
    public List<PlaceChoice> places(Actor actor, Long cooperativeId) {
        Long cooperative = actor.cooperativeScope() != null ? actor.cooperativeScope() : cooperativeId;
        if (cooperative == null || actor.is(Role.BUYER)) {
            return List.of();
        }
        return em
                .createQuery(
                        "select l from Location l where l.cooperative.id = :cooperative and l.retiredAt is null"
                                + " order by l.main desc, l.id",
                        Location.class)
                .setParameter("cooperative", cooperative)
                .getResultList()
                .stream()
                .map(l -> new PlaceChoice(l.id(), l.name()))
                .toList();
    }
}

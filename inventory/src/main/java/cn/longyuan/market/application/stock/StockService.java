package cn.longyuan.market.application.stock;

import cn.longyuan.market.application.shared.FieldViolation;
import cn.longyuan.market.application.shared.MarketDatabase;
import cn.longyuan.market.application.shared.RequestRefusedException;
import cn.longyuan.market.domain.model.production.ProductionBatch;
import cn.longyuan.market.domain.model.stock.MovementKind;
import cn.longyuan.market.domain.model.stock.Reservation;
import cn.longyuan.market.domain.model.stock.StockLevel;
import cn.longyuan.market.domain.model.stock.StockMovement;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * The only code that changes stock. Every change writes a ledger row ({@link StockMovement}) and updates
 * the level row in the same transaction, so levels always equal the ledger's sums.
 * <p>
 * Reserving is safe across threads and instances: the level rows of the products concerned are locked
 * ({@code select … for update}) in one fixed order — product id, then location id — before anything is
 * decided, so two orders can never take the same piece and never deadlock each other.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class StockService {

    private EntityManager em;
    private Clock clock;
    /** Who hears of every sale (the income ledger): a CDI event in the container, a plain consumer built by hand. */
    private Consumer<PiecesSold> saleListener;
    /** Who hears of a low-stock crossing (the managers' mail): the same. */
    private Consumer<LowStockCrossed> lowStockListener;

    protected StockService() {
        // for CDI proxies
    }

    @Inject
    public StockService(
            @MarketDatabase EntityManager em,
            Clock clock,
            Event<PiecesSold> sales,
            Event<LowStockCrossed> lowStockCrossings) {
        this(em, clock, sales::fire, lowStockCrossings::fire);
    }

    /**
     * Stock built by hand (the demo data set, tests): {@code saleListener} hears of every sale, in the sale's
     * transaction — the income ledger's {@code onSold}, or nobody ({@code sold -> {}}) where no income is kept;
     * nobody hears of low stock.
     */
    public StockService(EntityManager em, Clock clock, Consumer<PiecesSold> saleListener) {
        this(em, clock, saleListener, crossed -> {});
    }

    /** Stock built by hand whose low-stock crossings {@code lowStockListener} hears of, in the crossing's transaction. */
    public StockService(
            EntityManager em,
            Clock clock,
            Consumer<PiecesSold> saleListener,
            Consumer<LowStockCrossed> lowStockListener) {
        this.em = em;
        this.clock = clock;
        this.saleListener = saleListener;
        this.lowStockListener = lowStockListener;
    }

    /** A piece of an order to reserve: which request line, which product, how many. */
    public record Demand(int lineIndex, long productId, int quantity) {}

    /**
     * Pieces of an order that left stock as sold, at one place: told to the income ledger in the same
     * transaction, so that a sale and the income it brings are written together or not at all.
     */
    public record PiecesSold(long orderId, long productId, long locationId, int quantity, String actor) {}

    /**
     * A product's available pieces fell below its low-stock threshold through a sale or a write-off, for the first
     * time since it was last at or above it: told once per crossing, in the transaction that crossed it, so that its
     * managers' mail ({@code recipients}: their addresses, maybe none) goes out only if it commits.
     */
    public record LowStockCrossed(
            long productId,
            long cooperativeId,
            String nameZh,
            String nameEn,
            int available,
            int threshold,
            List<String> recipients) {
        public LowStockCrossed {
            recipients = List.copyOf(recipients);
        }
    }

    /** Puts newly made pieces into stock at a place. */
    public void produce(long productId, long locationId, int quantity, long batchId, String actor) {
        ensureLevelRow(productId, locationId);
        changeLevel(productId, locationId, quantity, 0);
        record(productId, locationId, MovementKind.PRODUCED, quantity, 0, null, batchId, null, actor);
        watchLowStock(productId, false);
    }

    /** Why a stocktake's differences are booked: the reason every such adjustment carries. */
    public static final String STOCKTAKE = "stocktake";

    /** What a write-off's reason starts with, before the reason the pieces came back (see {@link StockReasons}). */
    public static final String WRITTEN_OFF = "written off: ";

    /** Why an imported opening stock is booked: the reason of the adjustment that brings it in (see {@link StockReasons}). */
    public static final String OPENING_STOCK = "opening stock";

    public static final int MAX_REASON = 500;

    /**
     * Corrects the pieces on hand at a place (counted, damaged, found) by {@code delta}, with a reason. It
     * cannot take away pieces held for orders: on hand stays at least what is reserved.
     */
    public void adjust(long productId, long locationId, int delta, String reason, String actor) {
        String why = requireReason(reason);
        if (delta == 0) {
            throw RequestRefusedException.invalid("delta", "must not be 0");
        }
        ensureLevelRow(productId, locationId);
        StockLevel level = lockLevel(productId, locationId);
        if (level.onHand() + delta < level.reserved()) {
            throw new RequestRefusedException(
                    RequestRefusedException.Reason.INVALID_STATE,
                    "Only " + level.available() + " pieces there are not held for orders; on hand cannot go down by "
                            + (-delta) + ".",
                    List.of(new FieldViolation("delta", "at least " + (-level.available()))));
        }
        changeLevel(productId, locationId, delta, 0);
        record(productId, locationId, MovementKind.ADJUSTED, delta, 0, null, null, why, actor);
        watchLowStock(productId, delta < 0);
    }

    /** Moves pieces not held for orders from one place to another (the caller checks both are the product's cooperative's). */
    public void transfer(
            long productId, long fromLocationId, long toLocationId, int quantity, String reason, String actor) {
        String why = reason == null || reason.isBlank() ? null : requireReason(reason);
        if (fromLocationId == toLocationId) {
            throw RequestRefusedException.invalid("toLocationId", "another place than the one the pieces leave");
        }
        if (quantity <= 0) {
            throw RequestRefusedException.invalid("quantity", "at least 1");
        }
        ensureLevelRow(productId, fromLocationId);
        ensureLevelRow(productId, toLocationId);
        // both rows locked in location order, as reserve() does, so that two transfers never deadlock
        StockLevel first = lockLevel(productId, Math.min(fromLocationId, toLocationId));
        StockLevel second = lockLevel(productId, Math.max(fromLocationId, toLocationId));
        StockLevel from = first.locationId() == fromLocationId ? first : second;
        if (from.available() < quantity) {
            throw new RequestRefusedException(
                    RequestRefusedException.Reason.INVALID_STATE,
                    "Only " + from.available()
                            + " pieces can leave that place (the rest are held for orders or not there).",
                    List.of(new FieldViolation("quantity", "at most " + from.available())));
        }
        changeLevel(productId, fromLocationId, -quantity, 0);
        record(productId, fromLocationId, MovementKind.TRANSFERRED, -quantity, 0, null, null, why, actor);
        changeLevel(productId, toLocationId, quantity, 0);
        record(productId, toLocationId, MovementKind.TRANSFERRED, quantity, 0, null, null, why, actor);
    }

    /**
     * Books a count: the difference between the pieces counted and those on hand becomes an adjustment with the
     * reason {@value #STOCKTAKE}. Answers the difference (0: nothing booked).
     */
    public int stocktake(long productId, long locationId, int counted, String actor) {
        if (counted < 0) {
            throw RequestRefusedException.invalid("counted", "0 or more");
        }
        ensureLevelRow(productId, locationId);
        StockLevel level = lockLevel(productId, locationId);
        int difference = counted - level.onHand();
        if (difference == 0) {
            return 0;
        }
        if (counted < level.reserved()) {
            throw new RequestRefusedException(
                    RequestRefusedException.Reason.INVALID_STATE,
                    counted + " counted, but " + level.reserved()
                            + " are held for orders there: release or sell them first.",
                    List.of(new FieldViolation("counted", "at least " + level.reserved() + " (held for orders)")));
        }
        changeLevel(productId, locationId, difference, 0);
        record(productId, locationId, MovementKind.ADJUSTED, difference, 0, null, null, STOCKTAKE, actor);
        watchLowStock(productId, difference < 0);
        return difference;
    }

    /** Below this many pieces available (all places) the product is low on stock; 0 switches the warning off. */
    public void setLowStockThreshold(long productId, int threshold) {
        if (threshold < 0 || threshold > ProductionBatch.MAX_PIECES) {
            throw RequestRefusedException.invalid("threshold", "from 0 to " + ProductionBatch.MAX_PIECES);
        }
        em.createNativeQuery("update product set low_stock_threshold = ?1 where id = ?2")
                .setParameter(1, threshold)
                .setParameter(2, productId)
                .executeUpdate();
    }

    /** What a correction's reason starts with: "correction of batch 12: " and the manager's words. */
    public static final String CORRECTION_OF_BATCH = "correction of batch ";

    /** What a void's reason starts with: "void of batch 12: " and the manager's words. */
    public static final String VOID_OF_BATCH = "void of batch ";

    /**
     * Books a batch's compensating entry (a correction or a void, {@code reason} as written by the caller):
     * {@code delta} pieces in at the batch's place, or out — from the batch's place first, then the product's other
     * places (pieces moved keep their batch) — never pieces held for orders. Refused, changing nothing, when fewer
     * pieces are free to leave than the batch must give up.
     */
    public void compensateBatch(
            long productId, long batchLocationId, long batchId, int delta, String reason, String actor) {
        if (delta == 0) {
            return;
        }
        ensureLevelRow(productId, batchLocationId);
        if (delta > 0) {
            lockLevel(productId, batchLocationId);
            changeLevel(productId, batchLocationId, delta, 0);
            record(productId, batchLocationId, MovementKind.ADJUSTED, delta, 0, null, batchId, reason, actor);
            watchLowStock(productId, false);
            return;
        }
        int out = -delta;
        List<StockLevel> levels = new ArrayList<>(lockLevels(productId));
        levels.sort(Comparator.comparing((StockLevel l) -> l.locationId() != batchLocationId));
        int free = levels.stream().mapToInt(StockLevel::available).sum();
        if (free < out) {
            throw new RequestRefusedException(
                    RequestRefusedException.Reason.INVALID_STATE,
                    "Only " + free + " pieces of the product are free to leave stock (the rest are held for orders); "
                            + out + " would have to.",
                    List.of(new FieldViolation("quantity", "only " + free + " pieces free, " + out + " needed")));
        }
        for (StockLevel level : levels) {
            int take = Math.min(out, level.available());
            if (take <= 0) {
                continue;
            }
            changeLevel(productId, level.locationId(), -take, 0);
            record(productId, level.locationId(), MovementKind.ADJUSTED, -take, 0, null, batchId, reason, actor);
            out -= take;
            if (out == 0) {
                break;
            }
        }
        watchLowStock(productId, true);
    }

    /**
     * Keeps the low-stock notice: below the threshold after a sale or write-off ({@code fell}), the first time since
     * the product was last at or above it, the crossing is claimed (a conditional update, so two instances never both
     * tell it) and told; at or above it again, the next crossing is told anew.
     */
    private void watchLowStock(long productId, boolean fell) {
        Object[] row = (Object[]) em.createNativeQuery(
                        "select p.low_stock_threshold, "
                                + "(select coalesce(sum(s.on_hand - s.reserved), 0) from stock_level s where s.product_id = p.id), "
                                + "p.low_stock_notified_at, p.cooperative_id, p.name_zh, p.name_en from product p where p.id = ?1")
                .setParameter(1, productId)
                .getSingleResult();
        int threshold = ((Number) row[0]).intValue();
        int available = ((Number) row[1]).intValue();
        boolean notified = row[2] != null;
        if (threshold <= 0 || available >= threshold) {
            if (notified) {
                em.createNativeQuery("update product set low_stock_notified_at = null where id = ?1")
                        .setParameter(1, productId)
                        .executeUpdate();
            }
            return;
        }
        if (!fell || notified) {
            return;
        }
        int claimed = em.createNativeQuery("update product set low_stock_notified_at = ?1 "
                        + "where id = ?2 and low_stock_notified_at is null")
                .setParameter(1, java.sql.Timestamp.from(clock.instant()))
                .setParameter(2, productId)
                .executeUpdate();
        if (claimed != 1) {
            return;
        }
        long cooperativeId = ((Number) row[3]).longValue();
        List<String> recipients = em
                .createNativeQuery("select email from account where role = 'COOP_MANAGER' and cooperative_id = ?1 "
                        + "and active = true and email is not null order by id")
                .setParameter(1, cooperativeId)
                .getResultList()
                .stream()
                .map(String.class::cast)
                .toList();
        lowStockListener.accept(new LowStockCrossed(
                productId, cooperativeId, (String) row[4], (String) row[5], available, threshold, recipients));
    }

    private static String requireReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw RequestRefusedException.invalid("reason", "required: say why the stock changes");
        }
        if (reason.strip().length() > MAX_REASON) {
            throw RequestRefusedException.invalid("reason", "at most " + MAX_REASON + " characters");
        }
        return reason.strip();
    }

    private StockLevel lockLevel(long productId, long locationId) {
        return toLevels(em.createNativeQuery("select product_id, location_id, on_hand, reserved from stock_level "
                                + "where product_id = ?1 and location_id = ?2 for update")
                        .setParameter(1, productId)
                        .setParameter(2, locationId)
                        .getResultList())
                .get(0);
    }

    /**
     * Holds stock for every demand of an order, drawing on the cooperative's main place first and then its
     * others; all or nothing. A shortfall names every line that cannot be served and changes nothing.
     */
    public List<Reservation> reserve(long orderId, List<Demand> demands, String actor) {
        Map<Long, Integer> wanted = new TreeMap<>();
        for (Demand demand : demands) {
            wanted.merge(demand.productId(), demand.quantity(), Integer::sum);
        }
        Map<Long, List<StockLevel>> locked = new LinkedHashMap<>();
        List<FieldViolation> shortfalls = new ArrayList<>();
        for (Map.Entry<Long, Integer> entry : wanted.entrySet()) {
            List<StockLevel> levels = lockLevels(entry.getKey());
            locked.put(entry.getKey(), levels);
            int available = levels.stream().mapToInt(StockLevel::available).sum();
            if (available < entry.getValue()) {
                demands.stream()
                        .filter(d -> d.productId() == entry.getKey())
                        .forEach(d -> shortfalls.add(new FieldViolation(
                                "lines[" + d.lineIndex() + "].quantity",
                                "only " + available + " available, " + entry.getValue() + " asked for")));
            }
        }
        if (!shortfalls.isEmpty()) {
            shortfalls.sort(Comparator.comparing(FieldViolation::field));
            throw new RequestRefusedException(
                    RequestRefusedException.Reason.OUT_OF_STOCK,
                    "Not enough stock for " + shortfalls.size() + " line(s); nothing was reserved.",
                    shortfalls);
        }
        List<Reservation> reservations = new ArrayList<>();
        for (Map.Entry<Long, Integer> entry : wanted.entrySet()) {
            int remaining = entry.getValue();
            for (StockLevel level : locked.get(entry.getKey())) {
                int take = Math.min(remaining, level.available());
                if (take <= 0) {
                    continue;
                }
                changeLevel(level.productId(), level.locationId(), 0, take);
                record(
                        level.productId(),
                        level.locationId(),
                        MovementKind.RESERVED,
                        0,
                        take,
                        orderId,
                        null,
                        null,
                        actor);
                Reservation reservation = new Reservation(orderId, level.productId(), level.locationId(), take);
                em.persist(reservation);
                reservations.add(reservation);
                remaining -= take;
                if (remaining == 0) {
                    break;
                }
            }
        }
        return reservations;
    }

    /**
     * Holds the order's pieces again if the stock allows (a payment that arrived after its hold lapsed);
     * answers false, changing nothing, when it does not. Locks the level rows as {@link #reserve} does.
     */
    public boolean reserveIfAvailable(long orderId, List<Demand> demands, String actor) {
        Map<Long, Integer> wanted = new TreeMap<>();
        for (Demand demand : demands) {
            wanted.merge(demand.productId(), demand.quantity(), Integer::sum);
        }
        for (Map.Entry<Long, Integer> entry : wanted.entrySet()) {
            if (lockLevels(entry.getKey()).stream()
                            .mapToInt(StockLevel::available)
                            .sum()
                    < entry.getValue()) {
                return false;
            }
        }
        reserve(orderId, demands, actor);
        return true;
    }

    /**
     * Refunded pieces of a sold order: back into stock at the place they were sold from (restock), or taken
     * back and written off there at once (two ledger rows, so the ledger says what became of them).
     */
    public long takeBackSold(long orderId, long productId, int quantity, boolean restock, String actor, String reason) {
        long locationId = reservationsOf(orderId).stream()
                .filter(r -> r.productId() == productId && r.status() == Reservation.Status.SOLD)
                .mapToLong(Reservation::locationId)
                .min()
                .orElseThrow(() -> new IllegalStateException("order " + orderId + " sold no product " + productId));
        takeBack(orderId, productId, locationId, quantity, !restock, actor, reason);
        return locationId;
    }

    /** Gives back everything an order still holds (expired, cancelled, payment failed). */
    public void releaseAll(long orderId, String actor, String reason) {
        release(heldFor(orderId), orderId, actor, reason);
    }

    /** Turns what an order holds into sales: the pieces leave stock. */
    public void sellAll(long orderId, String actor) {
        sell(heldFor(orderId), orderId, actor);
    }

    /** Turns what an order holds at one cooperative's places into sales (its part was shipped). */
    public void sellAllOf(long orderId, long cooperativeId, String actor) {
        sell(heldAt(orderId, cooperativeId), orderId, actor);
    }

    private void sell(List<Reservation> reservations, long orderId, String actor) {
        for (Reservation reservation : reservations) {
            int q = reservation.quantity();
            changeLevel(reservation.productId(), reservation.locationId(), -q, -q);
            record(
                    reservation.productId(),
                    reservation.locationId(),
                    MovementKind.SOLD,
                    -q,
                    -q,
                    orderId,
                    null,
                    null,
                    actor);
            reservation.sell();
            saleListener.accept(new PiecesSold(orderId, reservation.productId(), reservation.locationId(), q, actor));
        }
        reservations.stream().map(Reservation::productId).distinct().sorted().forEach(p -> watchLowStock(p, true));
    }

    /** Gives back what an order still holds at one cooperative's places (its part was cancelled). */
    public void releaseAllOf(long orderId, long cooperativeId, String actor, String reason) {
        release(heldAt(orderId, cooperativeId), orderId, actor, reason);
    }

    /** What an order holds at one cooperative's places. */
    private List<Reservation> heldAt(long orderId, long cooperativeId) {
        List<Long> placeIds = placesOf(cooperativeId);
        return heldFor(orderId).stream()
                .filter(r -> placeIds.contains(r.locationId()))
                .toList();
    }

    private void release(List<Reservation> held, long orderId, String actor, String reason) {
        for (Reservation reservation : held) {
            changeLevel(reservation.productId(), reservation.locationId(), 0, -reservation.quantity());
            record(
                    reservation.productId(),
                    reservation.locationId(),
                    MovementKind.RELEASED,
                    0,
                    -reservation.quantity(),
                    orderId,
                    null,
                    reason,
                    actor);
            reservation.release();
        }
        held.stream().map(Reservation::productId).distinct().sorted().forEach(p -> watchLowStock(p, false));
    }

    /**
     * Sold pieces of an order came back (a return, or a part cancelled after it was paid) to the place they were
     * sold from. Written off, they are booked back in and out again, so that the ledger shows both what came
     * back and why it is not for sale.
     */
    public void takeBack(
            long orderId,
            long productId,
            long locationId,
            int quantity,
            boolean writeOff,
            String actor,
            String reason) {
        ensureLevelRow(productId, locationId);
        changeLevel(productId, locationId, quantity, 0);
        record(productId, locationId, MovementKind.RETURNED, quantity, 0, orderId, null, reason, actor);
        if (writeOff) {
            changeLevel(productId, locationId, -quantity, 0);
            record(
                    productId,
                    locationId,
                    MovementKind.ADJUSTED,
                    -quantity,
                    0,
                    orderId,
                    null,
                    WRITTEN_OFF + reason,
                    actor);
        }
        watchLowStock(productId, writeOff);
    }

    private List<Long> placesOf(long cooperativeId) {
        List<?> places = em.createNativeQuery("select id from location where cooperative_id = ?1")
                .setParameter(1, cooperativeId)
                .getResultList();
        return places.stream().map(id -> ((Number) id).longValue()).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Reservation> reservationsOf(long orderId) {
        return em.createNamedQuery(Reservation.OF_ORDER, Reservation.class)
                .setParameter("order", orderId)
                .getResultList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<StockLevel> levelsOf(long productId) {
        return toLevels(em.createNativeQuery(
                        "select product_id, location_id, on_hand, reserved from stock_level where product_id = ?1 order by location_id")
                .setParameter(1, productId)
                .getResultList());
    }

    /** Whole pieces buyers can take now, per product. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<Long, Integer> availableOf(List<Long> productIds) {
        Map<Long, Integer> available = new LinkedHashMap<>();
        productIds.forEach(id -> available.put(id, 0));
        if (productIds.isEmpty()) {
            return available;
        }
        jakarta.persistence.Query query;
        if (productIds.size() > MOST_BOUND_IDS) {
            // the whole catalogue (the search index): one pass over the levels beats binding 20,000 parameters,
            // which took EclipseLink eight seconds (JFR, bench/dataset.sql)
            query = em.createNativeQuery(
                    "select product_id, sum(on_hand - reserved) from stock_level group by product_id");
        } else {
            query = em.createNativeQuery("select product_id, sum(on_hand - reserved) from stock_level "
                    + "where product_id in (" + placeholders(productIds.size()) + ") group by product_id");
            for (int i = 0; i < productIds.size(); i++) {
                query.setParameter(i + 1, productIds.get(i));
            }
        }
        for (Object row : query.getResultList()) {
            Object[] r = (Object[]) row;
            long productId = ((Number) r[0]).longValue();
            if (available.containsKey(productId)) {
                available.put(productId, ((Number) r[1]).intValue());
            }
        }
        return available;
    }

    /** The levels the ledger adds up to, per product and place — what the level rows must equal. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<StockLevel> levelsFromLedger() {
        return toLevels(em.createNativeQuery("select product_id, location_id, sum(on_hand_delta), sum(reserved_delta) "
                        + "from stock_movement group by product_id, location_id order by product_id, location_id")
                .getResultList());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<StockLevel> allLevels() {
        return toLevels(em.createNativeQuery("select product_id, location_id, on_hand, reserved from stock_level "
                        + "where on_hand <> 0 or reserved <> 0 order by product_id, location_id")
                .getResultList());
    }

    private List<Reservation> heldFor(long orderId) {
        return reservationsOf(orderId).stream()
                .filter(Reservation::isHeld)
                .sorted(Comparator.comparingLong(Reservation::productId).thenComparingLong(Reservation::locationId))
                .toList();
    }

    private List<StockLevel> lockLevels(long productId) {
        // locked in the order of their places (two orders for one product never wait on each other crosswise);
        // answered with the cooperative's main place first, the place a sale takes from first
        List<?> rows = em.createNativeQuery("select product_id, location_id, on_hand, reserved, "
                        + "(select l.main from location l where l.id = s.location_id) "
                        + "from stock_level s where product_id = ?1 order by location_id for update")
                .setParameter(1, productId)
                .getResultList();
        List<StockLevel> main = new ArrayList<>();
        List<StockLevel> others = new ArrayList<>();
        for (Object row : rows) {
            boolean isMain = Boolean.TRUE.equals(((Object[]) row)[4]);
            (isMain ? main : others).add(toLevels(List.of(row)).getFirst());
        }
        main.addAll(others);
        return main;
    }

    private void ensureLevelRow(long productId, long locationId) {
        Number existing = (Number)
                em.createNativeQuery("select count(*) from stock_level where product_id = ?1 and location_id = ?2")
                        .setParameter(1, productId)
                        .setParameter(2, locationId)
                        .getSingleResult();
        if (existing.intValue() == 0) {
            em.createNativeQuery(
                            "insert into stock_level (product_id, location_id, on_hand, reserved, version) values (?1, ?2, 0, 0, 0)")
                    .setParameter(1, productId)
                    .setParameter(2, locationId)
                    .executeUpdate();
        }
    }

    /**
     * Applies a change to a level row. The database's check constraint (0 ≤ reserved ≤ on hand) is the last
     * guard; the condition here makes a change that would break it touch no row instead of failing late.
     */
    private void changeLevel(long productId, long locationId, int onHandDelta, int reservedDelta) {
        int updated = em.createNativeQuery("update stock_level set on_hand = on_hand + ?1, reserved = reserved + ?2, "
                        + "version = version + 1 where product_id = ?3 and location_id = ?4 "
                        + "and on_hand + ?1 >= 0 and reserved + ?2 >= 0 and reserved + ?2 <= on_hand + ?1")
                .setParameter(1, onHandDelta)
                .setParameter(2, reservedDelta)
                .setParameter(3, productId)
                .setParameter(4, locationId)
                .executeUpdate();
        if (updated != 1) {
            throw new IllegalStateException("stock of product " + productId + " at location " + locationId
                    + " cannot change by on hand " + onHandDelta + ", reserved " + reservedDelta);
        }
    }

    private void record(
            long productId,
            long locationId,
            MovementKind kind,
            int onHandDelta,
            int reservedDelta,
            Long orderId,
            Long batchId,
            String reason,
            String actor) {
        em.persist(new StockMovement(
                productId,
                locationId,
                kind,
                onHandDelta,
                reservedDelta,
                orderId,
                batchId,
                reason,
                actor,
                clock.instant()));
    }

    /** Above this many products, their availability is read for all products at once. */
    public static final int MOST_BOUND_IDS = 500;

    private static String placeholders(int count) {
        StringBuilder s = new StringBuilder();
        for (int i = 1; i <= count; i++) {
            s.append(i > 1 ? "," : "").append('?').append(i);
        }
        return s.toString();
    }

    private static List<StockLevel> toLevels(List<?> rows) {
        List<StockLevel> levels = new ArrayList<>();
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            levels.add(new StockLevel(
                    ((Number) r[0]).longValue(),
                    ((Number) r[1]).longValue(),
                    ((Number) r[2]).intValue(),
                    ((Number) r[3]).intValue()));
        }
        return levels;
    }
}

package cn.longyuan.market.application.stock;

import cn.longyuan.market.application.security.Actor;
import cn.longyuan.market.application.shared.FieldViolation;
import cn.longyuan.market.application.shared.MarketDatabase;
import cn.longyuan.market.application.shared.RequestRefusedException;
import cn.longyuan.market.application.shared.RequestRefusedException.Reason;
import cn.longyuan.market.domain.model.catalog.Product;
import cn.longyuan.market.domain.model.cooperative.Cooperative;
import cn.longyuan.market.domain.model.cooperative.Location;
import cn.longyuan.market.domain.model.cooperative.Role;
import cn.longyuan.market.domain.model.shared.BilingualText;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;

/**
 * What a cooperative's manager does to her stock by hand: adjustments with a reason, transfers between her
 * places, stocktakes, low-stock thresholds — each checked against her cooperative here and written by
 * {@link StockService}, the only code that changes stock. Federation staff and brokers read stock but do not
 * change it. Another cooperative's product or place is "not found".
 */
@ApplicationScoped
@Transactional
public class StockOperations {

    private EntityManager em;
    private StockService stock;

    protected StockOperations() {
        // for CDI proxies
    }

    @Inject
    public StockOperations(@MarketDatabase EntityManager em, StockService stock) {
        this.em = em;
        this.stock = stock;
    }

    /** A product whose available pieces are under its threshold. */
    public record LowStock(long productId, BilingualText name, int threshold, int onHand, int available) {}

    /** One line of a stocktake: what was counted of a product at a place. */
    public record Count(long productId, long locationId, int counted) {}

    public record PlaceRef(long id, BilingualText name, boolean main) {}

    /** A place as the places list shows it: in use or retired (when), and the pieces it holds now. */
    public record PlaceRow(long id, BilingualText name, boolean main, java.time.Instant retiredAt, int onHand) {
        public boolean retired() {
            return retiredAt != null;
        }
    }

    public static final int MAX_PLACE_NAME = 200;

    /** {@code locationId} null: the cooperative's main place. */
    public void adjust(Actor actor, long productId, Long locationId, int delta, String reason) {
        Product product = ownProduct(actor, productId);
        if (delta == 0) {
            throw RequestRefusedException.invalid("delta", "must not be 0");
        }
        long place = locationId != null
                ? locationId
                : places(actor).stream()
                        .filter(PlaceRef::main)
                        .findFirst()
                        .orElseThrow(() -> RequestRefusedException.invalid(
                                "locationId", "required: the cooperative has no main place"))
                        .id();
        if (delta > 0) {
            placeInUse(product, place, "locationId");
        } else {
            ownPlace(product, place, "locationId");
        }
        stock.adjust(productId, place, delta, reason, actor.username());
    }

    public void transfer(
            Actor actor, long productId, long fromLocationId, long toLocationId, int quantity, String reason) {
        Product product = ownProduct(actor, productId);
        if (quantity <= 0) {
            throw RequestRefusedException.invalid("quantity", "at least 1");
        }
        if (fromLocationId == toLocationId) {
            throw RequestRefusedException.invalid("toLocationId", "another place than the one the pieces leave");
        }
        ownPlace(product, fromLocationId, "fromLocationId");
        placeInUse(product, toLocationId, "toLocationId");
        stock.transfer(productId, fromLocationId, toLocationId, quantity, reason, actor.username());
    }

    /** Books every count of one stocktake in one transaction; answers the number of adjustments booked. */
    public int stocktake(Actor actor, List<Count> counts) {
        List<FieldViolation> violations = new ArrayList<>();
        for (int i = 0; i < counts.size(); i++) {
            Count c = counts.get(i);
            Product product = ownProduct(actor, c.productId());
            Location place = ownPlace(product, c.locationId(), "counts[" + i + "].locationId");
            if (place.isRetired() && c.counted() > 0) {
                violations.add(new FieldViolation("counts[" + i + "].counted", "the place is retired: 0 or move them"));
            }
            if (c.counted() < 0) {
                violations.add(new FieldViolation("counts[" + i + "].counted", "0 or more"));
            }
        }
        if (!violations.isEmpty()) {
            throw new RequestRefusedException(Reason.VALIDATION, "The stocktake has invalid counts.", violations);
        }
        int booked = 0;
        for (Count c : counts) {
            if (stock.stocktake(c.productId(), c.locationId(), c.counted(), actor.username()) != 0) {
                booked++;
            }
        }
        return booked;
    }

    public void setLowStockThreshold(Actor actor, long productId, int threshold) {
        ownProduct(actor, productId);
        stock.setLowStockThreshold(productId, threshold);
    }

    /** The actor's products under their threshold (federation: every cooperative's). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<LowStock> lowStock(Actor actor) {
        Long scope = actor.cooperativeScope();
        List<?> rows = em.createNativeQuery("select p.id, p.name_zh, p.name_en, p.low_stock_threshold, "
                        + "coalesce(sum(s.on_hand), 0), coalesce(sum(s.on_hand - s.reserved), 0) from product p "
                        + "left join stock_level s on s.product_id = p.id where p.low_stock_threshold > 0"
                        + (scope == null ? "" : " and p.cooperative_id = " + scope.longValue())
                        + " group by p.id, p.name_zh, p.name_en, p.low_stock_threshold "
                        + "having coalesce(sum(s.on_hand - s.reserved), 0) < p.low_stock_threshold order by p.id")
                .getResultList();
        List<LowStock> low = new ArrayList<>();
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            low.add(new LowStock(
                    ((Number) r[0]).longValue(),
                    new BilingualText((String) r[1], (String) r[2]),
                    ((Number) r[3]).intValue(),
                    ((Number) r[4]).intValue(),
                    ((Number) r[5]).intValue()));
        }
        return low;
    }

    /** A product's threshold (0: none). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public int thresholdOf(long productId) {
        Object value = em.createNativeQuery("select low_stock_threshold from product where id = ?1")
                .setParameter(1, productId)
                .getSingleResult();
        return ((Number) value).intValue();
    }

    /**
     * The places of the actor's cooperative in use — those offered for new stock and moves (federation: none — it
     * changes no stock), main place first. Retired places are left out.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<PlaceRef> places(Actor actor) {
        if (!actor.is(Role.COOP_MANAGER)) {
            return List.of();
        }
        return em
                .createNamedQuery(Location.OF_COOPERATIVE, Location.class)
                .setParameter("cooperative", actor.cooperativeId())
                .getResultList()
                .stream()
                .filter(l -> !l.isRetired())
                .map(l -> new PlaceRef(l.id(), l.name(), l.isMain()))
                .toList();
    }

    /** Every place of the manager's cooperative, retired ones too, with the pieces each holds. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<PlaceRow> allPlaces(Actor actor) {
        if (!actor.is(Role.COOP_MANAGER)) {
            return List.of();
        }
        return em
                .createNamedQuery(Location.OF_COOPERATIVE, Location.class)
                .setParameter("cooperative", actor.cooperativeId())
                .getResultList()
                .stream()
                .map(l -> new PlaceRow(l.id(), l.name(), l.isMain(), l.retiredAt(), piecesAt(l.id())))
                .toList();
    }

    /** Adds a place to the manager's cooperative: a Chinese name (required), an English one (optional). */
    public PlaceRow addPlace(Actor actor, String nameZh, String nameEn) {
        if (!actor.is(Role.COOP_MANAGER)) {
            throw new RequestRefusedException(Reason.FORBIDDEN, "Only a cooperative's manager changes its places.");
        }
        List<FieldViolation> violations = new ArrayList<>();
        String zh = placeName(nameZh, "nameZh", true, violations);
        String en = placeName(nameEn, "nameEn", false, violations);
        if (!violations.isEmpty()) {
            throw new RequestRefusedException(Reason.VALIDATION, "The place has invalid fields.", violations);
        }
        Cooperative cooperative = em.find(Cooperative.class, actor.cooperativeId());
        boolean taken = em
                .createNamedQuery(Location.OF_COOPERATIVE, Location.class)
                .setParameter("cooperative", actor.cooperativeId())
                .getResultList()
                .stream()
                .anyMatch(l -> !l.isRetired() && l.name().zh().equals(zh));
        if (taken) {
            throw RequestRefusedException.invalid("nameZh", "a place in use has that name");
        }
        Location place = new Location(cooperative, new BilingualText(zh, en == null ? zh : en), null, false);
        em.persist(place);
        em.flush();
        return new PlaceRow(place.id(), place.name(), false, null, 0);
    }

    /**
     * Retires a place of the manager's cooperative: refused while it holds pieces (move them first) and for the main
     * place. Its history stays; it is no longer offered for new stock or moves.
     */
    public PlaceRow retirePlace(Actor actor, long locationId, java.time.Instant at) {
        if (!actor.is(Role.COOP_MANAGER)) {
            throw new RequestRefusedException(Reason.FORBIDDEN, "Only a cooperative's manager changes its places.");
        }
        Location place = em.find(Location.class, locationId, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        if (place == null || !actor.canSeeCooperative(place.cooperative().id())) {
            throw new RequestRefusedException(
                    Reason.NOT_FOUND,
                    "No place " + locationId + ".",
                    List.of(new FieldViolation("locationId", "no such place")));
        }
        // the place's level rows are locked, so no piece arrives while it is retired
        em.createNativeQuery("select product_id from stock_level where location_id = ?1 order by product_id for update")
                .setParameter(1, locationId)
                .getResultList();
        int pieces = piecesAt(locationId);
        place.whyNotRetirable(pieces).ifPresent(why -> {
            throw new RequestRefusedException(
                    Reason.INVALID_STATE,
                    "The place cannot be retired: " + why + ".",
                    List.of(new FieldViolation("locationId", why)));
        });
        place.retire(at, actor.username());
        return new PlaceRow(place.id(), place.name(), place.isMain(), place.retiredAt(), 0);
    }

    private int piecesAt(long locationId) {
        Number n = (Number)
                em.createNativeQuery("select coalesce(sum(on_hand), 0) from stock_level where location_id = ?1")
                        .setParameter(1, locationId)
                        .getSingleResult();
        return n.intValue();
    }

    private static String placeName(String value, String field, boolean required, List<FieldViolation> violations) {
        if (value == null || value.isBlank()) {
            if (required) {
                violations.add(new FieldViolation(field, "required"));
            }
            return null;
        }
        String name = value.strip();
        if (!cn.longyuan.market.domain.model.shared.PlainText.isAcceptable(name)
                || !cn.longyuan.market.domain.model.shared.PlainText.hasVisibleCharacter(name)) {
            violations.add(new FieldViolation(field, "no control or invisible characters only"));
        } else if (name.length() > MAX_PLACE_NAME) {
            violations.add(new FieldViolation(field, "at most " + MAX_PLACE_NAME + " characters"));
        }
        return name;
    }

    private Product ownProduct(Actor actor, long productId) {
        if (!actor.is(Role.COOP_MANAGER)) {
            throw new RequestRefusedException(Reason.FORBIDDEN, "Only a cooperative's manager changes its stock.");
        }
        Product product = em.find(Product.class, productId);
        if (product == null || !actor.canSeeCooperative(product.cooperative().id())) {
            throw new RequestRefusedException(
                    Reason.NOT_FOUND,
                    "No product " + productId + ".",
                    List.of(new FieldViolation("productId", "no such product")));
        }
        return product;
    }

    private Location ownPlace(Product product, long locationId, String field) {
        Location location = em.find(Location.class, locationId);
        if (location == null || !location.belongsTo(product.cooperative())) {
            throw new RequestRefusedException(
                    Reason.NOT_FOUND,
                    "No place " + locationId + " of the product's cooperative.",
                    List.of(new FieldViolation(field, "no such place of the product's cooperative")));
        }
        return location;
    }

    /** A place pieces arrive at: one of the product's cooperative, in use. */
    private void placeInUse(Product product, long locationId, String field) {
        if (ownPlace(product, locationId, field).isRetired()) {
            throw new RequestRefusedException(
                    Reason.VALIDATION,
                    "Place " + locationId + " is retired.",
                    List.of(new FieldViolation(field, "the place is retired: choose one in use")));
        }
    }
}

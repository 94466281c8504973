package cn.longyuan.market.application.production;

import cn.longyuan.market.application.shared.FieldViolation;
import cn.longyuan.market.application.shared.MarketDatabase;
import cn.longyuan.market.application.shared.RequestRefusedException;
import cn.longyuan.market.application.shared.RequestRefusedException.Reason;
import cn.longyuan.market.application.stock.StockService;
import cn.longyuan.market.domain.model.catalog.Product;
import cn.longyuan.market.domain.model.cooperative.Location;
import cn.longyuan.market.domain.model.production.ProductionBatch;
import cn.longyuan.market.domain.model.production.TraceCode;
import cn.longyuan.market.domain.model.shared.MarketTime;
import cn.longyuan.market.domain.model.training.Artisan;
import cn.longyuan.market.domain.model.training.Enrollment;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * Recording what the artisans made. A batch is accepted only from a woman who completed a training in the
 * product's craft — the programme's promise that every piece comes from trained hands — and it puts its
 * pieces into stock with a new trace code.
 */
@ApplicationScoped
@Transactional
public class ProductionService {

    public static final int MAX_BATCH = ProductionBatch.MAX_PIECES;
    private static final ZoneId CHINA = MarketTime.ZONE;

    private EntityManager em;
    private StockService stock;
    private Clock clock;

    protected ProductionService() {
        // for CDI proxies
    }

    @Inject
    public ProductionService(@MarketDatabase EntityManager em, StockService stock, Clock clock) {
        this.em = em;
        this.stock = stock;
        this.clock = clock;
    }

    /** A batch to record; {@code locationId} null means the cooperative's main place. */
    public record RecordBatch(long productId, long artisanId, int quantity, LocalDate madeOn, Long locationId) {}

    /**
     * Records the batch and puts it into stock. {@code cooperativeScope} is the cooperative the caller may
     * act for (null: any, for federation staff); anything of another cooperative is "not found".
     */
    public ProductionBatch record(RecordBatch request, Long cooperativeScope, String actor) {
        Product product = em.find(Product.class, request.productId());
        if (product == null || !inScope(product.cooperative().id(), cooperativeScope)) {
            throw refusedField(Reason.NOT_FOUND, "productId", "no such product");
        }
        Artisan artisan = em.find(Artisan.class, request.artisanId());
        if (artisan == null || !inScope(artisan.cooperative().id(), cooperativeScope)) {
            throw refusedField(Reason.NOT_FOUND, "artisanId", "no such artisan");
        }
        List<FieldViolation> violations = new ArrayList<>();
        if (request.quantity() < 1 || request.quantity() > MAX_BATCH) {
            violations.add(new FieldViolation("quantity", "must be from 1 to " + MAX_BATCH));
        }
        LocalDate today = LocalDate.now(clock.withZone(CHINA));
        if (request.madeOn() == null) {
            violations.add(new FieldViolation("madeOn", "required"));
        } else if (request.madeOn().isAfter(today)) {
            violations.add(new FieldViolation("madeOn", "cannot be in the future"));
        }
        if (!artisan.cooperative().id().equals(product.cooperative().id())) {
            violations.add(new FieldViolation("artisanId", "she is not a member of the product's cooperative"));
        }
        if (!artisan.isActive()) {
            violations.add(new FieldViolation("artisanId", "she is no longer an active member"));
        }
        Location location =
                request.locationId() == null ? mainLocation(product) : em.find(Location.class, request.locationId());
        if (location == null || !location.belongsTo(product.cooperative())) {
            violations.add(new FieldViolation("locationId", "no such place of the product's cooperative"));
        } else if (location.isRetired()) {
            violations.add(new FieldViolation("locationId", "the place is retired: choose one in use"));
        }
        if (!violations.isEmpty()) {
            throw new RequestRefusedException(Reason.VALIDATION, "The batch has invalid fields.", violations);
        }
        if (!isTrainedIn(artisan.id(), product.craft().code())) {
            throw new RequestRefusedException(
                    Reason.NOT_TRAINED,
                    artisan.displayName() + " has no completed training in "
                            + product.craft().code() + "; record her training first.",
                    List.of(new FieldViolation("artisanId", "no completed training in the product's craft")));
        }
        ProductionBatch batch = new ProductionBatch(
                product,
                artisan,
                location,
                request.quantity(),
                request.madeOn(),
                unusedTraceCode(),
                clock.instant(),
                actor);
        em.persist(batch);
        em.flush();
        stock.produce(product.id(), location.id(), request.quantity(), batch.id(), actor);
        return batch;
    }

    public boolean isTrainedIn(long artisanId, String craftCode) {
        return em.createNamedQuery(Enrollment.COUNT_COMPLETED_IN_CRAFT, Long.class)
                        .setParameter("artisan", artisanId)
                        .setParameter("craft", craftCode)
                        .getSingleResult()
                > 0;
    }

    private Location mainLocation(Product product) {
        return em.createNamedQuery(Location.OF_COOPERATIVE, Location.class)
                .setParameter("cooperative", product.cooperative().id())
                .setMaxResults(1)
                .getResultStream()
                .findFirst()
                .orElse(null);
    }

    private TraceCode unusedTraceCode() {
        for (int attempt = 0; attempt < 5; attempt++) {
            TraceCode code = TraceCode.random();
            if (em.createNamedQuery(ProductionBatch.BY_TRACE_CODE, ProductionBatch.class)
                    .setParameter("code", code.value())
                    .getResultList()
                    .isEmpty()) {
                return code;
            }
        }
        throw new IllegalStateException("no unused trace code after 5 attempts");
    }

    private static boolean inScope(Long cooperativeId, Long scope) {
        return scope == null || scope.equals(cooperativeId);
    }

    private static RequestRefusedException refusedField(Reason reason, String field, String message) {
        return new RequestRefusedException(reason, field + ": " + message, List.of(new FieldViolation(field, message)));
    }
}

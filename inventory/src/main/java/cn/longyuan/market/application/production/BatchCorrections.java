package cn.longyuan.market.application.production;

import cn.longyuan.market.application.security.Actor;
import cn.longyuan.market.application.shared.FieldViolation;
import cn.longyuan.market.application.shared.MarketDatabase;
import cn.longyuan.market.application.shared.RequestRefusedException;
import cn.longyuan.market.application.shared.RequestRefusedException.Reason;
import cn.longyuan.market.application.stock.StockService;
import cn.longyuan.market.domain.model.cooperative.Role;
import cn.longyuan.market.domain.model.production.ProductionBatch;
import cn.longyuan.market.domain.model.shared.PlainText;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;

/**
 * A wrong batch put right through the ledger, never deleted: corrected to the count it really had (a compensating
 * adjustment "correction of batch N: …") or voided (its unsold pieces out, "void of batch N: …", the batch marked
 * void). The pieces already sold stay sold and traced to the batch, so income and trace codes keep agreeing: a
 * batch cannot be corrected below them. A manager acts on her cooperative's batches; another's is "not found".
 */
@ApplicationScoped
@Transactional
public class BatchCorrections {

    private EntityManager em;
    private StockService stock;
    private Clock clock;

    protected BatchCorrections() {
        // for CDI proxies
    }

    @Inject
    public BatchCorrections(@MarketDatabase EntityManager em, StockService stock, Clock clock) {
        this.em = em;
        this.stock = stock;
        this.clock = clock;
    }

    /** A batch as it stands after the change. */
    public record BatchState(
            long id, long productId, String traceCode, int recordedQuantity, int quantity, int sold, boolean voided) {}

    /** The batch holds {@code quantity} pieces from now on; {@code reason} is required. */
    public BatchState correct(Actor actor, long batchId, int quantity, String reason) {
        ProductionBatch batch = ownBatch(actor, batchId);
        String why = reason(reason);
        int sold = soldOf(batchId);
        if (quantity > ProductionService.MAX_BATCH) {
            throw RequestRefusedException.invalid("quantity", "at most " + ProductionService.MAX_BATCH);
        }
        batch.whyNotCorrectableTo(quantity, sold).ifPresent(refusal -> {
            throw new RequestRefusedException(
                    batch.isVoided() || quantity < sold ? Reason.INVALID_STATE : Reason.VALIDATION,
                    "Batch " + batchId + " cannot be corrected to " + quantity + ": " + refusal + ".",
                    List.of(new FieldViolation("quantity", refusal)));
        });
        int delta = quantity - batch.quantity();
        stock.compensateBatch(
                batch.product().id(),
                batch.location().id(),
                batchId,
                delta,
                StockService.CORRECTION_OF_BATCH + batchId + ": " + why,
                actor.username());
        batch.correctTo(quantity, sold);
        return state(batch, sold);
    }

    /** Voids the batch: its unsold pieces leave stock, the sold ones stay sold; {@code reason} is required. */
    public BatchState voidBatch(Actor actor, long batchId, String reason) {
        ProductionBatch batch = ownBatch(actor, batchId);
        String why = reason(reason);
        int sold = soldOf(batchId);
        if (batch.isVoided()) {
            throw new RequestRefusedException(
                    Reason.INVALID_STATE,
                    "Batch " + batchId + " is void already.",
                    List.of(new FieldViolation("batchId", "void already")));
        }
        stock.compensateBatch(
                batch.product().id(),
                batch.location().id(),
                batchId,
                -batch.unsold(sold),
                StockService.VOID_OF_BATCH + batchId + ": " + why,
                actor.username());
        batch.voidNow(sold, clock.instant(), actor.username());
        return state(batch, sold);
    }

    /** The batch as a manager (or federation staff) may read it before correcting it; another's is "not found". */
    @Transactional(Transactional.TxType.SUPPORTS)
    public BatchState describe(Actor actor, long batchId) {
        if (actor.is(Role.BUYER) || actor.is(Role.BROKER)) {
            throw RequestRefusedException.notFound("No batch " + batchId + ".");
        }
        ProductionBatch batch = em.find(ProductionBatch.class, batchId);
        if (batch == null
                || !actor.canSeeCooperative(batch.product().cooperative().id())) {
            throw RequestRefusedException.notFound("No batch " + batchId + ".");
        }
        Number sold = (Number) em.createNativeQuery("select attributed from production_batch where id = ?1")
                .setParameter(1, batchId)
                .getSingleResult();
        return state(batch, sold.intValue());
    }

    private static BatchState state(ProductionBatch batch, int sold) {
        return new BatchState(
                batch.id(),
                batch.product().id(),
                batch.traceCode().value(),
                batch.recordedQuantity(),
                batch.quantity(),
                sold,
                batch.isVoided());
    }

    private ProductionBatch ownBatch(Actor actor, long batchId) {
        if (!actor.is(Role.COOP_MANAGER)) {
            throw new RequestRefusedException(Reason.FORBIDDEN, "Only a cooperative's manager corrects its batches.");
        }
        ProductionBatch batch = em.find(ProductionBatch.class, batchId);
        if (batch == null
                || !actor.canSeeCooperative(batch.product().cooperative().id())) {
            throw new RequestRefusedException(
                    Reason.NOT_FOUND,
                    "No batch " + batchId + ".",
                    List.of(new FieldViolation("batchId", "no such batch")));
        }
        return batch;
    }

    /**
     * The pieces of the batch sales are traced to, read with the batch row locked: a sale attributing pieces waits
     * (it locks batch rows too), so a correction never goes below what is sold meanwhile.
     */
    private int soldOf(long batchId) {
        Number sold = (Number) em.createNativeQuery("select attributed from production_batch where id = ?1 for update")
                .setParameter(1, batchId)
                .getSingleResult();
        em.refresh(em.find(ProductionBatch.class, batchId));
        return sold.intValue();
    }

    private static String reason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw RequestRefusedException.invalid("reason", "required: say what was wrong with the batch");
        }
        String why = reason.strip();
        if (!PlainText.isAcceptable(why)) {
            throw RequestRefusedException.invalid("reason", "no control characters");
        }
        if (why.length() > StockService.MAX_REASON - 40) {
            throw RequestRefusedException.invalid(
                    "reason", "at most " + (StockService.MAX_REASON - 40) + " characters");
        }
        return why;
    }
}

package cn.longyuan.market.admin.interfaces.web;

import cn.longyuan.market.application.production.BatchCorrections;
import cn.longyuan.market.application.security.Actor;
import cn.longyuan.market.application.shared.RequestRefusedException;
import cn.longyuan.market.domain.model.cooperative.Role;
import cn.longyuan.market.web.api.Ids;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;

/**
 * The stock page's form for a wrong batch, opened from its ledger row ({@code ?product=…&batch=…}): the batch
 * corrected to the pieces it really had, or voided, with a reason; after either the page shows the ledger again
 * ({@code fixed=}). The rules are {@link BatchCorrections}'.
 */
@Named
@RequestScoped
public class BatchFixForm {

    @Inject
    private BatchCorrections corrections;

    @Inject
    private Actor actor;

    private String batch;
    private BatchCorrections.BatchState state;
    private boolean looked;
    private Integer quantity;
    private String reason;

    /** The batch asked for, when the user may correct it (a manager of its cooperative); null otherwise. */
    public BatchCorrections.BatchState getState() {
        if (!looked) {
            looked = true;
            String asked = batch != null
                    ? batch
                    : FacesContext.getCurrentInstance()
                            .getExternalContext()
                            .getRequestParameterMap()
                            .get("batch");
            Long id = asked == null ? null : Ids.parse(asked);
            if (id != null && actor.is(Role.COOP_MANAGER)) {
                try {
                    state = corrections.describe(actor, id);
                } catch (RequestRefusedException e) {
                    state = null;
                }
            }
        }
        return state;
    }

    public void correct() throws IOException {
        BatchCorrections.BatchState batchState = getState();
        if (batchState == null) {
            return;
        }
        try {
            corrections.correct(actor, batchState.id(), quantity == null ? 0 : quantity, reason);
            done(batchState);
        } catch (RequestRefusedException e) {
            refused(e, batchState);
        }
    }

    public void voidBatch() throws IOException {
        BatchCorrections.BatchState batchState = getState();
        if (batchState == null) {
            return;
        }
        try {
            corrections.voidBatch(actor, batchState.id(), reason);
            done(batchState);
        } catch (RequestRefusedException e) {
            refused(e, batchState);
        }
    }

    private static void done(BatchCorrections.BatchState batchState) throws IOException {
        var external = FacesContext.getCurrentInstance().getExternalContext();
        external.redirect(external.getRequestContextPath() + "/stock.xhtml?product=" + batchState.productId()
                + "&fixed=" + batchState.id());
    }

    /** A refusal in the page's language next to its field, with the figures the user needs. */
    private static void refused(RequestRefusedException e, BatchCorrections.BatchState batchState) {
        String field = e.violations().isEmpty() ? null : e.violations().get(0).field();
        String key = switch (field == null ? "" : field) {
            case "reason" -> "batchFix.reasonRequired";
            case "quantity" ->
                e.reason() == RequestRefusedException.Reason.VALIDATION
                        ? "batchFix.quantityInvalid"
                        : e.getMessage().contains("free") ? "batchFix.held" : "batchFix.belowSold";
            case "batchId" -> "batchFix.voidAlready";
            default -> "refused." + e.reason().name();
        };
        String clientId = "batchFix:" + ("reason".equals(field) ? "reason" : "quantity");
        FacesContext.getCurrentInstance()
                .addMessage(
                        clientId,
                        new FacesMessage(
                                FacesMessage.SEVERITY_ERROR,
                                PageMessages.text(key, batchState.sold(), batchState.quantity()),
                                null));
        FacesContext.getCurrentInstance().validationFailed();
    }

    public String getBatch() {
        return batch;
    }

    public void setBatch(String batch) {
        this.batch = batch;
    }

    public Integer getQuantity() {
        return quantity;
    }

    public void setQuantity(Integer quantity) {
        this.quantity = quantity;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}

package cn.longyuan.market.admin.interfaces.web.dispatch;

import cn.longyuan.market.admin.interfaces.web.FormMessages;
import cn.longyuan.market.application.CatalogQueries;
import cn.longyuan.market.application.FieldViolation;
import cn.longyuan.market.application.RequestRefusedException;
import cn.longyuan.market.application.brokerage.QuoteService;
import cn.longyuan.market.application.dispatch.PieceworkDispatch;
import cn.longyuan.market.application.security.Actor;
import cn.longyuan.market.domain.model.brokerage.Quote;
import cn.longyuan.market.domain.model.cooperative.Role;
import cn.longyuan.market.domain.model.dispatch.WorkOrder;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Piecework dispatch: the caller's work orders, a new one (from an accepted quote or for a product), and one work
 * order with its tasks — a dialog to give part of the work to a trained woman (only trained women are offered),
 * materials issued to a task, and pieces returned and checked. Each form's fields live in their own form object.
 */
@Named
@RequestScoped
public class DispatchPage {

    @Inject
    private PieceworkDispatch dispatch;

    @Inject
    private QuoteService quotes;

    @Inject
    private CatalogQueries catalog;

    @Inject
    private Actor actor;

    private String workOrder;
    private List<PieceworkDispatch.WorkOrderView> list;
    private PieceworkDispatch.WorkOrderView selected;
    private List<PieceworkDispatch.Candidate> candidates = List.of();
    private boolean notFound;
    private boolean taskDialogOpen;

    private final WorkOrderForm newWorkOrder = new WorkOrderForm();
    private final TaskForm task = new TaskForm();
    private final MaterialsForm materials = new MaterialsForm();
    private final PiecesForm pieces = new PiecesForm();

    /** Loads before the request's values are applied, so that a postback's forms (shown per work order) are decoded. */
    @PostConstruct
    void init() {
        Map<String, String> parameters =
                FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        for (String name : List.of("workOrder", "task:workOrder", "materials:workOrder", "pieces:workOrder")) {
            String value = parameters.get(name);
            if (value != null && !value.isBlank()) {
                workOrder = value.strip();
                break;
            }
        }
        reload();
    }

    private void reload() {
        list = dispatch.list(actor);
        selected = null;
        candidates = List.of();
        if (workOrder == null || workOrder.isBlank()) {
            return;
        }
        try {
            selected = dispatch.get(actor, workOrder);
            if (task.getDueOn() == null) {
                task.setDueOn(selected.suggestedTaskDue(dispatch.today()));
            }
            if (selected.mayAssign()) {
                candidates = dispatch.candidates(actor, workOrder);
            }
        } catch (RequestRefusedException e) {
            notFound = true;
        }
    }

    /** The view action: the same answer as for a thing that does not exist, with its status. */
    public void load() {
        if (notFound) {
            FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(404);
        }
    }

    public String open() {
        return submit(
                () -> dispatch.open(actor, newWorkOrder.request()),
                Map.of(
                        "quoteNumber",
                        "newWorkOrder:quote",
                        "productId",
                        "newWorkOrder:product",
                        "quantity",
                        "newWorkOrder:quantity",
                        "dueOn",
                        "newWorkOrder:dueOn"));
    }

    public String assign() {
        String outcome = submit(
                () -> dispatch.assign(actor, workOrder, task.request()),
                Map.of(
                        "artisanId",
                        "task:artisan",
                        "productId",
                        "task:artisan",
                        "quantity",
                        "task:quantity",
                        "pieceRate",
                        "task:rate",
                        "dueOn",
                        "task:dueOn"));
        taskDialogOpen = outcome == null;
        return outcome;
    }

    public String issueMaterials() {
        return submit(
                () -> dispatch.issueMaterials(
                        actor,
                        workOrder,
                        materials.taskOrNone(),
                        materials.getMaterial(),
                        materials.getAmount(),
                        materials.getUnit()),
                Map.of("material", "materials:material", "amount", "materials:amount", "unit", "materials:unit"));
    }

    public String recordReturn() {
        return submit(
                () -> dispatch.recordReturn(
                        actor,
                        workOrder,
                        pieces.taskOrNone(),
                        pieces.acceptedOrNone(),
                        pieces.rejectedOrNone(),
                        pieces.getReason(),
                        null),
                Map.of("accepted", "pieces:accepted", "rejected", "pieces:rejected", "rejectReason", "pieces:reason"));
    }

    /**
     * Runs one form's call: on success back to the work order (a new one's when the call opened it); on a refusal
     * the reasons next to the inputs and the page as it was.
     */
    private String submit(Supplier<?> call, Map<String, String> inputs) {
        try {
            Object done = call.get();
            String number = done instanceof WorkOrder opened ? opened.number() : workOrder;
            return "/dispatch.xhtml?faces-redirect=true&workOrder=" + number;
        } catch (RequestRefusedException refused) {
            show(refused, inputs);
            reload();
            return null;
        }
    }

    /** Shows the refusal next to the inputs; the texts are this page's own ({@code violation.dispatch.<field>}). */
    private static void show(RequestRefusedException refused, Map<String, String> inputs) {
        Map<String, String> prefixed = new HashMap<>();
        inputs.forEach((field, input) -> prefixed.put("dispatch." + field, input));
        FormMessages.show(
                new RequestRefusedException(
                        refused.reason(),
                        refused.getMessage(),
                        refused.violations().stream()
                                .map(v -> new FieldViolation("dispatch." + v.field(), v.message()))
                                .toList()),
                prefixed);
    }

    public boolean isBroker() {
        return actor.is(Role.BROKER);
    }

    public boolean isMayOpen() {
        return actor.is(Role.BROKER) || actor.is(Role.COOP_MANAGER);
    }

    /** The broker's quotes whose work can be dispatched. */
    public List<Quote> getQuotes() {
        return quotes.dispatchable(actor);
    }

    /** Products a work order may be for: any for sale for a broker, her cooperative's for a manager. */
    public List<CatalogQueries.ProductSummary> getProducts() {
        Long cooperative = actor.is(Role.COOP_MANAGER) ? actor.cooperativeId() : null;
        return catalog.products(null, null, cooperative, 0, 100).items();
    }

    public List<PieceworkDispatch.TaskView> getOpenTasks() {
        return selected == null ? List.of() : selected.openTasks();
    }

    public List<PieceworkDispatch.TaskView> getReturnableTasks() {
        return selected == null ? List.of() : selected.tasksTakingReturns();
    }

    public String getWorkOrder() {
        return workOrder;
    }

    public void setWorkOrder(String workOrder) {
        this.workOrder = workOrder;
    }

    public List<PieceworkDispatch.WorkOrderView> getList() {
        return list;
    }

    public PieceworkDispatch.WorkOrderView getSelected() {
        return selected;
    }

    public List<PieceworkDispatch.Candidate> getCandidates() {
        return candidates;
    }

    public boolean isNotFound() {
        return notFound;
    }

    public boolean isTaskDialogOpen() {
        return taskDialogOpen;
    }

    public WorkOrderForm getNewWorkOrder() {
        return newWorkOrder;
    }

    public TaskForm getTask() {
        return task;
    }

    public MaterialsForm getMaterials() {
        return materials;
    }

    public PiecesForm getPieces() {
        return pieces;
    }
}

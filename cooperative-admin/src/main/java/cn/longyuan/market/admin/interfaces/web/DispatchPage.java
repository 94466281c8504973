package cn.longyuan.market.admin.interfaces.web;

import cn.longyuan.market.application.CatalogQueries;
import cn.longyuan.market.application.RequestRefusedException;
import cn.longyuan.market.application.brokerage.QuoteService;
import cn.longyuan.market.application.dispatch.PieceworkDispatch;
import cn.longyuan.market.application.security.Actor;
import cn.longyuan.market.domain.model.brokerage.Quote;
import cn.longyuan.market.domain.model.brokerage.QuoteStatus;
import cn.longyuan.market.domain.model.cooperative.Role;
import cn.longyuan.market.domain.model.dispatch.WorkOrder;
import cn.longyuan.market.domain.model.shared.Money;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Piecework dispatch: the caller's work orders, a new one (from an accepted quote or for a product), and one work
 * order with its tasks — a dialog to give part of the work to a trained woman (only trained women are offered),
 * materials issued to a task, and pieces returned and checked.
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
    private List<PieceworkDispatch.Candidate> candidates;
    private boolean notFound;
    private boolean taskDialogOpen;

    // new work order
    private String quoteNumber;
    private Long productId;
    private Integer quantity;
    private LocalDate dueOn;

    // new task
    private Long artisanId;
    private Integer taskQuantity;
    private BigDecimal pieceRate;
    private LocalDate taskDueOn;

    // materials
    private Long materialTask;
    private String material;
    private BigDecimal amount;
    private String unit;

    // return
    private Long returnTask;
    private Integer accepted;
    private Integer rejected;
    private String reason;

    /** Loads before the request's values are applied, so that a postback's forms (shown per work order) are decoded. */
    @PostConstruct
    void init() {
        Map<String, String> parameters = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
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
        candidates = null;
        if (workOrder == null || workOrder.isBlank()) {
            return;
        }
        try {
            selected = dispatch.get(actor, workOrder);
            if (taskDueOn == null) {
                taskDueOn = selected.dueOn() != null ? selected.dueOn() : dispatch.today().plusDays(14);
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
        try {
            WorkOrder order = dispatch.open(actor, new PieceworkDispatch.NewWorkOrder(quoteNumber, productId, quantity, dueOn));
            return "/dispatch.xhtml?faces-redirect=true&workOrder=" + order.number();
        } catch (RequestRefusedException refused) {
            show(refused, Map.of("quoteNumber", "newWorkOrder:quote", "productId", "newWorkOrder:product",
                    "quantity", "newWorkOrder:quantity", "dueOn", "newWorkOrder:dueOn"));
            reload();
            return null;
        }
    }

    public String assign() {
        try {
            dispatch.assign(actor, workOrder, new PieceworkDispatch.NewTask(artisanId, null, taskQuantity,
                    pieceRate == null ? null : money(pieceRate), taskDueOn));
            return "/dispatch.xhtml?faces-redirect=true&workOrder=" + workOrder;
        } catch (RequestRefusedException refused) {
            show(refused, Map.of("artisanId", "task:artisan", "productId", "task:artisan", "quantity", "task:quantity",
                    "pieceRate", "task:rate", "dueOn", "task:dueOn"));
            taskDialogOpen = true;
            reload();
            return null;
        }
    }

    public String issueMaterials() {
        try {
            dispatch.issueMaterials(actor, workOrder, materialTask == null ? -1 : materialTask, material, amount, unit);
            return "/dispatch.xhtml?faces-redirect=true&workOrder=" + workOrder;
        } catch (RequestRefusedException refused) {
            show(refused, Map.of("material", "materials:material", "amount", "materials:amount", "unit", "materials:unit"));
            reload();
            return null;
        }
    }

    public String recordReturn() {
        try {
            dispatch.recordReturn(actor, workOrder, returnTask == null ? -1 : returnTask, accepted == null ? 0 : accepted,
                    rejected == null ? 0 : rejected, reason, null);
            return "/dispatch.xhtml?faces-redirect=true&workOrder=" + workOrder;
        } catch (RequestRefusedException refused) {
            show(refused, Map.of("accepted", "pieces:accepted", "rejected", "pieces:rejected", "rejectReason", "pieces:reason"));
            reload();
            return null;
        }
    }

    /** Shows the refusal next to the inputs; the texts are this page's own ({@code violation.dispatch.<field>}). */
    private static void show(RequestRefusedException refused, Map<String, String> inputs) {
        java.util.Map<String, String> prefixed = new java.util.HashMap<>();
        inputs.forEach((field, input) -> prefixed.put("dispatch." + field, input));
        FormMessages.show(new RequestRefusedException(refused.reason(), refused.getMessage(), refused.violations().stream()
                .map(v -> new cn.longyuan.market.application.FieldViolation("dispatch." + v.field(), v.message())).toList()), prefixed);
    }

    /** The input allows 2 decimals; anything finer is not an amount of money (refused as no rate). */
    private static Money money(BigDecimal value) {
        try {
            return Money.of(value);
        } catch (IllegalArgumentException e) {
            return Money.ZERO;
        }
    }

    public boolean isBroker() {
        return actor.is(Role.BROKER);
    }

    public boolean isMayOpen() {
        return actor.is(Role.BROKER) || actor.is(Role.COOP_MANAGER);
    }

    /** The broker's quotes whose work can be dispatched. */
    public List<Quote> getQuotes() {
        return actor.is(Role.BROKER) ? quotes.list(actor).stream()
                .filter(q -> q.status() == QuoteStatus.ACCEPTED || q.status() == QuoteStatus.ORDERED).toList() : List.of();
    }

    /** Products a work order may be for: any for sale for a broker, her cooperative's for a manager. */
    public List<CatalogQueries.ProductSummary> getProducts() {
        return catalog.products(null, null, null, 0, 100).items().stream()
                .filter(p -> !actor.is(Role.COOP_MANAGER) || p.cooperativeId() == actor.cooperativeId()).toList();
    }

    public List<PieceworkDispatch.TaskView> getOpenTasks() {
        return selected == null ? List.of() : selected.tasks().stream().filter(t -> t.status().isOpen()).toList();
    }

    public List<PieceworkDispatch.TaskView> getReturnableTasks() {
        return selected == null ? List.of() : selected.tasks().stream()
                .filter(t -> t.status() == cn.longyuan.market.domain.model.dispatch.TaskStatus.IN_PROGRESS).toList();
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
        return candidates == null ? List.of() : candidates;
    }

    public boolean isNotFound() {
        return notFound;
    }

    public boolean isTaskDialogOpen() {
        return taskDialogOpen;
    }

    public String getQuoteNumber() {
        return quoteNumber;
    }

    public void setQuoteNumber(String quoteNumber) {
        this.quoteNumber = quoteNumber;
    }

    public Long getProductId() {
        return productId;
    }

    public void setProductId(Long productId) {
        this.productId = productId;
    }

    public Integer getQuantity() {
        return quantity;
    }

    public void setQuantity(Integer quantity) {
        this.quantity = quantity;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public void setDueOn(LocalDate dueOn) {
        this.dueOn = dueOn;
    }

    public Long getArtisanId() {
        return artisanId;
    }

    public void setArtisanId(Long artisanId) {
        this.artisanId = artisanId;
    }

    public Integer getTaskQuantity() {
        return taskQuantity;
    }

    public void setTaskQuantity(Integer taskQuantity) {
        this.taskQuantity = taskQuantity;
    }

    public BigDecimal getPieceRate() {
        return pieceRate;
    }

    public void setPieceRate(BigDecimal pieceRate) {
        this.pieceRate = pieceRate;
    }

    public LocalDate getTaskDueOn() {
        return taskDueOn;
    }

    public void setTaskDueOn(LocalDate taskDueOn) {
        this.taskDueOn = taskDueOn;
    }

    public Long getMaterialTask() {
        return materialTask;
    }

    public void setMaterialTask(Long materialTask) {
        this.materialTask = materialTask;
    }

    public String getMaterial() {
        return material;
    }

    public void setMaterial(String material) {
        this.material = material;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public void setAmount(BigDecimal amount) {
        this.amount = amount;
    }

    public String getUnit() {
        return unit;
    }

    public void setUnit(String unit) {
        this.unit = unit;
    }

    public Long getReturnTask() {
        return returnTask;
    }

    public void setReturnTask(Long returnTask) {
        this.returnTask = returnTask;
    }

    public Integer getAccepted() {
        return accepted;
    }

    public void setAccepted(Integer accepted) {
        this.accepted = accepted;
    }

    public Integer getRejected() {
        return rejected;
    }

    public void setRejected(Integer rejected) {
        this.rejected = rejected;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}

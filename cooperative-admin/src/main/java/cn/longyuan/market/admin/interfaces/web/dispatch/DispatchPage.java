package cn.longyuan.market.admin.interfaces.web.dispatch;

import cn.longyuan.market.admin.interfaces.web.Postbacks;
import cn.longyuan.market.application.dispatch.PieceworkDispatch;
import cn.longyuan.market.application.security.Actor;
import cn.longyuan.market.application.shared.RequestRefusedException;
import cn.longyuan.market.domain.model.dispatch.WorkOrder;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Piecework dispatch: the caller's work orders, a new one (from an accepted quote or for a product), and one work
 * order with its tasks — a dialog to give part of the work to a trained woman (only trained women are offered),
 * materials issued to a task, and pieces returned and checked. Each form's fields live in their own form object;
 * what the new-work-order form offers is {@link NewWorkOrderChoices}.
 */
@Named
@RequestScoped
public class DispatchPage {

    @Inject
    private PieceworkDispatch dispatch;

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
        workOrder = Stream.of("workOrder", "task:workOrder", "materials:workOrder", "pieces:workOrder")
                .map(Postbacks::parameter)
                .filter(Objects::nonNull)
                .findFirst()
                .map(String::strip)
                .orElse(null);
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
            task.suggestDue(dispatch.suggestedTaskDue(selected));
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
        return submit(() -> dispatch.open(actor, newWorkOrder.request()), WorkOrderForm.INPUTS);
    }

    public String assign() {
        String outcome = submit(() -> dispatch.assign(actor, workOrder, task.request()), TaskForm.INPUTS);
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
                MaterialsForm.INPUTS);
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
                PiecesForm.INPUTS);
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
            DispatchMessages.show(refused, inputs);
            reload();
            return null;
        }
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

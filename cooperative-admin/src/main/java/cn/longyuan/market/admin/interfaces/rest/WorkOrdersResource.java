package cn.longyuan.market.admin.interfaces.rest;

import cn.longyuan.market.application.dispatch.PieceworkDispatch;
import cn.longyuan.market.application.security.Actor;
import cn.longyuan.market.application.shared.RequestRefusedException;
import cn.longyuan.market.domain.model.dispatch.MaterialIssue;
import cn.longyuan.market.domain.model.dispatch.PieceReturn;
import cn.longyuan.market.domain.model.dispatch.WorkOrder;
import cn.longyuan.market.domain.model.dispatch.WorkTask;
import cn.longyuan.market.domain.model.shared.Money;
import cn.longyuan.market.web.api.ApiTime;
import cn.longyuan.market.web.api.Ids;
import cn.longyuan.market.web.api.JsonBodies;
import cn.longyuan.market.web.api.JsonFields;
import cn.longyuan.market.web.api.JsonShape;
import cn.longyuan.market.web.api.RequestLocale;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

/**
 * Piecework dispatch: work orders, their tasks for trained artisans, materials issued and pieces returned.
 * Scoped by {@link PieceworkDispatch}: a broker's own work orders; a manager's own and her members' tasks.
 */
@Path("v1/work-orders")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class WorkOrdersResource {

    @Inject
    private PieceworkDispatch dispatch;

    @Inject
    private Actor actor;

    @Context
    private HttpHeaders headers;

    @Context
    private UriInfo uri;

    public record Material(String id, String material, String amount, String unit, String issuedBy, String issuedAt) {}

    public record Returned(
            String id,
            int accepted,
            int rejected,
            String reason,
            String batchId,
            String traceCode,
            String earned,
            String checkedBy,
            String checkedAt) {}

    public record Task(
            String id,
            String artisanId,
            String artisan,
            AdminJson.CooperativeRef cooperative,
            String productId,
            String product,
            int quantity,
            String pieceRate,
            String currency,
            String dueOn,
            String status,
            int accepted,
            int rejected,
            int outstanding,
            String earned,
            String cancelReason,
            List<Material> materials,
            List<Returned> returns) {}

    public record WorkOrderJson(
            String number,
            String owner,
            String quoteNumber,
            String productId,
            String product,
            String craft,
            int quantity,
            String dueOn,
            int accepted,
            int rejected,
            int toDispatch,
            String createdBy,
            String createdAt,
            List<Task> tasks) {}

    public record Candidate(
            String artisanId,
            String displayName,
            AdminJson.CooperativeRef cooperative,
            String level,
            String productId,
            String product) {}

    @GET
    @RolesAllowed({"FEDERATION", "COOP_MANAGER", "BROKER"})
    public List<WorkOrderJson> list(@QueryParam("lang") String lang) {
        Locale locale = RequestLocale.of(lang, headers);
        return dispatch.list(actor).stream().map(w -> json(w, locale)).toList();
    }

    /** Body: {@code {"quoteNumber"} (with {@code "productId"} when the quote has several lines) or {@code {"productId", "quantity"}}; {@code "dueOn"} optional. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"COOP_MANAGER", "BROKER"})
    public Response open(@QueryParam("lang") String lang, String body) {
        JsonObject json = JsonBodies.object(body, JsonShape.of("quoteNumber", "productId", "quantity", "dueOn"));
        JsonFields fields = new JsonFields();
        String quote = fields.string(json, "quoteNumber", "quoteNumber");
        Long productId = fields.id(json, "productId", "productId");
        Integer quantity = fields.integer(json, "quantity", "quantity", 0, WorkOrder.MAX_QUANTITY);
        var dueOn = fields.date(json, "dueOn", "dueOn");
        fields.throwIfAny();
        WorkOrder order = dispatch.open(actor, new PieceworkDispatch.NewWorkOrder(quote, productId, quantity, dueOn));
        return Response.created(
                        uri.getAbsolutePathBuilder().path(order.number()).build())
                .entity(json(dispatch.get(actor, order.number()), RequestLocale.of(lang, headers)))
                .build();
    }

    @GET
    @Path("{number}")
    @RolesAllowed({"FEDERATION", "COOP_MANAGER", "BROKER"})
    public WorkOrderJson get(@PathParam("number") String number, @QueryParam("lang") String lang) {
        return json(dispatch.get(actor, number), RequestLocale.of(lang, headers));
    }

    /** The women trained in the craft whom the caller may give this work to. */
    @GET
    @Path("{number}/candidates")
    @RolesAllowed({"COOP_MANAGER", "BROKER"})
    public List<Candidate> candidates(@PathParam("number") String number, @QueryParam("lang") String lang) {
        Locale locale = RequestLocale.of(lang, headers);
        return dispatch.candidates(actor, number).stream()
                .map(c -> new Candidate(
                        Ids.of(c.artisanId()),
                        c.displayName(),
                        new AdminJson.CooperativeRef(
                                Ids.of(c.cooperativeId()), c.cooperativeName().in(locale)),
                        c.level().name(),
                        Ids.of(c.productId()),
                        c.productName().in(locale)))
                .toList();
    }

    /** Body: {@code {"artisanId", "productId" (optional), "quantity", "pieceRate": "6.50", "dueOn"}}. */
    @POST
    @Path("{number}/tasks")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"COOP_MANAGER", "BROKER"})
    public Response assign(@PathParam("number") String number, @QueryParam("lang") String lang, String body) {
        JsonObject json =
                JsonBodies.object(body, JsonShape.of("artisanId", "productId", "quantity", "pieceRate", "dueOn"));
        JsonFields fields = new JsonFields();
        Long artisanId = fields.id(json, "artisanId", "artisanId");
        Long productId = fields.id(json, "productId", "productId");
        Integer quantity = fields.integer(json, "quantity", "quantity", 0, WorkOrder.MAX_QUANTITY);
        Money rate = money(fields, json, "pieceRate");
        var dueOn = fields.date(json, "dueOn", "dueOn");
        fields.throwIfAny();
        WorkTask task = dispatch.assign(
                actor, number, new PieceworkDispatch.NewTask(artisanId, productId, quantity, rate, dueOn));
        return Response.status(Response.Status.CREATED)
                .entity(task(number, task.id(), RequestLocale.of(lang, headers)))
                .build();
    }

    /** Body: {@code {"material": "丝线", "amount": "12.5", "unit": "卷"}}. */
    @POST
    @Path("{number}/tasks/{task}/materials")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"COOP_MANAGER", "BROKER"})
    public Response materials(
            @PathParam("number") String number,
            @PathParam("task") String taskId,
            @QueryParam("lang") String lang,
            String body) {
        JsonObject json = JsonBodies.object(body, JsonShape.of("material", "amount", "unit"));
        JsonFields fields = new JsonFields();
        String material = fields.string(json, "material", "material");
        BigDecimal amount = decimal(fields, json, "amount");
        String unit = fields.string(json, "unit", "unit");
        fields.throwIfAny();
        long id = taskId(number, taskId);
        MaterialIssue issue = dispatch.issueMaterials(actor, number, id, material, amount, unit);
        return Response.status(Response.Status.CREATED)
                .entity(new Material(
                        Ids.of(issue.id()),
                        issue.material(),
                        issue.amount().toPlainString(),
                        issue.unit(),
                        issue.issuedBy(),
                        ApiTime.instant(issue.issuedAt())))
                .build();
    }

    /** Body: {@code {"accepted", "rejected", "rejectReason" (when rejected > 0), "locationId" (optional: her cooperative's main place)}}. */
    @POST
    @Path("{number}/tasks/{task}/returns")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"COOP_MANAGER", "BROKER"})
    public Response returns(
            @PathParam("number") String number,
            @PathParam("task") String taskId,
            @QueryParam("lang") String lang,
            String body) {
        JsonObject json = JsonBodies.object(body, JsonShape.of("accepted", "rejected", "rejectReason", "locationId"));
        JsonFields fields = new JsonFields();
        Integer accepted = fields.integer(json, "accepted", "accepted", 0, WorkOrder.MAX_QUANTITY);
        Integer rejected = fields.integer(json, "rejected", "rejected", 0, WorkOrder.MAX_QUANTITY);
        String reason = fields.string(json, "rejectReason", "rejectReason");
        Long locationId = fields.id(json, "locationId", "locationId");
        fields.throwIfAny();
        long id = taskId(number, taskId);
        PieceReturn checked = dispatch.recordReturn(
                actor,
                number,
                id,
                accepted == null ? 0 : accepted,
                rejected == null ? 0 : rejected,
                reason,
                locationId);
        return Response.status(Response.Status.CREATED)
                .entity(task(number, checked.taskId(), RequestLocale.of(lang, headers)))
                .build();
    }

    /** Body: {@code {"reason"}}. */
    @POST
    @Path("{number}/tasks/{task}/cancel")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"COOP_MANAGER", "BROKER"})
    public Task cancel(
            @PathParam("number") String number,
            @PathParam("task") String taskId,
            @QueryParam("lang") String lang,
            String body) {
        JsonObject json = JsonBodies.object(body, JsonShape.of("reason"));
        JsonFields fields = new JsonFields();
        String reason = fields.string(json, "reason", "reason");
        fields.throwIfAny();
        long id = taskId(number, taskId);
        dispatch.cancel(actor, number, id, reason);
        return task(number, id, RequestLocale.of(lang, headers));
    }

    private static long taskId(String number, String text) {
        Long id = Ids.parse(text);
        if (id == null) {
            throw RequestRefusedException.notFound("No task " + text + " in work order " + number + ".");
        }
        return id;
    }

    private static Money money(JsonFields fields, JsonObject json, String name) {
        BigDecimal value = decimal(fields, json, name);
        if (value == null) {
            return null;
        }
        try {
            return Money.of(value);
        } catch (IllegalArgumentException e) {
            fields.add(name, "an amount in yuan with at most 2 decimals, e.g. \"6.50\" (" + e.getMessage() + ")");
            return null;
        }
    }

    private static BigDecimal decimal(JsonFields fields, JsonObject json, String name) {
        if (json == null || !json.containsKey(name) || json.isNull(name)) {
            return null;
        }
        JsonValue value = json.get(name);
        try {
            if (value instanceof JsonString s) {
                return new BigDecimal(s.getString().strip());
            }
            if (value instanceof JsonNumber n) {
                return n.bigDecimalValue();
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        fields.add(name, "must be a decimal number, e.g. \"12.50\"");
        return null;
    }

    private Task task(String number, long taskId, Locale locale) {
        return dispatch.get(actor, number).tasks().stream()
                .filter(t -> t.id() == taskId)
                .findFirst()
                .map(t -> task(t, locale))
                .orElseThrow(() -> RequestRefusedException.notFound("No task " + taskId + "."));
    }

    private static Task task(PieceworkDispatch.TaskView t, Locale locale) {
        return new Task(
                Ids.of(t.id()),
                Ids.of(t.artisanId()),
                t.artisanName(),
                new AdminJson.CooperativeRef(
                        Ids.of(t.cooperativeId()), t.cooperativeName().in(locale)),
                Ids.of(t.productId()),
                t.productName().in(locale),
                t.quantity(),
                t.pieceRate().toDecimalString(),
                Money.CURRENCY,
                ApiTime.date(t.dueOn()),
                t.status().name(),
                t.accepted(),
                t.rejected(),
                t.outstanding(),
                t.earned().toDecimalString(),
                t.cancelReason(),
                t.materials().stream()
                        .map(m -> new Material(
                                Ids.of(m.id()),
                                m.material(),
                                m.amount().toPlainString(),
                                m.unit(),
                                m.issuedBy(),
                                ApiTime.instant(m.issuedAt())))
                        .toList(),
                t.returns().stream()
                        .map(r -> new Returned(
                                Ids.of(r.id()),
                                r.accepted(),
                                r.rejected(),
                                r.reason(),
                                r.batchId() == null ? null : Ids.of(r.batchId()),
                                r.traceCode(),
                                r.earned().toDecimalString(),
                                r.checkedBy(),
                                ApiTime.instant(r.checkedAt())))
                        .toList());
    }

    private static WorkOrderJson json(PieceworkDispatch.WorkOrderView w, Locale locale) {
        return new WorkOrderJson(
                w.number(),
                w.owner(),
                w.quoteNumber(),
                Ids.of(w.productId()),
                w.productName().in(locale),
                w.craft(),
                w.quantity(),
                w.dueOn() == null ? null : ApiTime.date(w.dueOn()),
                w.accepted(),
                w.rejected(),
                w.toDispatch(),
                w.createdBy(),
                ApiTime.instant(w.createdAt()),
                w.tasks().stream().map(t -> task(t, locale)).toList());
    }
}

package cn.longyuan.market.admin.interfaces.rest;

import cn.longyuan.market.application.production.BatchQueries;
import cn.longyuan.market.application.production.PrintedDocuments;
import cn.longyuan.market.application.production.ProductionService;
import cn.longyuan.market.application.security.Actor;
import cn.longyuan.market.application.shared.RequestRefusedException;
import cn.longyuan.market.domain.model.production.ProductionBatch;
import cn.longyuan.market.web.api.ApiTime;
import cn.longyuan.market.web.api.Ids;
import cn.longyuan.market.web.api.JsonBodies;
import cn.longyuan.market.web.api.JsonFields;
import cn.longyuan.market.web.api.JsonShape;
import cn.longyuan.market.web.api.RequestLocale;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
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
import java.time.LocalDate;

/** A cooperative records what an artisan made; the pieces go into stock with a trace code. */
@Path("v1/production-batches")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class ProductionBatchesResource {

    @Inject
    private ProductionService production;

    @Inject
    private Actor actor;

    @Inject
    private cn.longyuan.market.application.production.BatchCorrections corrections;

    @Inject
    private BatchQueries batches;

    @Inject
    private PrintedDocuments documents;

    @Context
    private UriInfo uri;

    @Context
    private HttpHeaders headers;

    /** The caller's batches, newest first (federation staff: every cooperative's). */
    @GET
    @RolesAllowed({"FEDERATION", "COOP_MANAGER"})
    public java.util.List<MembersJson.Batch> list(@QueryParam("lang") String lang) {
        var locale = RequestLocale.of(lang, headers);
        return batches.visibleTo(actor).stream()
                .map(b -> MembersJson.batch(b, locale))
                .toList();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({"FEDERATION", "COOP_MANAGER"})
    public MembersJson.Batch one(@PathParam("id") String id, @QueryParam("lang") String lang) {
        return MembersJson.batch(batches.batch(actor, batchId(id)), RequestLocale.of(lang, headers));
    }

    /** A printable A4 sheet with one QR tag per piece of the batch. */
    @GET
    @Path("{id}/tags.pdf")
    @Produces({"application/pdf", MediaType.APPLICATION_JSON})
    @RolesAllowed({"FEDERATION", "COOP_MANAGER"})
    public Response tags(@PathParam("id") String id) {
        PrintedDocuments.Pdf pdf = documents.tagSheet(actor, batchId(id));
        return Response.ok(pdf.content(), "application/pdf")
                .header("Content-Disposition", "inline; filename=\"" + pdf.fileName() + "\"")
                .build();
    }

    /** A batch after a correction or a void. */
    public record BatchState(
            String id,
            String productId,
            String traceCode,
            int recordedQuantity,
            int quantity,
            int sold,
            boolean voided) {
        static BatchState of(cn.longyuan.market.application.production.BatchCorrections.BatchState state) {
            return new BatchState(
                    Ids.of(state.id()),
                    Ids.of(state.productId()),
                    state.traceCode(),
                    state.recordedQuantity(),
                    state.quantity(),
                    state.sold(),
                    state.voided());
        }
    }

    /** A wrong count put right: {@code {"quantity", "reason"}}, a compensating ledger entry; never below what is sold. */
    @POST
    @Path("{id}/correction")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("COOP_MANAGER")
    public BatchState correct(@PathParam("id") String id, String body) {
        long batch = batchId(id);
        JsonObject json = JsonBodies.object(body, JsonShape.of("quantity", "reason"));
        JsonFields fields = new JsonFields();
        Integer quantity = fields.integer(json, "quantity", "quantity", 0, ProductionService.MAX_BATCH);
        String reason = fields.string(json, "reason", "reason");
        if (!json.containsKey("quantity") && !fields.has("quantity")) {
            fields.add("quantity", "required");
        }
        fields.throwIfAny();
        return BatchState.of(corrections.correct(actor, batch, quantity, reason));
    }

    /** A batch that should not have been recorded: {@code {"reason"}}; its unsold pieces leave stock, it is kept. */
    @POST
    @Path("{id}/void")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("COOP_MANAGER")
    public BatchState voidBatch(@PathParam("id") String id, String body) {
        long batch = batchId(id);
        JsonObject json = JsonBodies.object(body, JsonShape.of("reason"));
        JsonFields fields = new JsonFields();
        String reason = fields.string(json, "reason", "reason");
        fields.throwIfAny();
        return BatchState.of(corrections.voidBatch(actor, batch, reason));
    }

    private static long batchId(String text) {
        Long id = Ids.parse(text);
        if (id == null) {
            throw RequestRefusedException.notFound("No batch " + text + ".");
        }
        return id;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("COOP_MANAGER")
    public Response record(String body) {
        JsonObject json =
                JsonBodies.object(body, JsonShape.of("productId", "artisanId", "quantity", "madeOn", "locationId"));
        JsonFields fields = new JsonFields();
        Long productId = fields.id(json, "productId", "productId");
        Long artisanId = fields.id(json, "artisanId", "artisanId");
        Integer quantity = fields.integer(json, "quantity", "quantity", 1, ProductionService.MAX_BATCH);
        LocalDate madeOn = fields.date(json, "madeOn", "madeOn");
        Long locationId = fields.id(json, "locationId", "locationId");
        for (String required : new String[] {"productId", "artisanId", "quantity", "madeOn"}) {
            if (!json.containsKey(required) && !fields.has(required)) {
                fields.add(required, "required");
            }
        }
        fields.throwIfAny();
        ProductionBatch batch = production.record(
                new ProductionService.RecordBatch(productId, artisanId, quantity, madeOn, locationId),
                actor.cooperativeScope(),
                actor.username());
        return Response.created(
                        uri.getAbsolutePathBuilder().path(Ids.of(batch.id())).build())
                .entity(new AdminJson.Batch(
                        Ids.of(batch.id()),
                        batch.traceCode().value(),
                        Ids.of(batch.product().id()),
                        Ids.of(batch.artisan().id()),
                        batch.quantity(),
                        ApiTime.date(batch.madeOn()),
                        Ids.of(batch.location().id())))
                .build();
    }
}

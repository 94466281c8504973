package cn.longyuan.market.admin.interfaces.rest;

import cn.longyuan.market.application.catalog.CatalogQueries;
import cn.longyuan.market.application.ordering.OrderDeliveries;
import cn.longyuan.market.application.security.Actor;
import cn.longyuan.market.web.api.JsonBodies;
import cn.longyuan.market.web.api.JsonFields;
import cn.longyuan.market.web.api.JsonShape;
import cn.longyuan.market.web.api.RequestLocale;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;

/**
 * Delivery confirmed: {@code {"deliveredOn": "YYYY-MM-DD"}} (optional: today). A manager confirms her shipped part;
 * the order's broker and federation staff every shipped part. Answers the order's summary.
 */
@Path("v1/orders/{number}/delivered")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class OrderDeliveryResource {

    @Inject
    private OrderDeliveries deliveries;

    @Inject
    private CatalogQueries catalog;

    @Inject
    private Actor actor;

    @Context
    private HttpHeaders headers;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"FEDERATION", "COOP_MANAGER", "BROKER"})
    public AdminJson.OrderSummary delivered(
            @PathParam("number") String number, @QueryParam("lang") String lang, String body) {
        JsonObject json = JsonBodies.optionalObject(body, JsonShape.of("deliveredOn"));
        JsonFields fields = new JsonFields();
        LocalDate deliveredOn = fields.date(json, "deliveredOn", "deliveredOn");
        fields.throwIfAny();
        return AdminJson.order(
                deliveries.confirmDelivered(actor, number, deliveredOn),
                catalog::cooperativeName,
                RequestLocale.of(lang, headers));
    }
}

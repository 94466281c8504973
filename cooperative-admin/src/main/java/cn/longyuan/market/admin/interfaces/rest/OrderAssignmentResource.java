package cn.longyuan.market.admin.interfaces.rest;

import cn.longyuan.market.application.brokerage.OrderAssignment;
import cn.longyuan.market.application.catalog.CatalogQueries;
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

/**
 * The order assigned to a broker: {@code {"broker": "<user name>"}}. Federation staff any order, a manager an order of
 * her cooperative alone. Answers the order's summary.
 */
@Path("v1/orders/{number}/broker")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class OrderAssignmentResource {

    @Inject
    private OrderAssignment assignment;

    @Inject
    private CatalogQueries catalog;

    @Inject
    private Actor actor;

    @Context
    private HttpHeaders headers;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"FEDERATION", "COOP_MANAGER"})
    public AdminJson.OrderSummary assign(
            @PathParam("number") String number, @QueryParam("lang") String lang, String body) {
        JsonObject json = JsonBodies.object(body, JsonShape.of("broker"));
        JsonFields fields = new JsonFields();
        String broker = fields.string(json, "broker", "broker");
        fields.throwIfAny();
        return AdminJson.order(
                assignment.assign(actor, number, broker), catalog::cooperativeName, RequestLocale.of(lang, headers));
    }
}

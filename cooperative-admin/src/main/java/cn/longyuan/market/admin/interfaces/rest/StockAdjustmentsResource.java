package cn.longyuan.market.admin.interfaces.rest;

import cn.longyuan.market.application.security.Actor;
import cn.longyuan.market.application.stock.StockOperations;
import cn.longyuan.market.application.stock.StockQueries;
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
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

/**
 * A cooperative's manager corrects her stock: {@code POST v1/stock-adjustments}
 * {@code {"productId", "locationId" (optional: main place), "delta", "reason" (required)}}; answers the product's
 * stock afterwards, as {@code GET v1/stock?productId=} does.
 */
@Path("v1/stock-adjustments")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class StockAdjustmentsResource {

    @Inject
    private StockOperations operations;

    @Inject
    private StockQueries stock;

    @Inject
    private Actor actor;

    @Context
    private HttpHeaders headers;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("COOP_MANAGER")
    public AdminJson.ProductStock adjust(@QueryParam("lang") String lang, String body) {
        JsonObject json = JsonBodies.object(body, JsonShape.of("productId", "locationId", "delta", "reason"));
        JsonFields fields = new JsonFields();
        Long productId = required(json, fields, "productId");
        Long locationId = fields.id(json, "locationId", "locationId");
        Integer delta = fields.integer(json, "delta", "delta", -100_000, 100_000);
        requirePresent(json, fields, "delta");
        String reason = fields.string(json, "reason", "reason");
        fields.throwIfAny();
        operations.adjust(actor, productId, locationId, delta, reason);
        return AdminJson.stock(stock.visibleTo(actor, productId).get(0), RequestLocale.of(lang, headers));
    }

    static Long required(JsonObject json, JsonFields fields, String name) {
        Long id = fields.id(json, name, name);
        requirePresent(json, fields, name);
        return id;
    }

    static void requirePresent(JsonObject json, JsonFields fields, String name) {
        if ((!json.containsKey(name) || json.isNull(name)) && !fields.has(name)) {
            fields.add(name, "required");
        }
    }
}

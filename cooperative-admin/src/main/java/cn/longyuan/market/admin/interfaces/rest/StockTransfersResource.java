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
 * A cooperative's manager moves pieces between her places: {@code POST v1/stock-transfers}
 * {@code {"productId", "fromLocationId", "toLocationId", "quantity", "reason" (optional)}}; answers the product's
 * stock afterwards.
 */
@Path("v1/stock-transfers")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class StockTransfersResource {

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
    public AdminJson.ProductStock transfer(@QueryParam("lang") String lang, String body) {
        JsonObject json = JsonBodies.object(
                body, JsonShape.of("productId", "fromLocationId", "toLocationId", "quantity", "reason"));
        JsonFields fields = new JsonFields();
        Long productId = StockAdjustmentsResource.required(json, fields, "productId");
        Long from = StockAdjustmentsResource.required(json, fields, "fromLocationId");
        Long to = StockAdjustmentsResource.required(json, fields, "toLocationId");
        Integer quantity = fields.integer(json, "quantity", "quantity", 0, 100_000);
        StockAdjustmentsResource.requirePresent(json, fields, "quantity");
        String reason = fields.string(json, "reason", "reason");
        fields.throwIfAny();
        operations.transfer(actor, productId, from, to, quantity, reason);
        return AdminJson.stock(stock.visibleTo(actor, productId).get(0), RequestLocale.of(lang, headers));
    }
}

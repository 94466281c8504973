package cn.longyuan.market.admin.interfaces.rest;

import cn.longyuan.market.application.RequestRefusedException;
import cn.longyuan.market.application.backoffice.StockQueries;
import cn.longyuan.market.application.security.Actor;
import cn.longyuan.market.web.api.Ids;
import cn.longyuan.market.web.api.RequestLocale;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** Stock per product and place: the caller's products, or one of them. */
@Path("v1/stock")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class StockResource {

    @Inject
    private StockQueries stock;

    @Inject
    private Actor actor;

    @Context
    private HttpHeaders headers;

    @GET
    @RolesAllowed({"FEDERATION", "COOP_MANAGER", "BROKER"})
    public List<AdminJson.ProductStock> list(
            @QueryParam("productId") String productId, @QueryParam("lang") String lang) {
        Long id = null;
        if (productId != null && !productId.isBlank()) {
            id = Ids.parse(productId.strip());
            if (id == null) {
                throw RequestRefusedException.notFound("No product " + productId + ".");
            }
        }
        var locale = RequestLocale.of(lang, headers);
        return stock.visibleTo(actor, id).stream()
                .map(s -> AdminJson.stock(s, locale))
                .toList();
    }
}

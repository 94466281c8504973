package cn.longyuan.market.admin.interfaces.rest;

import cn.longyuan.market.application.brokerage.QuoteService;
import cn.longyuan.market.application.security.Actor;
import cn.longyuan.market.application.shared.RequestRefusedException;
import cn.longyuan.market.domain.model.brokerage.WholesalePrice;
import cn.longyuan.market.domain.model.shared.Money;
import cn.longyuan.market.web.api.Ids;
import cn.longyuan.market.web.api.JsonBodies;
import cn.longyuan.market.web.api.JsonFields;
import cn.longyuan.market.web.api.JsonShape;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.List;

/** A product's wholesale price tiers, which quotes use: read by the back office, set by its cooperative. */
@Path("v1/wholesale-prices/{product}")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class WholesalePricesResource {

    @Inject
    private QuoteService quotes;

    @Inject
    private Actor actor;

    public record Tier(int minQuantity, String unitPrice, String currency) {}

    @GET
    @RolesAllowed({"FEDERATION", "COOP_MANAGER", "BROKER"})
    public List<Tier> read(@PathParam("product") String product) {
        return quotes.tiersVisibleTo(actor, productId(product)).stream()
                .map(WholesalePricesResource::tier)
                .toList();
    }

    /** Body: {@code {"tiers": [{"minQuantity": 50, "unitPrice": "55.00"}, ...]}}; replaces every tier ({@code []} removes them). */
    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"FEDERATION", "COOP_MANAGER"})
    public List<Tier> replace(@PathParam("product") String product, String body) {
        long id = productId(product);
        JsonObject json = JsonBodies.object(body, JsonShape.of("tiers[].minQuantity", "tiers[].unitPrice"));
        JsonFields fields = new JsonFields();
        JsonArray array = fields.array(json, "tiers", "tiers");
        if (array == null) {
            if (!fields.has("tiers")) {
                fields.add("tiers", "required: an array of {minQuantity, unitPrice}, [] for none");
            }
            fields.throwIfAny();
        }
        List<QuoteService.Tier> tiers = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            String path = "tiers[" + i + "]";
            if (!(array.get(i) instanceof JsonObject o)) {
                fields.add(path, "must be an object with minQuantity and unitPrice");
                continue;
            }
            Integer min = fields.integer(o, "minQuantity", path + ".minQuantity", 2, 999);
            String price = fields.string(o, "unitPrice", path + ".unitPrice");
            Money unitPrice = null;
            if (price != null) {
                try {
                    unitPrice = Money.parse(price);
                } catch (IllegalArgumentException e) {
                    fields.add(path + ".unitPrice", "a decimal string with at most two places, such as \"55.00\"");
                }
            }
            if (min == null && !fields.has(path + ".minQuantity")) {
                fields.add(path + ".minQuantity", "required");
            }
            if (unitPrice == null && !fields.has(path + ".unitPrice")) {
                fields.add(path + ".unitPrice", "required");
            }
            if (min != null && unitPrice != null) {
                tiers.add(new QuoteService.Tier(min, unitPrice));
            }
        }
        fields.throwIfAny();
        return quotes.setTiers(actor, id, tiers).stream()
                .map(WholesalePricesResource::tier)
                .toList();
    }

    private static long productId(String text) {
        Long id = Ids.parse(text);
        if (id == null) {
            throw RequestRefusedException.notFound("No product " + text + ".");
        }
        return id;
    }

    private static Tier tier(WholesalePrice w) {
        return new Tier(w.minQuantity(), w.unitPrice().toDecimalString(), Money.CURRENCY);
    }
}

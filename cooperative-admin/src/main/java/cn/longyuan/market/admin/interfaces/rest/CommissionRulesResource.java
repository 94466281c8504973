package cn.longyuan.market.admin.interfaces.rest;

import cn.longyuan.market.application.brokerage.Commissions;
import cn.longyuan.market.application.security.Actor;
import cn.longyuan.market.web.api.JsonBodies;
import cn.longyuan.market.web.api.JsonFields;
import cn.longyuan.market.web.api.JsonShape;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.List;

/**
 * A broker's commission rates (basis points of the sale: for everything, a cooperative, a product). Federation
 * staff set them, all at once; a broker reads her own.
 */
@Path("v1/commission-rules")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class CommissionRulesResource {

    @Inject
    private Commissions commissions;

    @Inject
    private Actor actor;

    @GET
    @Path("{broker}")
    @RolesAllowed({"FEDERATION", "BROKER"})
    public CommissionJson.Rates rules(@PathParam("broker") String broker) {
        return CommissionJson.rates(broker, commissions.rules(actor, broker));
    }

    /** Body {@code {"rules": [{"cooperativeId", "productId", "basisPoints"}]}}; an empty list removes every rate. */
    @PUT
    @Path("{broker}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("FEDERATION")
    public CommissionJson.Rates setRules(@PathParam("broker") String broker, String body) {
        JsonObject json = JsonBodies.object(
                body, JsonShape.of("rules[].cooperativeId", "rules[].productId", "rules[].basisPoints"));
        JsonFields fields = new JsonFields();
        JsonArray rules = fields.array(json, "rules", "rules");
        if (rules == null && !fields.has("rules")) {
            fields.add("rules", "required: a list, empty to remove every rate");
        }
        List<Commissions.RateInput> inputs = new ArrayList<>();
        if (rules != null) {
            for (int i = 0; i < rules.size(); i++) {
                String at = "rules[" + i + "].";
                JsonValue value = rules.get(i);
                if (!(value instanceof JsonObject rule)) {
                    fields.add("rules[" + i + "]", "must be an object");
                    continue;
                }
                inputs.add(new Commissions.RateInput(
                        fields.id(rule, "cooperativeId", at + "cooperativeId"),
                        fields.id(rule, "productId", at + "productId"),
                        fields.integer(rule, "basisPoints", at + "basisPoints", 0, 10_000)));
                if (!rule.containsKey("basisPoints") || rule.isNull("basisPoints")) {
                    fields.add(at + "basisPoints", "required: from 0 to 10000 (850 is 8.50 %)");
                }
            }
        }
        fields.throwIfAny();
        return CommissionJson.rates(broker, commissions.setRules(actor, broker, inputs));
    }
}

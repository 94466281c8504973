package cn.longyuan.market.admin.interfaces.rest;

import cn.longyuan.market.application.brokerage.Commissions;
import cn.longyuan.market.application.security.Actor;
import cn.longyuan.market.domain.model.brokerage.CommissionSettlement;
import cn.longyuan.market.web.api.JsonBodies;
import cn.longyuan.market.web.api.JsonFields;
import cn.longyuan.market.web.api.JsonShape;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;

/**
 * Federation staff close a month of a broker's commissions: {@code {"broker": "broker-li", "month": "2026-11"}}.
 * 409 when the month is already settled (or a later one is) or nothing is left to settle.
 */
@Path("v1/commission-settlements")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class CommissionSettlementsResource {

    @Inject
    private Commissions commissions;

    @Inject
    private Actor actor;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("FEDERATION")
    public Response settle(String body) {
        JsonObject json = JsonBodies.object(body, JsonShape.of("broker", "month"));
        JsonFields fields = new JsonFields();
        String broker = fields.string(json, "broker", "broker");
        String monthText = fields.string(json, "month", "month");
        if (broker == null || broker.isBlank()) {
            fields.add("broker", "required: the broker's user name");
        }
        YearMonth month = null;
        if (monthText == null) {
            fields.add("month", "required: YYYY-MM");
        } else {
            try {
                month = YearMonth.parse(monthText.strip());
            } catch (DateTimeParseException e) {
                fields.add("month", "a month YYYY-MM");
            }
        }
        fields.throwIfAny();
        CommissionSettlement settlement = commissions.settle(actor, broker, month);
        return Response.status(Response.Status.CREATED)
                .entity(CommissionJson.settlement(settlement, broker.strip()))
                .build();
    }
}

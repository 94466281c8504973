package cn.longyuan.market.admin.interfaces.rest;

import cn.longyuan.market.application.security.Actor;
import cn.longyuan.market.application.stock.StockOperations;
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
import java.time.Clock;

/**
 * {@code POST v1/place-retirements} {@code {"locationId"}}: a manager retires a place of her cooperative that holds
 * nothing (409 while it holds pieces: move them first); it stays in the history.
 */
@Path("v1/place-retirements")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class PlaceRetirementsResource {

    @Inject
    private StockOperations operations;

    @Inject
    private Actor actor;

    @Inject
    private Clock clock;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("COOP_MANAGER")
    public PlacesResource.Place retire(String body) {
        JsonObject json = JsonBodies.object(body, JsonShape.of("locationId"));
        JsonFields fields = new JsonFields();
        Long locationId = StockAdjustmentsResource.required(json, fields, "locationId");
        fields.throwIfAny();
        return PlacesResource.Place.of(operations.retirePlace(actor, locationId, clock.instant()));
    }
}

package cn.longyuan.market.admin.interfaces.rest;

import cn.longyuan.market.application.security.Actor;
import cn.longyuan.market.application.stock.StockOperations;
import cn.longyuan.market.web.api.ApiTime;
import cn.longyuan.market.web.api.Ids;
import cn.longyuan.market.web.api.JsonBodies;
import cn.longyuan.market.web.api.JsonFields;
import cn.longyuan.market.web.api.JsonShape;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * A manager's places: {@code GET v1/places} (retired ones too), {@code POST v1/places} {@code {"nameZh", "nameEn"}}
 * adds one ({@link PlaceRetirementsResource} retires one).
 */
@Path("v1/places")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class PlacesResource {

    @Inject
    private StockOperations operations;

    @Inject
    private Actor actor;

    /** A place: in use or retired (when), and the pieces it holds. */
    public record Place(
            String id, String nameZh, String nameEn, boolean main, boolean retired, String retiredAt, int onHand) {
        static Place of(StockOperations.PlaceRow row) {
            return new Place(
                    Ids.of(row.id()),
                    row.name().zh(),
                    row.name().en(),
                    row.main(),
                    row.retired(),
                    row.retiredAt() == null ? null : ApiTime.instant(row.retiredAt()),
                    row.onHand());
        }
    }

    @GET
    @RolesAllowed("COOP_MANAGER")
    public List<Place> list() {
        return operations.allPlaces(actor).stream().map(Place::of).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("COOP_MANAGER")
    public Response add(String body) {
        JsonObject json = JsonBodies.object(body, JsonShape.of("nameZh", "nameEn"));
        JsonFields fields = new JsonFields();
        String nameZh = fields.string(json, "nameZh", "nameZh");
        String nameEn = fields.string(json, "nameEn", "nameEn");
        fields.throwIfAny();
        Place place = Place.of(operations.addPlace(actor, nameZh, nameEn));
        return Response.status(Response.Status.CREATED).entity(place).build();
    }
}

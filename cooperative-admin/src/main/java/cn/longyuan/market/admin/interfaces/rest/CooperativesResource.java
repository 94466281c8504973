package cn.longyuan.market.admin.interfaces.rest;

import cn.longyuan.market.application.federation.CooperativeRegistry;
import cn.longyuan.market.application.security.Actor;
import cn.longyuan.market.application.security.Passwords;
import cn.longyuan.market.application.shared.RequestRefusedException;
import cn.longyuan.market.web.api.ApiTime;
import cn.longyuan.market.web.api.Ids;
import cn.longyuan.market.web.api.JsonBodies;
import cn.longyuan.market.web.api.JsonFields;
import cn.longyuan.market.web.api.JsonShape;
import cn.longyuan.market.web.api.RequestLocale;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;

/**
 * The federation's register of cooperatives: list, register (PENDING), approve, suspend. Only an APPROVED
 * cooperative's products are sold in the shop.
 */
@Path("v1/cooperatives")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class CooperativesResource {

    @Inject
    private CooperativeRegistry registry;

    @Inject
    private Actor actor;

    @Context
    private HttpHeaders headers;

    /** {@code managerSetPasswordLink}: only in the answer of the approval that made the manager's account. */
    public record Cooperative(
            String id,
            String name,
            String township,
            String status,
            String statusChangedBy,
            String statusChangedAt,
            long members,
            long publishedProducts,
            long version,
            String registeredBy,
            String managerUsername,
            String managerSetPasswordLink,
            String managerLinkExpiresAt,
            String townshipEn) {}

    @GET
    @RolesAllowed("FEDERATION")
    public List<Cooperative> list(@QueryParam("lang") String lang) {
        Locale locale = RequestLocale.of(lang, headers);
        return registry.all(actor).stream().map(e -> json(e, locale)).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("FEDERATION")
    public Response register(@QueryParam("lang") String lang, String body) {
        JsonObject json = JsonBodies.object(body, NEW_COOPERATIVE);
        JsonFields fields = new JsonFields();
        CooperativeRegistry.NewCooperative draft = new CooperativeRegistry.NewCooperative(
                fields.string(json, "nameZh", "nameZh"),
                fields.string(json, "nameEn", "nameEn"),
                fields.string(json, "township", "township"),
                fields.string(json, "storyZh", "storyZh"),
                fields.string(json, "storyEn", "storyEn"),
                fields.string(json, "mainPlace", "mainPlace"),
                fields.string(json, "managerUsername", "managerUsername"),
                fields.string(json, "managerName", "managerName"),
                fields.string(json, "townshipEn", "townshipEn"));
        fields.throwIfAny();
        long id = registry.register(actor, draft);
        return Response.status(Response.Status.CREATED)
                .entity(json(registry.one(actor, id), RequestLocale.of(lang, headers)))
                .build();
    }

    @POST
    @Path("{id}/approve")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("FEDERATION")
    public Cooperative approve(@PathParam("id") String id, @QueryParam("lang") String lang, String body) {
        JsonObject json = JsonBodies.optionalObject(body, APPROVAL);
        JsonFields fields = new JsonFields();
        String managerUsername = fields.string(json, "managerUsername", "managerUsername");
        String managerName = fields.string(json, "managerName", "managerName");
        Long version = version(json);
        fields.throwIfAny();
        CooperativeRegistry.Approval approval =
                registry.approve(actor, parse(id), version, managerUsername, managerName);
        return json(approval.cooperative(), RequestLocale.of(lang, headers), approval.managerLink());
    }

    @POST
    @Path("{id}/suspend")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("FEDERATION")
    public Cooperative suspend(@PathParam("id") String id, @QueryParam("lang") String lang, String body) {
        return json(
                registry.suspend(actor, parse(id), version(JsonBodies.optionalObject(body, JsonShape.of("version")))),
                RequestLocale.of(lang, headers));
    }

    private static final JsonShape NEW_COOPERATIVE = JsonShape.of(
            "nameZh",
            "nameEn",
            "township",
            "townshipEn",
            "storyZh",
            "storyEn",
            "mainPlace",
            "managerUsername",
            "managerName");
    private static final JsonShape APPROVAL = JsonShape.of("version", "managerUsername", "managerName");

    /** The optional {@code version} of a decision's body: the one the caller last read. */
    private static Long version(JsonObject json) {
        if (!json.containsKey("version") || json.isNull("version")) {
            return null;
        }
        if (!(json.get("version") instanceof JsonNumber number) || !number.isIntegral()) {
            throw RequestRefusedException.invalid("version", "a whole number");
        }
        return number.longValue();
    }

    private static long parse(String id) {
        Long parsed = Ids.parse(id);
        if (parsed == null) {
            throw RequestRefusedException.notFound("No cooperative " + id + ".");
        }
        return parsed;
    }

    private static Cooperative json(CooperativeRegistry.Entry e, Locale locale) {
        return json(e, locale, null);
    }

    private static Cooperative json(CooperativeRegistry.Entry e, Locale locale, Passwords.IssuedLink managerLink) {
        return new Cooperative(
                Ids.of(e.id()),
                e.name().in(locale),
                e.township(),
                e.status().name(),
                e.statusChangedBy(),
                e.statusChangedAt() == null ? null : ApiTime.instant(e.statusChangedAt()),
                e.members(),
                e.publishedProducts(),
                e.version(),
                e.registeredBy(),
                e.managerUsername(),
                AccountsResource.link(managerLink),
                managerLink == null ? null : ApiTime.instant(managerLink.expiresAt()),
                e.townshipEn());
    }
}

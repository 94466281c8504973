package cn.longyuan.market.admin.interfaces.rest;

import cn.longyuan.market.application.members.ArtisanDirectory;
import cn.longyuan.market.application.members.ArtisanRecords;
import cn.longyuan.market.application.security.Actor;
import cn.longyuan.market.application.shared.RequestRefusedException;
import cn.longyuan.market.web.api.Ids;
import cn.longyuan.market.web.api.JsonBodies;
import cn.longyuan.market.web.api.JsonFields;
import cn.longyuan.market.web.api.RequestLocale;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;

/** The caller's artisans; private data only for her cooperative's manager and federation staff. */
@Path("v1/artisans")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class ArtisansResource {

    @Inject
    private ArtisanDirectory directory;

    @Inject
    private Actor actor;

    @Inject
    private ArtisanRecords records;

    @Context
    private HttpHeaders headers;

    @Context
    private UriInfo uri;

    @GET
    @RolesAllowed({"FEDERATION", "COOP_MANAGER", "BROKER"})
    public List<AdminJson.Artisan> list(@QueryParam("lang") String lang) {
        var locale = RequestLocale.of(lang, headers);
        return directory.visibleTo(actor).stream()
                .map(e -> AdminJson.artisan(e, locale))
                .toList();
    }

    /** One artisan with her trainings and batches; private data (audited) for her manager and federation staff. */
    @GET
    @Path("{id}")
    @RolesAllowed({"FEDERATION", "COOP_MANAGER"})
    public MembersJson.MemberDetails details(@PathParam("id") String id) {
        return MembersJson.details(records.details(actor, artisanId(id)));
    }

    /** A new member of the manager's cooperative: 201 with her record. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("COOP_MANAGER")
    public Response create(String body) {
        JsonObject json = JsonBodies.object(body, MembersJson.ARTISAN);
        JsonFields fields = new JsonFields();
        ArtisanRecords.ArtisanForm form = MembersJson.artisanForm(json, fields);
        fields.throwIfAny();
        long id = records.create(actor, form);
        MembersJson.Member created = MembersJson.member(records.members(actor).stream()
                .filter(m -> m.id() == id)
                .findFirst()
                .orElseThrow());
        return Response.created(uri.getAbsolutePathBuilder().path(Ids.of(id)).build())
                .entity(created)
                .build();
    }

    /**
     * Saves her record as edited on {@code version} (required); 409 INVALID_STATE when someone else changed her
     * since. {@code "active": false} deactivates her.
     */
    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("COOP_MANAGER")
    public MembersJson.Member update(@PathParam("id") String id, String body) {
        long artisan = artisanId(id);
        JsonObject json = JsonBodies.object(body, MembersJson.ARTISAN_EDIT);
        JsonFields fields = new JsonFields();
        Integer version = fields.integer(json, "version", "version", -1, Integer.MAX_VALUE);
        if (!json.containsKey("version") && !fields.has("version")) {
            fields.add("version", "required: the version you edited");
        }
        ArtisanRecords.ArtisanForm form = MembersJson.artisanForm(json, fields);
        fields.throwIfAny();
        return MembersJson.member(records.update(actor, artisan, version, form));
    }

    private static long artisanId(String text) {
        Long id = Ids.parse(text);
        if (id == null) {
            throw RequestRefusedException.notFound("No artisan " + text + ".");
        }
        return id;
    }
}

package cn.longyuan.market.admin.interfaces.rest;

import cn.longyuan.market.application.security.Actor;
import cn.longyuan.market.application.security.Passwords;
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

/** Every back-office user changes her own password, with her current one. The one call open to a password to change. */
@Path("v1/account/password")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class OwnPasswordResource {

    /** The path the authentication mechanism lets through for an account whose given password must be changed. */
    public static final String PATH = "/api/v1/account/password";

    @Inject
    private Passwords passwords;

    @Inject
    private Actor actor;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"FEDERATION", "COOP_MANAGER", "BROKER"})
    public Changed change(String body) {
        JsonObject json = JsonBodies.object(body, JsonShape.of("currentPassword", "newPassword"));
        JsonFields fields = new JsonFields();
        String current = fields.string(json, "currentPassword", "currentPassword");
        String next = fields.string(json, "newPassword", "newPassword");
        if (current == null && !fields.has("currentPassword")) {
            fields.add("currentPassword", "required");
        }
        fields.throwIfAny();
        passwords.change(actor, current, next);
        return new Changed(actor.username(), false);
    }

    /** Whose password changed; she no longer has a password to change. */
    public record Changed(String username, boolean mustChangePassword) {}
}

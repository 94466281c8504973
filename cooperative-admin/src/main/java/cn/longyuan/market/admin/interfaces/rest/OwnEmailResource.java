package cn.longyuan.market.admin.interfaces.rest;

import cn.longyuan.market.application.security.AccountAdministration;
import cn.longyuan.market.application.security.AccountEmails;
import cn.longyuan.market.application.security.Actor;
import cn.longyuan.market.web.api.JsonBodies;
import cn.longyuan.market.web.api.JsonFields;
import cn.longyuan.market.web.api.JsonShape;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * Every back-office user sets her own e-mail address (where her notices go), with her current password;
 * {@code "email": null} or {@code ""} removes it.
 */
@Path("v1/account/email")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class OwnEmailResource {

    @Inject
    private AccountEmails emails;

    @Inject
    private Actor actor;

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"FEDERATION", "COOP_MANAGER", "BROKER"})
    public Changed change(String body) {
        JsonObject json = JsonBodies.object(body, JsonShape.of("currentPassword", "email"));
        JsonFields fields = new JsonFields();
        String current = fields.string(json, "currentPassword", "currentPassword");
        String email = fields.string(json, "email", "email");
        if (current == null && !fields.has("currentPassword")) {
            fields.add("currentPassword", "required");
        }
        if (!json.containsKey("email")) {
            fields.add("email", "required (null removes it)");
        }
        fields.throwIfAny();
        AccountAdministration.AccountView account = emails.changeOwn(actor, current, email);
        return new Changed(account.username(), account.email());
    }

    /** Whose address it is now; null: none. */
    public record Changed(String username, String email) {}
}

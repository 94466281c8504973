package cn.longyuan.market.admin.interfaces.rest;

import cn.longyuan.market.application.security.AccountAdministration;
import cn.longyuan.market.application.security.AccountEmails;
import cn.longyuan.market.application.security.Actor;
import cn.longyuan.market.application.security.Passwords;
import cn.longyuan.market.domain.model.cooperative.Role;
import cn.longyuan.market.web.api.ApiTime;
import cn.longyuan.market.web.api.Ids;
import cn.longyuan.market.web.api.JsonBodies;
import cn.longyuan.market.web.api.JsonFields;
import cn.longyuan.market.web.api.JsonShape;
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
import java.util.List;
import java.util.Locale;

/**
 * Federation staff keep the back-office accounts: list, create (with a set-password link, or a password she must
 * change), disable, enable, reset, change the role, set the e-mail address her notices go to. A link's token is in
 * the answer once and nowhere else.
 */
@Path("v1/accounts")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class AccountsResource {

    @Inject
    private AccountAdministration accounts;

    @Inject
    private AccountEmails emails;

    @Inject
    private Actor actor;

    @Context
    private HttpHeaders headers;

    public record Account(
            String id,
            String username,
            String displayName,
            String role,
            String cooperativeId,
            String cooperative,
            boolean active,
            boolean mustChangePassword,
            String createdAt,
            long version,
            String email) {}

    /** The account, and the link she sets her password with (relative to the public address), when she got one. */
    public record Issued(Account account, String setPasswordLink, String linkExpiresAt) {}

    @GET
    @RolesAllowed("FEDERATION")
    public List<Account> list(@QueryParam("lang") String lang) {
        Locale locale = RequestLocale.of(lang, headers);
        return accounts.all(actor).stream().map(a -> json(a, locale)).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("FEDERATION")
    public Response create(@QueryParam("lang") String lang, String body) {
        JsonObject json = JsonBodies.object(body, NEW_ACCOUNT);
        JsonFields fields = new JsonFields();
        AccountAdministration.NewAccount draft = new AccountAdministration.NewAccount(
                fields.string(json, "username", "username"),
                fields.string(json, "displayName", "displayName"),
                fields.enumValue(json, "role", "role", Role.class),
                fields.id(json, "cooperativeId", "cooperativeId"),
                fields.string(json, "password", "password"),
                fields.string(json, "email", "email"));
        fields.throwIfAny();
        return Response.status(Response.Status.CREATED)
                .entity(issued(accounts.create(actor, draft), RequestLocale.of(lang, headers)))
                .build();
    }

    @POST
    @Path("{username}/disable")
    @RolesAllowed("FEDERATION")
    public Account disable(@PathParam("username") String username, @QueryParam("lang") String lang) {
        return json(accounts.disable(actor, username), RequestLocale.of(lang, headers));
    }

    @POST
    @Path("{username}/enable")
    @RolesAllowed("FEDERATION")
    public Account enable(@PathParam("username") String username, @QueryParam("lang") String lang) {
        return json(accounts.enable(actor, username), RequestLocale.of(lang, headers));
    }

    @POST
    @Path("{username}/reset")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("FEDERATION")
    public Issued reset(@PathParam("username") String username, @QueryParam("lang") String lang, String body) {
        JsonObject json = JsonBodies.optionalObject(body, JsonShape.of("temporaryPassword"));
        JsonFields fields = new JsonFields();
        String temporary = fields.string(json, "temporaryPassword", "temporaryPassword");
        fields.throwIfAny();
        return issued(accounts.reset(actor, username, temporary), RequestLocale.of(lang, headers));
    }

    @PUT
    @Path("{username}/role")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("FEDERATION")
    public Account changeRole(@PathParam("username") String username, @QueryParam("lang") String lang, String body) {
        JsonObject json = JsonBodies.object(body, JsonShape.of("role", "cooperativeId"));
        JsonFields fields = new JsonFields();
        Role role = fields.enumValue(json, "role", "role", Role.class);
        Long cooperative = fields.id(json, "cooperativeId", "cooperativeId");
        if (role == null && !fields.has("role")) {
            fields.add("role", "required");
        }
        fields.throwIfAny();
        return json(accounts.changeRole(actor, username, role, cooperative), RequestLocale.of(lang, headers));
    }

    /** Sets or changes her address; {@code "email": null} or {@code ""} removes it (she gets no mail). */
    @PUT
    @Path("{username}/email")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("FEDERATION")
    public Account changeEmail(@PathParam("username") String username, @QueryParam("lang") String lang, String body) {
        JsonObject json = JsonBodies.object(body, JsonShape.of("email"));
        JsonFields fields = new JsonFields();
        String email = fields.string(json, "email", "email");
        if (!json.containsKey("email")) {
            fields.add("email", "required (null removes it)");
        }
        fields.throwIfAny();
        return json(emails.change(actor, username, email), RequestLocale.of(lang, headers));
    }

    private static final JsonShape NEW_ACCOUNT =
            JsonShape.of("username", "displayName", "role", "cooperativeId", "password", "email");

    static String link(Passwords.IssuedLink link) {
        return link == null ? null : "/admin/set-password.xhtml?token=" + link.token();
    }

    private static Issued issued(AccountAdministration.Issued issued, Locale locale) {
        return new Issued(
                json(issued.account(), locale),
                link(issued.link()),
                issued.link() == null ? null : ApiTime.instant(issued.link().expiresAt()));
    }

    private static Account json(AccountAdministration.AccountView a, Locale locale) {
        return new Account(
                Ids.of(a.id()),
                a.username(),
                a.displayName(),
                a.role().name(),
                a.cooperativeId() == null ? null : Ids.of(a.cooperativeId()),
                a.cooperativeName() == null ? null : a.cooperativeName().in(locale),
                a.active(),
                a.mustChangePassword(),
                ApiTime.instant(a.createdAt()),
                a.version(),
                a.email());
    }
}

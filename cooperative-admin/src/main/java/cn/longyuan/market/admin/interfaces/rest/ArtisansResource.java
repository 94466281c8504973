package cn.longyuan.market.admin.interfaces.rest;

import cn.longyuan.market.application.backoffice.ArtisanDirectory;
import cn.longyuan.market.application.security.Actor;
import cn.longyuan.market.web.api.RequestLocale;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

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

    @Context
    private HttpHeaders headers;

    @GET
    @RolesAllowed({"FEDERATION", "COOP_MANAGER", "BROKER"})
    public List<AdminJson.Artisan> list(@QueryParam("lang") String lang) {
        var locale = RequestLocale.of(lang, headers);
        return directory.visibleTo(actor).stream().map(e -> AdminJson.artisan(e, locale)).toList();
    }
}

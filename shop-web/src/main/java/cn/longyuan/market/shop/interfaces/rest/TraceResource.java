package cn.longyuan.market.shop.interfaces.rest;

import cn.longyuan.market.application.catalog.CatalogQueries;
import cn.longyuan.market.application.shared.RequestRefusedException;
import cn.longyuan.market.web.api.RequestLocale;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

/** The provenance behind a trace code printed on a piece's tag. */
@Path("v1/trace")
@Produces(MediaType.APPLICATION_JSON)
@ApplicationScoped // one instance: no request state is kept in it (headers come with each call)
public class TraceResource {

    @Inject
    private CatalogQueries catalog;

    @GET
    @Path("{code}")
    public PublicJson.Trace trace(
            @PathParam("code") String code, @QueryParam("lang") String lang, @Context HttpHeaders headers) {
        return catalog.trace(code)
                .map(t -> PublicJson.trace(t, RequestLocale.of(lang, headers)))
                .orElseThrow(() -> RequestRefusedException.notFound("No piece carries the trace code " + code + "."));
    }
}

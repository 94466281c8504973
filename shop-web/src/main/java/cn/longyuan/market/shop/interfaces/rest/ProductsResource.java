package cn.longyuan.market.shop.interfaces.rest;

import cn.longyuan.market.application.CatalogQueries;
import cn.longyuan.market.application.RequestRefusedException;
import cn.longyuan.market.web.api.Ids;
import cn.longyuan.market.web.api.Paging;
import cn.longyuan.market.web.api.RequestLocale;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import java.util.Locale;

/** The listed products: search and filter, and one product with its makers. */
@Path("v1/products")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class ProductsResource {

    @Inject
    private CatalogQueries catalog;

    @Context
    private HttpHeaders headers;

    @GET
    public PublicJson.Page<PublicJson.ProductItem> list(@QueryParam("q") String q, @QueryParam("craft") String craft,
                                                        @QueryParam("cooperative") String cooperative,
                                                        @QueryParam("page") String page, @QueryParam("size") String size,
                                                        @QueryParam("lang") String lang) {
        Paging paging = Paging.of(page, size);
        Long cooperativeId = null;
        if (cooperative != null && !cooperative.isBlank()) {
            cooperativeId = Ids.parse(cooperative.strip());
            if (cooperativeId == null) {
                throw RequestRefusedException.invalid("cooperative", "not a valid id");
            }
        }
        if (q != null && q.length() > 100) {
            throw RequestRefusedException.invalid("q", "at most 100 characters");
        }
        Locale locale = RequestLocale.of(lang, headers);
        CatalogQueries.ProductPage result = catalog.products(q, craft, cooperativeId, paging.page(), paging.size());
        return new PublicJson.Page<>(result.items().stream().map(p -> PublicJson.item(p, locale)).toList(), result.total());
    }

    @GET
    @Path("{id}")
    public PublicJson.ProductDetail one(@PathParam("id") String id, @QueryParam("lang") String lang) {
        Long productId = Ids.parse(id);
        CatalogQueries.ProductDetail detail = (productId == null ? java.util.Optional.<CatalogQueries.ProductDetail>empty()
                : catalog.product(productId))
                .orElseThrow(() -> RequestRefusedException.notFound("No product " + id + " is listed."));
        return PublicJson.detail(detail, RequestLocale.of(lang, headers));
    }
}

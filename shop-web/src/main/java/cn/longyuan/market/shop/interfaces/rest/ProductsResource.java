package cn.longyuan.market.shop.interfaces.rest;

import cn.longyuan.market.application.catalog.CatalogProfiles;
import cn.longyuan.market.application.catalog.CatalogQueries;
import cn.longyuan.market.application.search.CatalogSearch;
import cn.longyuan.market.application.search.SearchRequest;
import cn.longyuan.market.application.shared.RequestRefusedException;
import cn.longyuan.market.web.api.Ids;
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
import java.util.Locale;

/** The listed products: search and filter, and one product with its makers. */
@Path("v1/products")
@Produces(MediaType.APPLICATION_JSON)
@ApplicationScoped // one instance: no request state is kept in it (headers come with each call)
public class ProductsResource {

    @Inject
    private CatalogQueries catalog;

    @Inject
    private CatalogSearch search;

    @Inject
    private CatalogProfiles profiles;

    /**
     * Search and filter the listed products: {@code q} in Chinese or English, ranked by relevance; {@code craft},
     * {@code cooperative}, {@code township}, {@code minPrice}/{@code maxPrice} (yuan, inclusive), {@code inStock=true};
     * {@code sort} relevance (default with words) / newest (default without) / price-asc / price-desc; paging.
     * Words are also found by pinyin, with a typo and by a craft's name in the other language; an empty answer
     * names words that find something instead ({@code suggestions}).
     */
    @GET
    public PublicJson.ProductPage list(
            @QueryParam("q") String q,
            @QueryParam("craft") String craft,
            @QueryParam("cooperative") String cooperative,
            @QueryParam("township") String township,
            @QueryParam("minPrice") String minPrice,
            @QueryParam("maxPrice") String maxPrice,
            @QueryParam("inStock") String inStock,
            @QueryParam("sort") String sort,
            @QueryParam("page") String page,
            @QueryParam("size") String size,
            @QueryParam("lang") String lang,
            @Context HttpHeaders headers) {
        SearchRequest request = SearchParameters.parse(
                q,
                craft,
                cooperative,
                township,
                minPrice,
                maxPrice,
                inStock,
                sort,
                page,
                size,
                code -> profiles.craft(code).isPresent());
        Locale locale = RequestLocale.of(lang, headers);
        CatalogSearch.Found result = search.find(request);
        return new PublicJson.ProductPage(
                result.items().stream().map(p -> PublicJson.item(p, locale)).toList(),
                result.total(),
                result.suggestions());
    }

    @GET
    @Path("{id}")
    public PublicJson.ProductDetail one(
            @PathParam("id") String id, @QueryParam("lang") String lang, @Context HttpHeaders headers) {
        Long productId = Ids.parse(id);
        CatalogQueries.ProductDetail detail = (productId == null
                        ? java.util.Optional.<CatalogQueries.ProductDetail>empty()
                        : catalog.product(productId))
                .orElseThrow(() -> RequestRefusedException.notFound("No product " + id + " is listed."));
        return PublicJson.detail(detail, RequestLocale.of(lang, headers));
    }
}

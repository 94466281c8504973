package cn.longyuan.market.admin.interfaces.rest;

import cn.longyuan.market.application.catalog.CatalogQueries;
import cn.longyuan.market.application.security.Actor;
import cn.longyuan.market.application.shared.FieldViolation;
import cn.longyuan.market.application.shared.ListFilters;
import cn.longyuan.market.application.shared.RequestRefusedException;
import cn.longyuan.market.application.stock.StockFilter;
import cn.longyuan.market.application.stock.StockList;
import cn.longyuan.market.web.api.Ids;
import cn.longyuan.market.web.api.Paging;
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
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Stock per product and place, {@code GET /admin/api/v1/stock?q=&craft=&cooperative=&place=&level=&productId=&page=
 * &size=}: as the contract has it, an array of the caller's products (a manager her cooperative's, federation staff
 * and brokers every one) — all of them, or one page when {@code page} or {@code size} is given — with how many the
 * filters keep in {@value #TOTAL}. Every wrong parameter is named in one 400; a product the caller may not see is 404.
 */
@Path("v1/stock")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class StockResource {

    @Inject
    private StockList stock;

    @Inject
    private CatalogQueries catalog;

    @Inject
    private Actor actor;

    @Context
    private HttpHeaders headers;

    /** The header that says how many products the filters keep, whether one page or all of them is answered. */
    static final String TOTAL = "X-Total-Count";

    /** A product's stock as the contract has it, with its cooperative, craft and low-stock threshold (0: none). */
    public record Item(
            String productId,
            String name,
            AdminJson.CooperativeRef cooperative,
            String craft,
            int lowStockThreshold,
            boolean low,
            int onHand,
            int reserved,
            int available,
            List<AdminJson.PlaceStock> locations) {}

    @GET
    @RolesAllowed({"FEDERATION", "COOP_MANAGER", "BROKER"})
    public Response list(
            @QueryParam("productId") String productId,
            @QueryParam("q") String q,
            @QueryParam("craft") String craft,
            @QueryParam("cooperative") String cooperative,
            @QueryParam("place") String place,
            @QueryParam("level") String level,
            @QueryParam("page") String page,
            @QueryParam("size") String size,
            @QueryParam("lang") String lang) {
        Long id = null;
        if (productId != null && !productId.isBlank()) {
            id = Ids.parse(productId.strip());
            if (id == null) {
                // an id that names nothing, as the contract answers it
                throw RequestRefusedException.notFound("No product " + productId + ".");
            }
        }
        List<FieldViolation> violations = new ArrayList<>();
        StockFilter filter = StockFilter.read(q, craft, cooperative, place, level, violations)
                .withProduct(id);
        Paging paging = Paging.read(page, size, violations);
        ListFilters.refuseIfAny(violations, "The stock list's parameters are wrong.");
        Locale locale = RequestLocale.of(lang, headers);
        StockList.StockPage result = isBlank(page) && isBlank(size)
                ? every(filter)
                : stock.page(actor, filter, paging.page() * paging.size(), paging.size());
        List<Item> items = result.items().stream().map(r -> item(r, locale)).toList();
        return Response.ok(items).header(TOTAL, result.total()).build();
    }

    /** The contract's answer without paging: every product the filters keep, read a bounded page at a time. */
    private StockList.StockPage every(StockFilter filter) {
        List<StockList.StockRow> rows = new ArrayList<>();
        long total;
        do {
            StockList.StockPage chunk = stock.page(actor, filter, rows.size(), StockList.MAX_PAGE);
            rows.addAll(chunk.items());
            total = chunk.total();
            if (chunk.items().isEmpty()) {
                break;
            }
        } while (rows.size() < total);
        return new StockList.StockPage(rows, total);
    }

    private static boolean isBlank(String parameter) {
        return parameter == null || parameter.isBlank();
    }

    private Item item(StockList.StockRow row, Locale locale) {
        AdminJson.ProductStock s = AdminJson.stock(row.stock(), locale);
        long cooperative = row.stock().cooperativeId();
        return new Item(
                s.productId(),
                s.name(),
                new AdminJson.CooperativeRef(
                        Ids.of(cooperative),
                        catalog.cooperativeName(cooperative).in(locale)),
                row.craft(),
                row.threshold(),
                row.low(),
                s.onHand(),
                s.reserved(),
                s.available(),
                s.locations());
    }
}

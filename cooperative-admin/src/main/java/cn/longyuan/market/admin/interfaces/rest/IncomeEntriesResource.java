package cn.longyuan.market.admin.interfaces.rest;

import cn.longyuan.market.application.catalog.CatalogQueries;
import cn.longyuan.market.application.income.IncomeEntries;
import cn.longyuan.market.application.income.IncomeFilter;
import cn.longyuan.market.application.security.Actor;
import cn.longyuan.market.application.shared.FieldViolation;
import cn.longyuan.market.application.shared.ListFilters;
import cn.longyuan.market.domain.model.shared.Money;
import cn.longyuan.market.web.api.ApiTime;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The income ledger's entries, {@code GET /admin/api/v1/income-entries?artisan=&kind=&from=&to=&cooperative=&product=
 * &page=&size=}: a manager her cooperative's, federation staff every one, newest first. Every wrong parameter is
 * named in one 400. Amounts are signed as they count (a reversal negative, a piece rate no sale).
 */
@Path("v1/income-entries")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class IncomeEntriesResource {

    @Inject
    private IncomeEntries entries;

    @Inject
    private CatalogQueries catalog;

    @Inject
    private Actor actor;

    @Context
    private HttpHeaders headers;

    public record Entry(
            String id,
            String at,
            String kind,
            String artisanId,
            String artisan,
            AdminJson.CooperativeRef cooperative,
            String reference,
            String productId,
            String product,
            int quantity,
            String sale,
            String artisanShare,
            String cooperativeShare,
            String currency,
            String traceCode) {}

    @GET
    @RolesAllowed({"FEDERATION", "COOP_MANAGER"})
    public AdminJson.Page<Entry> list(
            @QueryParam("artisan") String artisan,
            @QueryParam("kind") String kind,
            @QueryParam("from") String from,
            @QueryParam("to") String to,
            @QueryParam("cooperative") String cooperative,
            @QueryParam("product") String product,
            @QueryParam("page") String page,
            @QueryParam("size") String size,
            @QueryParam("lang") String lang) {
        List<FieldViolation> violations = new ArrayList<>();
        IncomeFilter filter = IncomeFilter.read(artisan, kind, from, to, cooperative, product, violations);
        Paging paging = Paging.read(page, size, violations);
        ListFilters.refuseIfAny(violations, "The income list's parameters are wrong.");
        Locale locale = RequestLocale.of(lang, headers);
        IncomeEntries.EntryPage result = entries.page(actor, filter, paging.page() * paging.size(), paging.size());
        return new AdminJson.Page<>(
                result.items().stream().map(e -> json(e, locale)).toList(), result.total());
    }

    private Entry json(IncomeEntries.EntryRow e, Locale locale) {
        return new Entry(
                String.valueOf(e.id()),
                ApiTime.instant(e.at()),
                e.kind().name(),
                e.artisanId() == null ? null : String.valueOf(e.artisanId()),
                e.artisan(),
                new AdminJson.CooperativeRef(
                        String.valueOf(e.cooperativeId()),
                        catalog.cooperativeName(e.cooperativeId()).in(locale)),
                e.reference(),
                String.valueOf(e.productId()),
                e.product().in(locale),
                e.quantity(),
                e.signedSale(),
                e.signedArtisanShare(),
                e.signedCooperativeShare(),
                Money.CURRENCY,
                e.traceCode());
    }
}

package cn.longyuan.market.admin.interfaces.rest;

import cn.longyuan.market.admin.interfaces.PhraseTexts;
import cn.longyuan.market.application.audit.AuditTrail;
import cn.longyuan.market.application.security.Actor;
import cn.longyuan.market.web.api.ApiTime;
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

/**
 * The audit trail, federation staff only: {@code GET /admin/api/v1/audit?user=&action=&from=&to=&page=&size=},
 * newest first, each change also said in the asked language ({@code changeText}: {@code ?lang=}, Accept-Language). A
 * wrong parameter is 400 {@code VALIDATION} naming it.
 */
@Path("v1/audit")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class AuditResource {

    @Inject
    private AuditTrail trail;

    @Inject
    private Actor actor;

    @Context
    private HttpHeaders headers;

    public record Entry(
            String id,
            String actor,
            String action,
            String subjectType,
            String subjectId,
            String detail,
            String before,
            String after,
            String changeText,
            String occurredAt) {}

    @GET
    @RolesAllowed("FEDERATION")
    public AdminJson.Page<Entry> entries(
            @QueryParam("user") String user,
            @QueryParam("action") String action,
            @QueryParam("from") String from,
            @QueryParam("to") String to,
            @QueryParam("page") String page,
            @QueryParam("size") String size,
            @QueryParam("lang") String lang) {
        AuditTrail.Filter filter = AuditTrail.Filter.parse(user, action, from, to);
        Paging paging = Paging.of(page, size);
        PhraseTexts texts = PhraseTexts.in(RequestLocale.of(lang, headers));
        AuditTrail.Page result = trail.page(actor, filter, paging.page() * paging.size(), paging.size());
        return new AdminJson.Page<>(
                result.items().stream()
                        .map(r -> new Entry(
                                Ids.of(r.id()),
                                r.actor(),
                                r.action(),
                                r.subjectType(),
                                Ids.of(r.subjectId()),
                                r.detail(),
                                r.before(),
                                r.after(),
                                r.detail() == null ? null : texts.auditChange(r.action(), r.detail()),
                                ApiTime.instant(r.occurredAt())))
                        .toList(),
                result.total());
    }
}

package cn.longyuan.market.admin.interfaces.rest;

import cn.longyuan.market.application.imports.DataImport;
import cn.longyuan.market.application.imports.ImportKind;
import cn.longyuan.market.application.imports.ImportReport;
import cn.longyuan.market.application.security.Actor;
import cn.longyuan.market.application.shared.FieldViolation;
import cn.longyuan.market.application.shared.RequestRefusedException;
import cn.longyuan.market.application.shared.RequestRefusedException.Reason;
import cn.longyuan.market.web.api.Ids;
import cn.longyuan.market.web.api.RequestLocale;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
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
 * {@code POST /admin/api/v1/imports/{kind}?dryRun=&cooperative=} with the file as the body (CSV in UTF-8, or an .xlsx
 * workbook, told apart by its first bytes whatever the Content-Type says): the dry run answers the per-row report
 * (200, bad rows included); otherwise every row is written (201 with the counts) or none (400 naming
 * {@code rows[n].column} for each bad row). The RequestGuardFilter answers 413 to a body over 1 MB before it is read.
 */
@Path("v1/imports")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class ImportsResource {

    @Inject
    private DataImport imports;

    @Inject
    private Actor actor;

    @Context
    private HttpHeaders headers;

    public record Cooperative(String id, String name) {}

    public record Problem(int row, String column, String code, String message) {}

    public record Accepted(int row, String summary) {}

    public record Report(
            String kind,
            Cooperative cooperative,
            boolean dryRun,
            boolean written,
            int rows,
            int created,
            List<Integer> badRows,
            List<Problem> problems,
            List<Accepted> accepted) {}

    @POST
    @Path("{kind}")
    @RolesAllowed({"FEDERATION", "COOP_MANAGER"})
    public Response importFile(
            @PathParam("kind") String kind,
            @QueryParam("dryRun") String dryRun,
            @QueryParam("cooperative") String cooperative,
            @QueryParam("lang") String lang,
            byte[] body) {
        List<FieldViolation> violations = new ArrayList<>();
        ImportKind importKind = ImportKind.ofPath(kind).orElse(null);
        boolean dry = "true".equalsIgnoreCase(dryRun);
        if (dryRun != null && !dryRun.isBlank() && !dry && !"false".equalsIgnoreCase(dryRun)) {
            violations.add(new FieldViolation("dryRun", "true or false"));
        }
        Long cooperativeId = null;
        if (cooperative != null && !cooperative.isBlank()) {
            cooperativeId = Ids.parse(cooperative);
            if (cooperativeId == null) {
                violations.add(new FieldViolation("cooperative", "not an id"));
            }
        }
        if (importKind == null) {
            throw new RequestRefusedException(
                    Reason.NOT_FOUND,
                    "No import of that kind: products, artisans or opening-stock.",
                    List.of(new FieldViolation("kind", "products, artisans or opening-stock")));
        }
        if (!violations.isEmpty()) {
            throw new RequestRefusedException(Reason.VALIDATION, "The import's parameters are wrong.", violations);
        }
        Locale locale = RequestLocale.of(lang, headers);
        if (dry) {
            return Response.ok(json(imports.check(actor, importKind, cooperativeId, body), true, locale))
                    .build();
        }
        return Response.status(Response.Status.CREATED)
                .entity(json(imports.importFile(actor, importKind, cooperativeId, body), false, locale))
                .build();
    }

    static Report json(ImportReport report, boolean dryRun, Locale locale) {
        return new Report(
                report.kind().path(),
                new Cooperative(Ids.of(report.cooperativeId()), report.cooperative(locale)),
                dryRun,
                report.written(),
                report.rows(),
                report.isClean() ? report.accepted().size() : 0,
                report.badRows(),
                report.problems().stream()
                        .map(p -> new Problem(p.row(), p.column(), p.code(), p.message()))
                        .toList(),
                report.accepted().stream()
                        .map(a -> new Accepted(a.row(), a.summary()))
                        .toList());
    }
}

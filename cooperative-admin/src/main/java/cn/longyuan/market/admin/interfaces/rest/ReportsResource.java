package cn.longyuan.market.admin.interfaces.rest;

import cn.longyuan.market.admin.interfaces.report.ReportFiles;
import cn.longyuan.market.admin.interfaces.report.ReportParameters;
import cn.longyuan.market.application.report.ChainReport;
import cn.longyuan.market.application.security.Actor;
import cn.longyuan.market.application.shared.RequestRefusedException;
import cn.longyuan.market.domain.model.shared.Money;
import cn.longyuan.market.web.api.ApiTime;
import cn.longyuan.market.web.api.Ids;
import cn.longyuan.market.web.api.RequestLocale;
import jakarta.annotation.security.RolesAllowed;
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
import java.util.List;
import java.util.Locale;

/**
 * The federation's chain report: {@code GET /admin/api/v1/reports/chain?from=&to=&course=&township=&cooperative=&group=}
 * and a course's trainees, {@code GET /admin/api/v1/reports/chain/courses/{course}}. Amounts are decimal strings in
 * CNY; a period's figures may be negative when more came back than was sold in it.
 */
@Path("v1/reports/chain")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class ReportsResource {

    @Inject
    private ChainReport chainReport;

    @Inject
    private Actor actor;

    @Context
    private HttpHeaders headers;

    public record Figures(
            int womenTrained,
            int womenProduced,
            long piecesMade,
            long piecesSold,
            String sales,
            String income,
            String currency) {
        static Figures of(ChainReport.Figures f) {
            return new Figures(
                    f.womenTrained(),
                    f.womenProduced(),
                    f.piecesMade(),
                    f.piecesSold(),
                    ReportFiles.amount(f.salesFen()),
                    ReportFiles.amount(f.incomeFen()),
                    Money.CURRENCY);
        }
    }

    public record Row(String key, String label, String course, String craft, Figures all, Figures registeredPoor) {}

    public record Chain(
            String from,
            String to,
            String course,
            String township,
            String cooperative,
            String group,
            List<Row> rows,
            Figures total,
            Figures totalRegisteredPoor) {}

    public record Trainee(
            String artisanId,
            String displayName,
            String realName,
            String cooperative,
            String township,
            String household,
            String completedOn,
            String level,
            int batches,
            long piecesMade,
            long piecesSold,
            String sales,
            String income) {}

    public record Course(
            String id,
            String title,
            String craft,
            String from,
            String to,
            Figures all,
            Figures registeredPoor,
            List<Trainee> trainees) {}

    @GET
    @RolesAllowed("FEDERATION")
    public Chain chain(
            @QueryParam("from") String from,
            @QueryParam("to") String to,
            @QueryParam("course") String course,
            @QueryParam("township") String township,
            @QueryParam("cooperative") String cooperative,
            @QueryParam("group") String group,
            @QueryParam("lang") String lang) {
        Locale locale = RequestLocale.of(lang, headers);
        ReportParameters parameters =
                ReportParameters.parse(chainReport, from, to, course, township, cooperative, group);
        ChainReport.Report report = chainReport.report(actor, parameters.filter(), parameters.grouping());
        ChainReport.Filter f = report.filter();
        return new Chain(
                ApiTime.date(f.from()),
                ApiTime.date(f.to()),
                f.courseId() == null ? null : Ids.of(f.courseId()),
                f.township(),
                f.cooperativeId() == null ? null : Ids.of(f.cooperativeId()),
                report.grouping().name(),
                report.rows().stream()
                        .map(r -> new Row(
                                r.key(),
                                r.label().in(locale),
                                r.courseId() == null ? null : Ids.of(r.courseId()),
                                r.craft(),
                                Figures.of(r.all()),
                                Figures.of(r.poor())))
                        .toList(),
                Figures.of(report.total()),
                Figures.of(report.totalPoor()));
    }

    @GET
    @Path("courses/{course}")
    @RolesAllowed("FEDERATION")
    public Course course(
            @PathParam("course") String course,
            @QueryParam("from") String from,
            @QueryParam("to") String to,
            @QueryParam("township") String township,
            @QueryParam("cooperative") String cooperative,
            @QueryParam("lang") String lang) {
        Long id = Ids.parse(course);
        if (id == null) {
            throw RequestRefusedException.notFound("No training course " + course + ".");
        }
        Locale locale = RequestLocale.of(lang, headers);
        ReportParameters parameters = ReportParameters.parse(chainReport, from, to, null, township, cooperative, null);
        ChainReport.CourseDetail detail = chainReport.course(actor, id, parameters.filter());
        return new Course(
                Ids.of(detail.courseId()),
                detail.title().in(locale),
                detail.craft(),
                ApiTime.date(detail.filter().from()),
                ApiTime.date(detail.filter().to()),
                Figures.of(detail.all()),
                Figures.of(detail.poor()),
                detail.trainees().stream()
                        .map(t -> new Trainee(
                                Ids.of(t.artisanId()),
                                t.displayName(),
                                t.realName(),
                                t.cooperative().in(locale),
                                t.township(),
                                t.household().name(),
                                ApiTime.date(t.completedOn()),
                                t.level().name(),
                                t.batches(),
                                t.piecesMade(),
                                t.piecesSold(),
                                ReportFiles.amount(t.salesFen()),
                                ReportFiles.amount(t.incomeFen())))
                        .toList());
    }
}

package cn.longyuan.market.admin.interfaces.web.federation;

import cn.longyuan.market.admin.interfaces.report.ReportFiles;
import cn.longyuan.market.admin.interfaces.report.ReportParameters;
import cn.longyuan.market.admin.interfaces.web.PageMessages;
import cn.longyuan.market.application.report.ChainReport;
import cn.longyuan.market.application.report.ChainReport.Row;
import cn.longyuan.market.application.security.Actor;
import cn.longyuan.market.application.shared.RequestRefusedException;
import cn.longyuan.market.web.i18n.LanguagePreference;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * The chain report page ({@code /admin/report.xhtml}, federation staff only — web.xml and the service): its filters
 * are the page's GET parameters, so a report can be bookmarked and its files fetched with the same ones.
 */
@Named
@RequestScoped
public class ReportPage {

    @Inject
    private ChainReport chainReport;

    @Inject
    private Actor actor;

    @Inject
    private LanguagePreference language;

    private String from;
    private String to;
    private String course;
    private String township;
    private String cooperative;
    private String group;

    private ReportParameters parameters;
    private ChainReport.Report report;

    public void load() {
        try {
            parameters = ReportParameters.parse(chainReport, from, to, course, township, cooperative, group);
            report = chainReport.report(actor, parameters.filter(), parameters.grouping());
            from = parameters.filter().from().toString();
            to = parameters.filter().to().toString();
            group = parameters.grouping().name();
        } catch (RequestRefusedException refused) {
            PageMessages.refused(refused, "filters", "refused.VALIDATION");
        }
    }

    /** The filter form's button: the same page with the chosen parameters in its address. */
    public String show() {
        return "/report?faces-redirect=true&includeViewParams=true";
    }

    public ChainReport.Report getReport() {
        return report;
    }

    public String getQuery() {
        return parameters == null ? "" : parameters.query();
    }

    /** The parameters a course's drill-down keeps: the period and the place, not the grouping. */
    public String getCourseQuery() {
        if (parameters == null) {
            return "";
        }
        ChainReport.Filter f = parameters.filter();
        return new ReportParameters(
                        new ChainReport.Filter(f.from(), f.to(), null, f.township(), f.cooperativeId()),
                        ChainReport.Grouping.COURSE)
                .query();
    }

    public List<ChainReport.Choice> getCourses() {
        return chainReport.courses();
    }

    public List<ChainReport.Choice> getTownships() {
        return chainReport.townships();
    }

    public List<ChainReport.Choice> getCooperatives() {
        return chainReport.cooperatives();
    }

    public ChainReport.Grouping[] getGroupings() {
        return ChainReport.Grouping.values();
    }

    public String label(Row row) {
        return row.label().in(language.getLocale());
    }

    public String amount(long fen) {
        return ReportFiles.amount(fen);
    }

    /** Women trained and women who then produced, per row, all women and the poor households' (a Chart.js bar model). */
    public String getWomenChart() {
        return charts().women();
    }

    /** The income that reached the women, per row, in yuan (all women, and the poor households'). */
    public String getIncomeChart() {
        return charts().income();
    }

    private ReportCharts charts() {
        return new ReportCharts(report.rows(), this::label, PageMessages::text);
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = to;
    }

    public String getCourse() {
        return course;
    }

    public void setCourse(String course) {
        this.course = course;
    }

    public String getTownship() {
        return township;
    }

    public void setTownship(String township) {
        this.township = township;
    }

    public String getCooperative() {
        return cooperative;
    }

    public void setCooperative(String cooperative) {
        this.cooperative = cooperative;
    }

    public String getGroup() {
        return group;
    }

    public void setGroup(String group) {
        this.group = group;
    }
}

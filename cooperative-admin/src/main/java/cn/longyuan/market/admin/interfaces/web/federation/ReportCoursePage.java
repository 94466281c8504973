package cn.longyuan.market.admin.interfaces.web.federation;

import cn.longyuan.market.admin.interfaces.report.ReportFiles;
import cn.longyuan.market.admin.interfaces.report.ReportParameters;
import cn.longyuan.market.admin.interfaces.web.PageMessages;
import cn.longyuan.market.application.report.ChainReport;
import cn.longyuan.market.application.security.Actor;
import cn.longyuan.market.application.shared.RequestRefusedException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** A course's trainees and their work in the report's period and place ({@code /admin/report-course.xhtml}, federation only). */
@Named
@RequestScoped
public class ReportCoursePage {

    @Inject
    private ChainReport chainReport;

    @Inject
    private Actor actor;

    private String course;
    private String from;
    private String to;
    private String township;
    private String cooperative;

    private ChainReport.CourseDetail detail;
    private String backQuery = "";
    private boolean notFound;
    private boolean loaded;

    /** On an export's postback the view action has not run: load with the parameters the form sends again. */
    private void loadOnPostback() {
        if (!loaded && cn.longyuan.market.admin.interfaces.web.Postbacks.isPostback()) {
            course = cn.longyuan.market.admin.interfaces.web.Postbacks.parameter("course");
            from = cn.longyuan.market.admin.interfaces.web.Postbacks.parameter("from");
            to = cn.longyuan.market.admin.interfaces.web.Postbacks.parameter("to");
            township = cn.longyuan.market.admin.interfaces.web.Postbacks.parameter("township");
            cooperative = cn.longyuan.market.admin.interfaces.web.Postbacks.parameter("cooperative");
            load();
        }
    }

    public boolean isNotFound() {
        loadOnPostback();
        return notFound;
    }

    public void load() {
        loaded = true;
        try {
            ReportParameters parameters =
                    ReportParameters.parse(chainReport, from, to, null, township, cooperative, null);
            backQuery = parameters.query();
            Long id = course == null ? null : parseId(course);
            if (id == null) {
                throw RequestRefusedException.notFound("No training course " + course + ".");
            }
            detail = chainReport.course(actor, id, parameters.filter());
        } catch (RequestRefusedException refused) {
            if (refused.reason() == RequestRefusedException.Reason.NOT_FOUND) {
                notFound = true;
                FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(404);
                return;
            }
            PageMessages.refused(refused, "filters", "refused.VALIDATION");
        }
    }

    private static Long parseId(String text) {
        try {
            return Long.valueOf(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    public ChainReport.CourseDetail getDetail() {
        loadOnPostback();
        return detail;
    }

    public String getBackQuery() {
        return backQuery;
    }

    public String amount(long fen) {
        return ReportFiles.amount(fen);
    }

    public String getCourse() {
        return course;
    }

    public void setCourse(String course) {
        this.course = course;
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
}

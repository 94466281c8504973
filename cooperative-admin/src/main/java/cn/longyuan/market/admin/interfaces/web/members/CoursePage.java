package cn.longyuan.market.admin.interfaces.web.members;

import cn.longyuan.market.admin.interfaces.web.Downloads;
import cn.longyuan.market.admin.interfaces.web.PageMessages;
import cn.longyuan.market.application.members.TrainingRecords;
import cn.longyuan.market.application.production.PrintedDocuments;
import cn.longyuan.market.application.security.Actor;
import cn.longyuan.market.application.shared.RequestRefusedException;
import cn.longyuan.market.domain.model.training.Artisan;
import cn.longyuan.market.domain.model.training.SkillLevel;
import cn.longyuan.market.web.api.Ids;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.primefaces.model.StreamedContent;

/**
 * One course: enrol the cooperative's members (within capacity), add sessions, mark attendance per session and
 * artisan, certify at a level once attendance suffices, print certificates. Everything is read again on each
 * request (the form carries the course id), so that two people working on one course see each other's marks.
 */
@Named
@RequestScoped
public class CoursePage {

    @Inject
    private TrainingRecords training;

    @Inject
    private PrintedDocuments documents;

    @Inject
    private Actor actor;

    private String course;
    private TrainingRecords.Course selected;
    private List<TrainingRecords.Session> sessions = List.of();
    private List<TrainingRecords.RosterEntry> roster = List.of();
    private List<Artisan> enrollable = List.of();
    private boolean notFound;
    private boolean loaded;

    private final CourseEntries entries = new CourseEntries();

    public void load() {
        loaded = true;
        Long id = Ids.parse(course);
        try {
            if (id == null) {
                throw RequestRefusedException.notFound(String.valueOf(course));
            }
            selected = training.course(actor, id);
            sessions = training.sessions(actor, id);
            roster = training.roster(actor, id);
            enrollable = training.enrollable(actor, id);
        } catch (RequestRefusedException e) {
            notFound = true;
            FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(404);
        }
    }

    /** On a postback the form's {@code courseId} field names the course (the form itself is named "course"). */
    private void ensureLoaded() {
        if (!loaded && FacesContext.getCurrentInstance().isPostback()) {
            course = FacesContext.getCurrentInstance()
                    .getExternalContext()
                    .getRequestParameterMap()
                    .get("courseId");
            load();
        }
    }

    public void enrol() {
        Long artisan = entries.getArtisanToEnrol();
        if (artisan == null) {
            PageMessages.refused(RequestRefusedException.invalid("artisanId", "required"), "courseForm", null);
            return;
        }
        act(() -> training.enrol(actor, selected.id(), artisan), "course.enrolled");
        entries.enrolled();
    }

    public void addSession() {
        act(
                () -> training.addSession(actor, selected.id(), entries.getSessionDate(), entries.getSessionTopic()),
                "course.sessionAdded");
        entries.sessionAdded();
    }

    public void mark(long enrollmentId, long sessionId, boolean present) {
        act(
                () -> {
                    training.recordAttendance(actor, sessionId, enrollmentId, present);
                    return null;
                },
                null);
    }

    public void complete(long enrollmentId) {
        SkillLevel level = entries.levelFor(enrollmentId);
        act(
                () -> {
                    training.complete(actor, enrollmentId, level, null);
                    return null;
                },
                "course.completed");
    }

    public StreamedContent certificate(long enrollmentId) {
        try {
            PrintedDocuments.Pdf pdf = documents.certificate(actor, enrollmentId);
            return Downloads.of(pdf.content(), pdf.fileName(), Downloads.PDF);
        } catch (RequestRefusedException e) {
            PageMessages.refused(e, "courseForm", null);
            return null;
        }
    }

    private void act(java.util.function.Supplier<Object> change, String doneKey) {
        try {
            change.get();
            if (doneKey != null) {
                PageMessages.info(doneKey);
            }
        } catch (RequestRefusedException e) {
            PageMessages.refused(e, "courseForm", null);
        }
        load();
    }

    public String getCourse() {
        return course;
    }

    public void setCourse(String course) {
        this.course = course;
    }

    public TrainingRecords.Course getSelected() {
        ensureLoaded();
        return selected;
    }

    public List<TrainingRecords.Session> getSessions() {
        ensureLoaded();
        return sessions;
    }

    public List<TrainingRecords.RosterEntry> getRoster() {
        ensureLoaded();
        return roster;
    }

    public List<Artisan> getEnrollable() {
        ensureLoaded();
        return enrollable;
    }

    public boolean isNotFound() {
        return notFound;
    }

    /** Whether the user may add sessions: federation staff, or the manager of the cooperative holding the course. */
    public boolean isSessionKeeper() {
        TrainingRecords.Course c = getSelected();
        return c != null && c.sessionsKeptBy(actor);
    }

    /** The levels the completion column offers: those the course may certify. */
    public List<SkillLevel> getSkillLevels() {
        TrainingRecords.Course c = getSelected();
        return c == null ? List.of(SkillLevel.values()) : c.level().certifiable();
    }

    public CourseEntries getEntries() {
        return entries;
    }
}

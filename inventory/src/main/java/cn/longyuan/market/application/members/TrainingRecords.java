package cn.longyuan.market.application.members;

import cn.longyuan.market.application.security.Actor;
import cn.longyuan.market.application.shared.CraftName;
import cn.longyuan.market.application.shared.FieldViolation;
import cn.longyuan.market.application.shared.MarketDatabase;
import cn.longyuan.market.application.shared.RequestRefusedException;
import cn.longyuan.market.application.shared.RequestRefusedException.Reason;
import cn.longyuan.market.domain.model.catalog.Craft;
import cn.longyuan.market.domain.model.cooperative.Cooperative;
import cn.longyuan.market.domain.model.cooperative.Role;
import cn.longyuan.market.domain.model.shared.BilingualText;
import cn.longyuan.market.domain.model.shared.MarketTime;
import cn.longyuan.market.domain.model.training.Artisan;
import cn.longyuan.market.domain.model.training.Attendance;
import cn.longyuan.market.domain.model.training.Enrollment;
import cn.longyuan.market.domain.model.training.SkillLevel;
import cn.longyuan.market.domain.model.training.TrainingCourse;
import cn.longyuan.market.domain.model.training.TrainingSession;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Training courses and what happens in them: enrolment (within the course's capacity), sessions, attendance
 * per artisan, and completion at a skill level — allowed only once she attended at least the course's share of
 * the sessions held ({@link TrainingCourse#attendanceSuffices}: at least one session, and by default 80 %).
 * <p>
 * Federation staff run the programme's courses (no cooperative) and may act on any course; a cooperative's
 * manager holds her own courses, sees those and the programme's, and enrols, takes attendance for and
 * certifies her own members only. Another cooperative's course, session or member is "not found".
 */
@ApplicationScoped
@Transactional
public class TrainingRecords {

    private static final ZoneId CHINA = MarketTime.ZONE;

    private EntityManager em;
    private Clock clock;

    protected TrainingRecords() {
        // for CDI proxies
    }

    @Inject
    public TrainingRecords(@MarketDatabase EntityManager em, Clock clock) {
        this.em = em;
        this.clock = clock;
    }

    public record CourseForm(
            String craft,
            String titleZh,
            String titleEn,
            SkillLevel level,
            Integer hours,
            String trainer,
            String place,
            LocalDate startsOn,
            LocalDate endsOn,
            Integer capacity,
            Integer minAttendancePercent) {}

    public record Course(
            long id,
            String craft,
            BilingualText craftName,
            BilingualText title,
            SkillLevel level,
            int hours,
            String trainer,
            String place,
            LocalDate startsOn,
            LocalDate endsOn,
            int capacity,
            int minAttendancePercent,
            Long cooperativeId,
            long enrolled) {
        public int placesLeft() {
            return (int) Math.max(0, capacity - enrolled);
        }

        /** Whether this actor may add the course's sessions ({@link #keepsSessions}). */
        public boolean sessionsKeptBy(Actor actor) {
            return keepsSessions(actor, cooperativeId);
        }
    }

    public record Session(long id, LocalDate heldOn, String topic) {}

    /** One enrolled artisan of the roster, with her attendance per session id. */
    public record RosterEntry(
            long enrollmentId,
            long artisanId,
            String displayName,
            long cooperativeId,
            Enrollment.Status status,
            SkillLevel level,
            LocalDate completedOn,
            Map<Long, Boolean> attendance,
            int attended,
            boolean mayComplete) {}

    public record Certificate(
            long enrollmentId,
            String artisanName,
            String realName,
            String cooperative,
            BilingualText course,
            BilingualText craft,
            SkillLevel level,
            int hours,
            String trainer,
            String place,
            LocalDate startsOn,
            LocalDate endsOn,
            LocalDate completedOn,
            int attended,
            int held) {}

    public long createCourse(Actor actor, CourseForm form) {
        Scopes.requireStaff(actor);
        List<FieldViolation> violations = new ArrayList<>();
        Craft craft = form.craft() == null ? null : em.find(Craft.class, form.craft());
        if (craft == null) {
            violations.add(new FieldViolation("craft", "one of the crafts' codes"));
        }
        requireText(violations, "titleZh", form.titleZh(), 200);
        // the English title is optional (pages fall back to the Chinese one); a given one is at most 200
        if (form.titleEn() != null && form.titleEn().strip().length() > 200) {
            violations.add(new FieldViolation("titleEn", "at most 200 characters"));
        }
        requireText(violations, "trainer", form.trainer(), 100);
        requireText(violations, "place", form.place(), 200);
        if (form.level() == null) {
            violations.add(new FieldViolation("level", "required"));
        }
        if (form.hours() == null || form.hours() < 1 || form.hours() > 2000) {
            violations.add(new FieldViolation("hours", "from 1 to 2000"));
        }
        if (form.capacity() == null || form.capacity() < 1 || form.capacity() > 500) {
            violations.add(new FieldViolation("capacity", "from 1 to 500"));
        }
        int attendance = form.minAttendancePercent() == null
                ? TrainingCourse.DEFAULT_MIN_ATTENDANCE_PERCENT
                : form.minAttendancePercent();
        if (attendance < 0 || attendance > 100) {
            violations.add(new FieldViolation("minAttendancePercent", "from 0 to 100"));
        }
        if (form.startsOn() == null) {
            violations.add(new FieldViolation("startsOn", "required"));
        }
        if (form.endsOn() == null) {
            violations.add(new FieldViolation("endsOn", "required"));
        } else if (form.startsOn() != null && form.endsOn().isBefore(form.startsOn())) {
            violations.add(new FieldViolation("endsOn", "cannot be before the first day"));
        }
        if (!violations.isEmpty()) {
            throw new RequestRefusedException(Reason.VALIDATION, "The course has invalid fields.", violations);
        }
        Cooperative heldBy = actor.is(Role.COOP_MANAGER) ? em.find(Cooperative.class, actor.cooperativeId()) : null;
        TrainingCourse course = new TrainingCourse(
                craft,
                new BilingualText(form.titleZh().strip(), form.titleEn()),
                form.level(),
                form.hours(),
                form.trainer().strip(),
                form.place().strip(),
                form.startsOn(),
                form.endsOn(),
                form.capacity(),
                heldBy);
        course.requireAttendance(attendance);
        em.persist(course);
        em.flush();
        return course.id();
    }

    public List<Course> courses(Actor actor) {
        Scopes.requireStaff(actor);
        Long scope = actor.cooperativeScope();
        var query = em.createQuery(
                "select c from TrainingCourse c join fetch c.craft"
                        + (scope == null ? "" : " where c.cooperative is null or c.cooperative.id = :scope")
                        + " order by c.startsOn desc, c.id desc",
                TrainingCourse.class);
        if (scope != null) {
            query.setParameter("scope", scope);
        }
        Map<Long, Long> enrolled = new HashMap<>();
        for (Object row : em.createQuery("select e.course.id, count(e) from Enrollment e where e.status <> "
                        + "cn.longyuan.market.domain.model.training.Enrollment.Status.DROPPED group by e.course.id")
                .getResultList()) {
            Object[] r = (Object[]) row;
            enrolled.put((Long) r[0], (Long) r[1]);
        }
        return query.getResultList().stream()
                .map(c -> course(c, enrolled.getOrDefault(c.id(), 0L)))
                .toList();
    }

    public Course course(Actor actor, long courseId) {
        TrainingCourse course = visibleCourse(actor, courseId);
        return course(course, countEnrolled(courseId));
    }

    /** Enrols one of the actor's members, within the course's capacity (counted under a lock on the course). */
    public long enrol(Actor actor, long courseId, long artisanId) {
        TrainingCourse course = visibleCourse(actor, courseId);
        Artisan artisan = actorsArtisan(actor, artisanId, "artisanId");
        if (!artisan.isActive()) {
            throw RequestRefusedException.invalid("artisanId", "she is no longer an active member");
        }
        em.lock(course, LockModeType.PESSIMISTIC_WRITE);
        List<Enrollment> existing = em.createQuery(
                        "select e from Enrollment e where e.course.id = :c and e.artisan.id = :a", Enrollment.class)
                .setParameter("c", courseId)
                .setParameter("a", artisanId)
                .getResultList();
        if (!existing.isEmpty()) {
            throw new RequestRefusedException(
                    Reason.INVALID_STATE,
                    artisan.displayName() + " is already on this course.",
                    List.of(new FieldViolation("artisanId", "already enrolled")));
        }
        if (countEnrolled(courseId) >= course.capacity()) {
            throw new RequestRefusedException(
                    Reason.INVALID_STATE,
                    "The course is full (" + course.capacity() + " places).",
                    List.of(new FieldViolation("artisanId", "the course is full")));
        }
        Enrollment enrollment = new Enrollment(course, artisan, today());
        em.persist(enrollment);
        em.flush();
        return enrollment.id();
    }

    /** A session of the course: added by whoever holds it (federation staff for the programme's courses). */
    public long addSession(Actor actor, long courseId, LocalDate heldOn, String topic) {
        TrainingCourse course = visibleCourse(actor, courseId);
        if (!keepsSessions(
                actor,
                course.cooperative() == null ? null : course.cooperative().id())) {
            throw new RequestRefusedException(
                    Reason.FORBIDDEN, "Sessions of the federation's courses are kept by federation staff.");
        }
        if (heldOn == null) {
            throw RequestRefusedException.invalid("heldOn", "required");
        }
        if (heldOn.isBefore(course.startsOn()) || heldOn.isAfter(course.endsOn())) {
            throw RequestRefusedException.invalid("heldOn", "between " + course.startsOn() + " and " + course.endsOn());
        }
        if (topic != null && topic.length() > 200) {
            throw RequestRefusedException.invalid("topic", "at most 200 characters");
        }
        TrainingSession session = new TrainingSession(course, heldOn, topic);
        em.persist(session);
        em.flush();
        return session.id();
    }

    /**
     * Who keeps a course's sessions: federation staff, or the manager of the cooperative holding it; the
     * programme's courses (of no cooperative) only federation staff.
     */
    public static boolean keepsSessions(Actor actor, Long courseCooperative) {
        return actor.is(Role.FEDERATION) || (courseCooperative != null && actor.canSeeCooperative(courseCooperative));
    }

    public List<Session> sessions(Actor actor, long courseId) {
        visibleCourse(actor, courseId);
        return em
                .createQuery(
                        "select s from TrainingSession s where s.course.id = :c order by s.heldOn, s.id",
                        TrainingSession.class)
                .setParameter("c", courseId)
                .getResultList()
                .stream()
                .map(s -> new Session(s.id(), s.heldOn(), s.topic()))
                .toList();
    }

    /** Marks one of the actor's members present or absent at a session of her course. */
    public void recordAttendance(Actor actor, long sessionId, long enrollmentId, boolean present) {
        Scopes.requireStaff(actor);
        TrainingSession session = em.find(TrainingSession.class, sessionId);
        Enrollment enrollment = actorsEnrollment(actor, enrollmentId);
        if (session == null || !session.course().id().equals(enrollment.course().id())) {
            throw RequestRefusedException.notFound("No session " + sessionId + " of her course.");
        }
        if (enrollment.status() == Enrollment.Status.DROPPED) {
            throw new RequestRefusedException(Reason.INVALID_STATE, "She left this course.");
        }
        List<Attendance> existing = em.createQuery(
                        "select a from Attendance a where a.session.id = :s and a.enrollment.id = :e", Attendance.class)
                .setParameter("s", sessionId)
                .setParameter("e", enrollmentId)
                .getResultList();
        if (existing.isEmpty()) {
            em.persist(new Attendance(session, enrollment, present, actor.username(), clock.instant()));
        } else {
            existing.get(0).record(present, actor.username(), clock.instant());
        }
        em.flush();
    }

    /**
     * Certifies her at a level no higher than the course teaches, once she attended enough of the sessions
     * held; otherwise 409 INVALID_STATE saying how many she attended and how many are needed.
     */
    public void complete(Actor actor, long enrollmentId, SkillLevel level, LocalDate on) {
        Enrollment enrollment = actorsEnrollment(actor, enrollmentId);
        em.lock(enrollment, LockModeType.PESSIMISTIC_WRITE);
        if (level == null) {
            throw RequestRefusedException.invalid("level", "BASIC, INTERMEDIATE or ADVANCED");
        }
        LocalDate completedOn = on == null ? today() : on;
        TrainingCourse course = enrollment.course();
        if (!course.level().certifies(level)) {
            throw RequestRefusedException.invalid(
                    "level", "a " + course.level() + " course certifies at most " + course.level());
        }
        if (completedOn.isBefore(course.startsOn()) || completedOn.isAfter(today())) {
            throw RequestRefusedException.invalid("completedOn", "from the course's first day to today");
        }
        if (enrollment.status() != Enrollment.Status.ENROLLED) {
            throw new RequestRefusedException(
                    Reason.INVALID_STATE, "She is " + enrollment.status() + " on this course already.");
        }
        int held = sessionsHeld(course.id());
        int attended = attendedBy(enrollmentId);
        if (!course.attendanceSuffices(attended, held)) {
            int needed = held == 0 ? 1 : (course.minAttendancePercent() * held + 99) / 100;
            throw new RequestRefusedException(
                    Reason.INVALID_STATE,
                    "She attended " + attended + " of " + held + " sessions; the course asks for "
                            + course.minAttendancePercent() + " % (" + needed + ") before certifying.",
                    List.of(new FieldViolation(
                            "level",
                            "attendance " + attended + "/" + held + " is below the course's "
                                    + course.minAttendancePercent() + " %")));
        }
        enrollment.complete(completedOn, level);
        em.flush();
    }

    public void drop(Actor actor, long enrollmentId) {
        Enrollment enrollment = actorsEnrollment(actor, enrollmentId);
        if (enrollment.status() == Enrollment.Status.COMPLETED) {
            throw new RequestRefusedException(Reason.INVALID_STATE, "A completed course cannot be dropped.");
        }
        enrollment.drop();
        em.flush();
    }

    /** The course's enrolled artisans the actor may see (a manager: her own members only), with attendance. */
    public List<RosterEntry> roster(Actor actor, long courseId) {
        TrainingCourse course = visibleCourse(actor, courseId);
        Long scope = actor.cooperativeScope();
        var query = em.createQuery(
                        "select e from Enrollment e join fetch e.artisan a where e.course.id = :c"
                                + (scope == null ? "" : " and a.cooperative.id = :scope")
                                + " order by a.displayName, e.id",
                        Enrollment.class)
                .setParameter("c", courseId);
        if (scope != null) {
            query.setParameter("scope", scope);
        }
        List<Enrollment> enrollments = query.getResultList();
        Map<Long, Map<Long, Boolean>> marks = new HashMap<>();
        for (Attendance a : em.createQuery(
                        "select a from Attendance a where a.session.course.id = :c", Attendance.class)
                .setParameter("c", courseId)
                .getResultList()) {
            marks.computeIfAbsent(a.enrollment().id(), id -> new HashMap<>())
                    .put(a.session().id(), a.isPresent());
        }
        int held = sessionsHeld(courseId);
        List<RosterEntry> roster = new ArrayList<>();
        for (Enrollment e : enrollments) {
            Map<Long, Boolean> attendance = marks.getOrDefault(e.id(), Map.of());
            int attended = (int)
                    attendance.values().stream().filter(Boolean::booleanValue).count();
            roster.add(new RosterEntry(
                    e.id(),
                    e.artisan().id(),
                    e.artisan().displayName(),
                    e.artisan().cooperative().id(),
                    e.status(),
                    e.levelAchieved(),
                    e.completedOn(),
                    attendance,
                    attended,
                    e.status() == Enrollment.Status.ENROLLED && course.attendanceSuffices(attended, held)));
        }
        return roster;
    }

    public Certificate certificate(Actor actor, long enrollmentId) {
        Enrollment e = actorsEnrollment(actor, enrollmentId);
        if (!e.isCompleted()) {
            throw new RequestRefusedException(
                    Reason.INVALID_STATE, "A certificate is issued only for a completed course.");
        }
        TrainingCourse c = e.course();
        return new Certificate(
                e.id(),
                e.artisan().displayName(),
                e.artisan().realName(),
                e.artisan().cooperative().name().zh(),
                c.title(),
                c.craft().name(),
                e.levelAchieved(),
                c.hours(),
                c.trainer(),
                c.place(),
                c.startsOn(),
                c.endsOn(),
                e.completedOn(),
                attendedBy(e.id()),
                sessionsHeld(c.id()));
    }

    /** The active members of the actor's cooperative not yet on the course, for the enrolment list. */
    public List<Artisan> enrollable(Actor actor, long courseId) {
        visibleCourse(actor, courseId);
        if (!actor.is(Role.COOP_MANAGER)) {
            return List.of();
        }
        return em.createQuery(
                        "select a from Artisan a where a.cooperative.id = :coop and a.active = true and not exists "
                                + "(select e from Enrollment e where e.artisan = a and e.course.id = :c) order by a.displayName",
                        Artisan.class)
                .setParameter("coop", actor.cooperativeId())
                .setParameter("c", courseId)
                .getResultList();
    }

    /** Every craft of the programme, in its order: what a course can teach. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<CraftName> crafts() {
        return em.createNamedQuery(Craft.FIND_ALL, Craft.class).getResultList().stream()
                .map(c -> new CraftName(c.code(), c.name()))
                .toList();
    }

    private TrainingCourse visibleCourse(Actor actor, long courseId) {
        Scopes.requireStaff(actor);
        TrainingCourse course = em.find(TrainingCourse.class, courseId);
        if (course == null
                || (course.cooperative() != null
                        && !actor.canSeeCooperative(course.cooperative().id()))) {
            throw RequestRefusedException.notFound("No course " + courseId + ".");
        }
        return course;
    }

    private Artisan actorsArtisan(Actor actor, long artisanId, String field) {
        Artisan artisan = em.find(Artisan.class, artisanId);
        if (artisan == null || !actor.canSeeCooperative(artisan.cooperative().id())) {
            throw new RequestRefusedException(
                    Reason.NOT_FOUND,
                    "No artisan " + artisanId + ".",
                    List.of(new FieldViolation(field, "no such artisan")));
        }
        return artisan;
    }

    private Enrollment actorsEnrollment(Actor actor, long enrollmentId) {
        Scopes.requireStaff(actor);
        Enrollment enrollment = em.find(Enrollment.class, enrollmentId);
        if (enrollment == null
                || !actor.canSeeCooperative(enrollment.artisan().cooperative().id())) {
            throw RequestRefusedException.notFound("No enrolment " + enrollmentId + ".");
        }
        return enrollment;
    }

    private long countEnrolled(long courseId) {
        return em.createQuery(
                        "select count(e) from Enrollment e where e.course.id = :c and e.status <> "
                                + "cn.longyuan.market.domain.model.training.Enrollment.Status.DROPPED",
                        Long.class)
                .setParameter("c", courseId)
                .getSingleResult();
    }

    private int sessionsHeld(long courseId) {
        return em.createQuery("select count(s) from TrainingSession s where s.course.id = :c", Long.class)
                .setParameter("c", courseId)
                .getSingleResult()
                .intValue();
    }

    private int attendedBy(long enrollmentId) {
        return em.createQuery(
                        "select count(a) from Attendance a where a.enrollment.id = :e and a.present = true", Long.class)
                .setParameter("e", enrollmentId)
                .getSingleResult()
                .intValue();
    }

    private Course course(TrainingCourse c, long enrolled) {
        return new Course(
                c.id(),
                c.craft().code(),
                c.craft().name(),
                c.title(),
                c.level(),
                c.hours(),
                c.trainer(),
                c.place(),
                c.startsOn(),
                c.endsOn(),
                c.capacity(),
                c.minAttendancePercent(),
                c.cooperative() == null ? null : c.cooperative().id(),
                enrolled);
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(CHINA));
    }

    private static void requireText(List<FieldViolation> violations, String field, String value, int max) {
        if (value == null || value.isBlank()) {
            violations.add(new FieldViolation(field, "required"));
        } else if (value.strip().length() > max) {
            violations.add(new FieldViolation(field, "at most " + max + " characters"));
        }
    }
}

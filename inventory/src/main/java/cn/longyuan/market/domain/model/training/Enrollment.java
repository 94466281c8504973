package cn.longyuan.market.domain.model.training;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;

/** An artisan's place in a course: enrolled, then completed at a level (or dropped). */
@Entity
@Table(name = "enrollment")
@NamedQuery(
        name = Enrollment.COMPLETED_BY_ARTISANS,
        query = "select e from Enrollment e join fetch e.course c join fetch c.craft "
                + "where e.artisan.id in :artisans and e.status = cn.longyuan.market.domain.model.training.Enrollment.Status.COMPLETED "
                + "order by e.completedOn, e.id")
@NamedQuery(
        name = Enrollment.COUNT_COMPLETED_IN_CRAFT,
        query = "select count(e) from Enrollment e where e.artisan.id = :artisan and e.course.craft.code = :craft "
                + "and e.status = cn.longyuan.market.domain.model.training.Enrollment.Status.COMPLETED")
public class Enrollment {

    public static final String COMPLETED_BY_ARTISANS = "Enrollment.completedByArtisans";
    public static final String COUNT_COMPLETED_IN_CRAFT = "Enrollment.countCompletedInCraft";

    public enum Status {
        ENROLLED,
        COMPLETED,
        DROPPED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "course_id")
    private TrainingCourse course;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "artisan_id")
    private Artisan artisan;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;

    @Column(name = "enrolled_on", nullable = false)
    private LocalDate enrolledOn;

    @Column(name = "completed_on")
    private LocalDate completedOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "level_achieved")
    private SkillLevel levelAchieved;

    @Version
    private long version;

    protected Enrollment() {
        // for JPA
    }

    public Enrollment(TrainingCourse course, Artisan artisan, LocalDate enrolledOn) {
        this.course = course;
        this.artisan = artisan;
        this.enrolledOn = enrolledOn;
        this.status = Status.ENROLLED;
    }

    /** She finished the course and was certified at a level no higher than the course teaches. */
    public void complete(LocalDate on, SkillLevel level) {
        if (status != Status.ENROLLED) {
            throw new IllegalStateException("only an enrolled artisan can complete a course; this one is " + status);
        }
        if (on.isBefore(course.startsOn())) {
            throw new IllegalArgumentException("a course cannot be completed before it starts");
        }
        if (level.compareTo(course.level()) > 0) {
            throw new IllegalArgumentException("a " + course.level() + " course cannot certify " + level);
        }
        this.status = Status.COMPLETED;
        this.completedOn = on;
        this.levelAchieved = level;
    }

    public void drop() {
        if (status == Status.COMPLETED) {
            throw new IllegalStateException("a completed course cannot be dropped");
        }
        this.status = Status.DROPPED;
    }

    public Long id() {
        return id;
    }

    public TrainingCourse course() {
        return course;
    }

    public Artisan artisan() {
        return artisan;
    }

    public Status status() {
        return status;
    }

    public boolean isCompleted() {
        return status == Status.COMPLETED;
    }

    public LocalDate completedOn() {
        return completedOn;
    }

    public SkillLevel levelAchieved() {
        return levelAchieved;
    }
}

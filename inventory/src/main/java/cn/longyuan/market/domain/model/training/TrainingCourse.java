package cn.longyuan.market.domain.model.training;

import cn.longyuan.market.domain.model.catalog.Craft;
import cn.longyuan.market.domain.model.cooperative.Cooperative;
import cn.longyuan.market.domain.model.shared.BilingualText;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;

/**
 * A training course (培训班) in one craft, run by the federation's programme or by a cooperative for its own
 * members; completing it certifies a skill level.
 */
@Entity
@Table(name = "training_course")
public class TrainingCourse {

    public static final int DEFAULT_MIN_ATTENDANCE_PERCENT = 80;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "craft_code")
    private Craft craft;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "zh", column = @Column(name = "title_zh")),
        @AttributeOverride(name = "en", column = @Column(name = "title_en"))
    })
    private BilingualText title;

    /** The level the course teaches to. */
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private SkillLevel level;

    private int hours;
    private String trainer;
    private String place;

    @Column(name = "starts_on", nullable = false)
    private LocalDate startsOn;

    @Column(name = "ends_on", nullable = false)
    private LocalDate endsOn;

    private int capacity;

    /** The share of the course's sessions, in percent, an artisan must have attended to be certified. */
    @Column(name = "min_attendance_percent", nullable = false)
    private int minAttendancePercent = DEFAULT_MIN_ATTENDANCE_PERCENT;

    /** Null for the federation's own programme courses. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "cooperative_id")
    private Cooperative cooperative;

    @Version
    private long version;

    protected TrainingCourse() {
        // for JPA
    }

    public TrainingCourse(
            Craft craft,
            BilingualText title,
            SkillLevel level,
            int hours,
            String trainer,
            String place,
            LocalDate startsOn,
            LocalDate endsOn,
            int capacity,
            Cooperative cooperative) {
        if (hours <= 0 || capacity <= 0) {
            throw new IllegalArgumentException("a course has positive hours and capacity");
        }
        if (endsOn.isBefore(startsOn)) {
            throw new IllegalArgumentException("a course cannot end before it starts");
        }
        this.craft = craft;
        this.title = title;
        this.level = level;
        this.hours = hours;
        this.trainer = trainer;
        this.place = place;
        this.startsOn = startsOn;
        this.endsOn = endsOn;
        this.capacity = capacity;
        this.cooperative = cooperative;
    }

    /** Sets how much of the course an artisan must attend before she is certified (0–100 percent). */
    public void requireAttendance(int percent) {
        if (percent < 0 || percent > 100) {
            throw new IllegalArgumentException("attendance is required as a percentage from 0 to 100");
        }
        this.minAttendancePercent = percent;
    }

    public int minAttendancePercent() {
        return minAttendancePercent;
    }

    /** Whether she attended enough of the sessions held to be certified: at least one session, and the course's share. */
    public boolean attendanceSuffices(int attended, int held) {
        return held > 0 && attended * 100 >= minAttendancePercent * held;
    }

    public Long id() {
        return id;
    }

    public Craft craft() {
        return craft;
    }

    public BilingualText title() {
        return title;
    }

    public SkillLevel level() {
        return level;
    }

    public int hours() {
        return hours;
    }

    public String trainer() {
        return trainer;
    }

    public String place() {
        return place;
    }

    public LocalDate startsOn() {
        return startsOn;
    }

    public LocalDate endsOn() {
        return endsOn;
    }

    public int capacity() {
        return capacity;
    }

    public Cooperative cooperative() {
        return cooperative;
    }
}

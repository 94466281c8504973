package cn.longyuan.market.domain.model.training;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;

/** One day (or half-day) of a course, on which attendance is taken. */
@Entity
@Table(name = "training_session")
public class TrainingSession {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "course_id")
    private TrainingCourse course;

    @Column(name = "held_on", nullable = false)
    private LocalDate heldOn;

    private String topic;

    @Version
    private long version;

    protected TrainingSession() {
        // for JPA
    }

    public TrainingSession(TrainingCourse course, LocalDate heldOn, String topic) {
        if (heldOn.isBefore(course.startsOn()) || heldOn.isAfter(course.endsOn())) {
            throw new IllegalArgumentException("a session is held between the course's first and last day");
        }
        this.course = course;
        this.heldOn = heldOn;
        this.topic = topic == null || topic.isBlank() ? null : topic.strip();
    }

    public Long id() {
        return id;
    }

    public TrainingCourse course() {
        return course;
    }

    public LocalDate heldOn() {
        return heldOn;
    }

    public String topic() {
        return topic;
    }
}

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
import java.time.Instant;

/** Whether an enrolled artisan was at one session of her course, and who recorded it when. */
@Entity
@Table(name = "attendance")
public class Attendance {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "session_id")
    private TrainingSession session;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "enrollment_id")
    private Enrollment enrollment;

    private boolean present;

    @Column(name = "recorded_by", nullable = false)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @Version
    private long version;

    protected Attendance() {
        // for JPA
    }

    public Attendance(
            TrainingSession session, Enrollment enrollment, boolean present, String recordedBy, Instant recordedAt) {
        if (!session.course().id().equals(enrollment.course().id())) {
            throw new IllegalArgumentException("attendance is taken at a session of her own course");
        }
        this.session = session;
        this.enrollment = enrollment;
        record(present, recordedBy, recordedAt);
    }

    public void record(boolean present, String recordedBy, Instant recordedAt) {
        this.present = present;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public Long id() {
        return id;
    }

    public TrainingSession session() {
        return session;
    }

    public Enrollment enrollment() {
        return enrollment;
    }

    public boolean isPresent() {
        return present;
    }
}

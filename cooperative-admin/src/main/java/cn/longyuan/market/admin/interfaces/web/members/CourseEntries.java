package cn.longyuan.market.admin.interfaces.web.members;

import cn.longyuan.market.domain.model.training.SkillLevel;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/**
 * What the course page's forms hold for one request: the member to enrol, the new session's day and topic, and
 * the level chosen per enrolment in the completion column (basic where none was chosen).
 */
public class CourseEntries {

    private Long artisanToEnrol;
    private LocalDate sessionDate;
    private String sessionTopic;
    /** The level's name chosen per enrolment id. */
    private final Map<Long, String> levels = new HashMap<>();

    SkillLevel levelFor(long enrollmentId) {
        String chosen = levels.get(enrollmentId);
        return chosen == null || chosen.isBlank() ? SkillLevel.BASIC : SkillLevel.valueOf(chosen);
    }

    void enrolled() {
        artisanToEnrol = null;
    }

    void sessionAdded() {
        sessionDate = null;
        sessionTopic = null;
    }

    public Map<Long, String> getLevels() {
        return levels;
    }

    public Long getArtisanToEnrol() {
        return artisanToEnrol;
    }

    public void setArtisanToEnrol(Long artisanToEnrol) {
        this.artisanToEnrol = artisanToEnrol;
    }

    public LocalDate getSessionDate() {
        return sessionDate;
    }

    public void setSessionDate(LocalDate sessionDate) {
        this.sessionDate = sessionDate;
    }

    public String getSessionTopic() {
        return sessionTopic;
    }

    public void setSessionTopic(String sessionTopic) {
        this.sessionTopic = sessionTopic;
    }
}

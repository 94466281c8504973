package cn.longyuan.market.admin.interfaces.web.members;

import cn.longyuan.market.admin.interfaces.web.BackOfficeUser;
import cn.longyuan.market.admin.interfaces.web.PageMessages;
import cn.longyuan.market.admin.interfaces.web.RowsModel;
import cn.longyuan.market.application.members.TrainingRecords;
import cn.longyuan.market.application.members.TrainingRecords.Course;
import cn.longyuan.market.application.shared.CraftName;
import cn.longyuan.market.application.shared.RequestRefusedException;
import cn.longyuan.market.domain.model.training.SkillLevel;
import cn.longyuan.market.domain.model.training.TrainingCourse;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.primefaces.PrimeFaces;

/** Training courses: the federation's programme and the cooperative's own; a dialog to create one. */
@Named
@ViewScoped
public class CoursesPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private TrainingRecords training;

    @Inject
    private BackOfficeUser user;

    private RowsModel<Course> courses;

    private String craft;
    private String titleZh;
    private String titleEn;
    private SkillLevel level = SkillLevel.BASIC;
    private Integer hours;
    private String trainer;
    private String place;
    private LocalDate startsOn;
    private LocalDate endsOn;
    private Integer capacity;
    private Integer minAttendancePercent = TrainingCourse.DEFAULT_MIN_ATTENDANCE_PERCENT;

    @PostConstruct
    void init() {
        courses = new RowsModel<Course>(() -> training.courses(user.actor()), Course::id)
                .column("title", c -> c.title().zh() + " " + c.title().en())
                .column("craft", c -> c.craftName().zh() + " " + c.craftName().en() + " " + c.craft())
                .column("level", Course::level)
                .column("trainer", Course::trainer)
                .column("place", Course::place)
                .column("startsOn", Course::startsOn)
                .column("capacity", Course::capacity)
                .column("enrolled", Course::enrolled);
    }

    public void create() {
        try {
            training.createCourse(
                    user.actor(),
                    new TrainingRecords.CourseForm(
                            craft,
                            titleZh,
                            titleEn,
                            level,
                            hours,
                            trainer,
                            place,
                            startsOn,
                            endsOn,
                            capacity,
                            minAttendancePercent));
            PageMessages.info("courses.created", titleZh);
            courses.refresh();
            PrimeFaces.current().ajax().addCallbackParam("saved", true);
        } catch (RequestRefusedException e) {
            PageMessages.refused(e, "creator", null);
        }
    }

    public List<CraftName> getCrafts() {
        return training.crafts();
    }

    public SkillLevel[] getLevels() {
        return SkillLevel.values();
    }

    public RowsModel<Course> getCourses() {
        return courses;
    }

    public String getCraft() {
        return craft;
    }

    public void setCraft(String craft) {
        this.craft = craft;
    }

    public String getTitleZh() {
        return titleZh;
    }

    public void setTitleZh(String titleZh) {
        this.titleZh = titleZh;
    }

    public String getTitleEn() {
        return titleEn;
    }

    public void setTitleEn(String titleEn) {
        this.titleEn = titleEn;
    }

    public SkillLevel getLevel() {
        return level;
    }

    public void setLevel(SkillLevel level) {
        this.level = level;
    }

    public Integer getHours() {
        return hours;
    }

    public void setHours(Integer hours) {
        this.hours = hours;
    }

    public String getTrainer() {
        return trainer;
    }

    public void setTrainer(String trainer) {
        this.trainer = trainer;
    }

    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = place;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public void setStartsOn(LocalDate startsOn) {
        this.startsOn = startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public void setEndsOn(LocalDate endsOn) {
        this.endsOn = endsOn;
    }

    public Integer getCapacity() {
        return capacity;
    }

    public void setCapacity(Integer capacity) {
        this.capacity = capacity;
    }

    public Integer getMinAttendancePercent() {
        return minAttendancePercent;
    }

    public void setMinAttendancePercent(Integer minAttendancePercent) {
        this.minAttendancePercent = minAttendancePercent;
    }
}

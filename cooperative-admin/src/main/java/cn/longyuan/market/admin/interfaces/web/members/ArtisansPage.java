package cn.longyuan.market.admin.interfaces.web.members;

import cn.longyuan.market.admin.interfaces.web.BackOfficeUser;
import cn.longyuan.market.admin.interfaces.web.PageMessages;
import cn.longyuan.market.admin.interfaces.web.RowsModel;
import cn.longyuan.market.application.RequestRefusedException;
import cn.longyuan.market.application.members.ArtisanRecords;
import cn.longyuan.market.application.members.ArtisanRecords.Member;
import cn.longyuan.market.domain.model.training.HouseholdStatus;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.primefaces.PrimeFaces;

/** The cooperative's members: the list (lazy, filter, sort, export), a dialog to add or edit one, deactivation. */
@Named
@ViewScoped
public class ArtisansPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ArtisanRecords records;

    @Inject
    private BackOfficeUser user;

    private RowsModel<Member> members;

    /** The member being edited (null: a new one), the version she was read at, and the form's fields. */
    private Long editing;

    private long editingVersion;
    private String displayName;
    private boolean publicConsent;
    private String storyZh;
    private String storyEn;
    private String realName;
    private String phone;
    private String idNumber;
    private String maskedIdNumber;
    private HouseholdStatus household = HouseholdStatus.NOT_RECORDED;

    @PostConstruct
    void init() {
        members = new RowsModel<Member>(() -> records.members(user.actor()), Member::id)
                .column("displayName", Member::displayName)
                .column("cooperativeName", Member::cooperativeName)
                .column("active", Member::active)
                .column("publicConsent", Member::publicConsent)
                .column("realName", Member::realName)
                .column("phone", Member::phone)
                .column("household", Member::household);
    }

    public void startNew() {
        editing = null;
        editingVersion = 0;
        displayName = null;
        publicConsent = false;
        storyZh = null;
        storyEn = null;
        realName = null;
        phone = null;
        idNumber = null;
        maskedIdNumber = null;
        household = HouseholdStatus.NOT_RECORDED;
    }

    public void startEdit(long id) {
        try {
            ArtisanRecords.Details details = records.details(user.actor(), id);
            Member m = details.member();
            editing = m.id();
            editingVersion = m.version();
            displayName = m.displayName();
            publicConsent = m.publicConsent();
            storyZh = details.story() == null ? null : details.story().zh();
            storyEn = details.story() == null ? null : details.story().en();
            realName = m.realName();
            phone = m.phone();
            idNumber = null;
            maskedIdNumber = m.maskedIdNumber();
            household = m.household();
        } catch (RequestRefusedException e) {
            PageMessages.refused(e, "editor", null);
        }
    }

    public void save() {
        ArtisanRecords.ArtisanForm form = new ArtisanRecords.ArtisanForm(
                displayName, publicConsent, storyZh, storyEn, realName, phone, idNumber, false, household);
        try {
            if (editing == null) {
                records.create(user.actor(), form);
                PageMessages.info("artisans.created", displayName);
            } else {
                records.update(user.actor(), editing, editingVersion, form);
                PageMessages.info("artisans.saved", displayName);
            }
            members.refresh();
            PrimeFaces.current().ajax().addCallbackParam("saved", true);
        } catch (RequestRefusedException e) {
            PageMessages.refused(
                    e,
                    "editor",
                    e.reason() == RequestRefusedException.Reason.INVALID_STATE ? "artisans.conflict" : null);
        }
    }

    public void toggleActive(Member member) {
        try {
            if (member.active()) {
                records.deactivate(user.actor(), member.id(), member.version());
                PageMessages.info("artisans.deactivated", member.displayName());
            } else {
                records.reactivate(user.actor(), member.id(), member.version());
                PageMessages.info("artisans.reactivated", member.displayName());
            }
        } catch (RequestRefusedException e) {
            PageMessages.refused(
                    e,
                    "members",
                    e.reason() == RequestRefusedException.Reason.INVALID_STATE ? "artisans.conflict" : null);
        }
        members.refresh();
    }

    public HouseholdStatus[] getHouseholdStatuses() {
        return HouseholdStatus.values();
    }

    public RowsModel<Member> getMembers() {
        return members;
    }

    public boolean isCreating() {
        return editing == null;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public boolean isPublicConsent() {
        return publicConsent;
    }

    public void setPublicConsent(boolean publicConsent) {
        this.publicConsent = publicConsent;
    }

    public String getStoryZh() {
        return storyZh;
    }

    public void setStoryZh(String storyZh) {
        this.storyZh = storyZh;
    }

    public String getStoryEn() {
        return storyEn;
    }

    public void setStoryEn(String storyEn) {
        this.storyEn = storyEn;
    }

    public String getRealName() {
        return realName;
    }

    public void setRealName(String realName) {
        this.realName = realName;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getIdNumber() {
        return idNumber;
    }

    public void setIdNumber(String idNumber) {
        this.idNumber = idNumber;
    }

    public String getMaskedIdNumber() {
        return maskedIdNumber;
    }

    public HouseholdStatus getHousehold() {
        return household;
    }

    public void setHousehold(HouseholdStatus household) {
        this.household = household;
    }
}

package cn.longyuan.market.admin.interfaces.web.members;

import cn.longyuan.market.application.members.ArtisanRecords;
import cn.longyuan.market.application.members.ArtisanRecords.Member;
import cn.longyuan.market.domain.model.training.HouseholdStatus;
import java.io.Serializable;

/**
 * The fields of the members page's dialog: empty for a new member, or one member's record as read (the ID number is
 * never read back, only its masked form shown; typed again, it replaces the recorded one).
 */
public class MemberForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String displayName;
    private String displayNameEn;
    private boolean publicConsent;
    private String storyZh;
    private String storyEn;
    private String realName;
    private String phone;
    private String idNumber;
    private String maskedIdNumber;
    private HouseholdStatus household = HouseholdStatus.NOT_RECORDED;

    /** The form for a new member. */
    static MemberForm empty() {
        return new MemberForm();
    }

    /** The form filled with a member's record. */
    static MemberForm of(ArtisanRecords.Details details) {
        Member m = details.member();
        MemberForm form = new MemberForm();
        form.displayName = m.displayName();
        form.displayNameEn = m.displayNameEn();
        form.publicConsent = m.publicConsent();
        form.storyZh = details.story() == null ? null : details.story().zh();
        form.storyEn = details.story() == null ? null : details.story().en();
        form.realName = m.realName();
        form.phone = m.phone();
        form.maskedIdNumber = m.maskedIdNumber();
        form.household = m.household();
        return form;
    }

    /** What the service records. The field shows the recorded English name: left empty, the page removes it. */
    ArtisanRecords.ArtisanForm toRecord() {
        return new ArtisanRecords.ArtisanForm(
                displayName,
                publicConsent,
                storyZh,
                storyEn,
                realName,
                phone,
                idNumber,
                false,
                household,
                null,
                displayNameEn == null ? "" : displayNameEn);
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getDisplayNameEn() {
        return displayNameEn;
    }

    public void setDisplayNameEn(String displayNameEn) {
        this.displayNameEn = displayNameEn;
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

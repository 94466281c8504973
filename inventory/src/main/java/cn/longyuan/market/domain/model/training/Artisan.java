package cn.longyuan.market.domain.model.training;

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
import java.util.Optional;

/**
 * A cooperative member who makes products (巧手). Her public face is her display name (she may choose a
 * pseudonym) and, only with her recorded consent, her story and photo. Her real name, phone, ID number and
 * household status are private: they never leave the back office.
 */
@Entity
@Table(name = "artisan")
public class Artisan {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "cooperative_id")
    private Cooperative cooperative;

    @Column(name = "display_name", nullable = false)
    private String displayName;

    /** Her display name as English pages show it, optional (she chose it too; never her real name). */
    @Column(name = "display_name_en")
    private String displayNameEn;

    @Column(name = "public_consent", nullable = false)
    private boolean publicConsent;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "zh", column = @Column(name = "story_zh")),
        @AttributeOverride(name = "en", column = @Column(name = "story_en"))
    })
    private BilingualText story;

    @Column(name = "photo_url")
    private String photoUrl;

    @Column(name = "real_name")
    private String realName;

    private String phone;

    /** Encrypted at rest; see the back office's ID-number protection. */
    @Column(name = "id_number_cipher")
    private String idNumberCipher;

    @Enumerated(EnumType.STRING)
    @Column(name = "household_status", nullable = false)
    private HouseholdStatus householdStatus = HouseholdStatus.NOT_RECORDED;

    private boolean active = true;

    @Version
    private long version;

    protected Artisan() {
        // for JPA
    }

    public Artisan(Cooperative cooperative, String displayName) {
        if (displayName == null || displayName.isBlank()) {
            throw new IllegalArgumentException("an artisan needs a display name");
        }
        this.cooperative = cooperative;
        this.displayName = displayName.strip();
    }

    /** Records her consent to show her story and photo publicly, with what she agreed to show. */
    public void publishProfileWithConsent(BilingualText story, String photoUrl) {
        this.publicConsent = true;
        this.story = story;
        this.photoUrl = photoUrl;
    }

    public void withdrawConsent() {
        this.publicConsent = false;
    }

    public void recordPrivateData(
            String realName, String phone, String idNumberCipher, HouseholdStatus householdStatus) {
        this.realName = realName;
        this.phone = phone;
        this.idNumberCipher = idNumberCipher;
        this.householdStatus = householdStatus == null ? HouseholdStatus.NOT_RECORDED : householdStatus;
    }

    /** Records her ID number, already encrypted by the caller. */
    public void recordIdNumber(String idNumberCipher) {
        this.idNumberCipher = idNumberCipher;
    }

    /** Renames her public face; she may choose a pseudonym. */
    public void rename(String displayName) {
        if (displayName == null || displayName.isBlank()) {
            throw new IllegalArgumentException("an artisan needs a display name");
        }
        this.displayName = displayName.strip();
    }

    /**
     * Her public profile as she agreed to it: the story is kept either way, but shown only while {@code consent}
     * holds.
     */
    public void updatePublicProfile(BilingualText story, boolean consent) {
        this.story = story;
        this.publicConsent = consent;
    }

    /** She left the cooperative or stopped producing: her records stay, but no new batch is recorded for her. */
    public void deactivate() {
        this.active = false;
    }

    public void reactivate() {
        this.active = true;
    }

    /** Her story as recorded, whatever her consent — for the back office only. */
    public BilingualText recordedStory() {
        return story;
    }

    public long version() {
        return version;
    }

    public Long id() {
        return id;
    }

    public Cooperative cooperative() {
        return cooperative;
    }

    public String displayName() {
        return displayName;
    }

    /** The English form of her display name; null when none was given. */
    public String displayNameEn() {
        return displayNameEn;
    }

    /** Her public name in both languages: English pages fall back to the Chinese one. */
    public BilingualText publicName() {
        return new BilingualText(displayName, displayNameEn);
    }

    /** Gives her display name an English form; blank removes it. */
    public void nameInEnglish(String english) {
        this.displayNameEn = english == null || english.isBlank() ? null : english.strip();
    }

    public boolean hasPublicConsent() {
        return publicConsent;
    }

    /** Her story, only when she consented to show it. */
    public Optional<BilingualText> publicStory() {
        return publicConsent ? Optional.ofNullable(story) : Optional.empty();
    }

    /** Her photo, only when she consented to show it. */
    public Optional<String> publicPhotoUrl() {
        return publicConsent ? Optional.ofNullable(photoUrl) : Optional.empty();
    }

    public String realName() {
        return realName;
    }

    public String phone() {
        return phone;
    }

    public String idNumberCipher() {
        return idNumberCipher;
    }

    public HouseholdStatus householdStatus() {
        return householdStatus;
    }

    public boolean isActive() {
        return active;
    }
}

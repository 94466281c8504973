package cn.longyuan.market.application.members;

import cn.longyuan.market.application.security.Actor;
import cn.longyuan.market.application.security.IdNumberCipher;
import cn.longyuan.market.application.shared.FieldViolation;
import cn.longyuan.market.application.shared.MarketDatabase;
import cn.longyuan.market.application.shared.RequestRefusedException;
import cn.longyuan.market.application.shared.RequestRefusedException.Reason;
import cn.longyuan.market.domain.model.cooperative.Cooperative;
import cn.longyuan.market.domain.model.cooperative.Role;
import cn.longyuan.market.domain.model.shared.AuditEntry;
import cn.longyuan.market.domain.model.shared.BilingualText;
import cn.longyuan.market.domain.model.shared.ChineseIdNumber;
import cn.longyuan.market.domain.model.shared.PhoneNumbers;
import cn.longyuan.market.domain.model.training.Artisan;
import cn.longyuan.market.domain.model.training.Enrollment;
import cn.longyuan.market.domain.model.training.HouseholdStatus;
import cn.longyuan.market.domain.model.training.SkillLevel;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A cooperative's members as its manager keeps them: created, edited, deactivated (never deleted — her batches
 * and sales point at her). Her public face (display name, and story only with her consent) is kept apart from
 * her private data (real name, phone, ID number encrypted at rest, household status), which only her
 * cooperative's manager and federation staff read — every such read written to the audit log. Federation
 * staff read; only the manager changes. Another cooperative's artisan is "not found".
 */
@ApplicationScoped
@Transactional
public class ArtisanRecords {

    public static final String READ_PRIVATE_DATA = "READ_PRIVATE_DATA";
    public static final int MAX_NAME = 100;
    public static final int MAX_STORY = 4000;
    /** Shown instead of a masked ID number whose stored value does not decrypt. */
    public static final String UNREADABLE_ID_NUMBER = "??????????????????";

    private static final java.util.logging.Logger LOG =
            java.util.logging.Logger.getLogger(ArtisanRecords.class.getName());

    private EntityManager em;
    private IdNumberCipher idNumbers;
    private Clock clock;

    protected ArtisanRecords() {
        // for CDI proxies
    }

    @Inject
    public ArtisanRecords(@MarketDatabase EntityManager em, IdNumberCipher idNumbers, Clock clock) {
        this.em = em;
        this.idNumbers = idNumbers;
        this.clock = clock;
    }

    /**
     * What the manager enters. {@code idNumber} null or blank keeps the recorded one (the form never shows it
     * in full); {@code clearIdNumber} removes it. {@code displayNameEn}: the English form of her display name for
     * English pages, optional; null keeps the recorded one, blank removes it.
     */
    public record ArtisanForm(
            String displayName,
            boolean publicConsent,
            String storyZh,
            String storyEn,
            String realName,
            String phone,
            String idNumber,
            boolean clearIdNumber,
            HouseholdStatus household,
            Boolean active,
            String displayNameEn) {

        /** A form that keeps her English display name as recorded. */
        public ArtisanForm(
                String displayName,
                boolean publicConsent,
                String storyZh,
                String storyEn,
                String realName,
                String phone,
                String idNumber,
                boolean clearIdNumber,
                HouseholdStatus household,
                Boolean active) {
            this(
                    displayName,
                    publicConsent,
                    storyZh,
                    storyEn,
                    realName,
                    phone,
                    idNumber,
                    clearIdNumber,
                    household,
                    active,
                    null);
        }

        /** A form that leaves her active or not as she is. */
        public ArtisanForm(
                String displayName,
                boolean publicConsent,
                String storyZh,
                String storyEn,
                String realName,
                String phone,
                String idNumber,
                boolean clearIdNumber,
                HouseholdStatus household) {
            this(
                    displayName,
                    publicConsent,
                    storyZh,
                    storyEn,
                    realName,
                    phone,
                    idNumber,
                    clearIdNumber,
                    household,
                    null,
                    null);
        }
    }

    /** One row of the members list; private fields only where the actor may read them. */
    public record Member(
            long id,
            String displayName,
            String displayNameEn,
            long cooperativeId,
            String cooperativeName,
            boolean active,
            boolean publicConsent,
            long version,
            String realName,
            String phone,
            String maskedIdNumber,
            HouseholdStatus household) {}

    public record Training(
            long enrollmentId,
            long courseId,
            String course,
            String craft,
            String status,
            SkillLevel level,
            LocalDate completedOn) {}

    public record Batch(long id, String traceCode, String product, int quantity, LocalDate madeOn) {}

    /** Her page: the member row, her recorded story, her trainings (all, in progress too) and batches. */
    public record Details(
            Member member, BilingualText story, List<Training> trainings, List<Batch> batches, int piecesMade) {}

    public long create(Actor actor, ArtisanForm form) {
        Scopes.requireManager(actor, "adds members");
        return createIn(actor, actor.cooperativeId(), form);
    }

    /**
     * A new member of the given cooperative, as {@link #create} makes her: for an import, which federation staff may
     * also make into a cooperative they choose; a manager only into her own.
     */
    public long createIn(Actor actor, long cooperativeId, ArtisanForm form) {
        if (!(actor.is(Role.FEDERATION) || (actor.is(Role.COOP_MANAGER) && actor.canSeeCooperative(cooperativeId)))) {
            throw new RequestRefusedException(
                    Reason.FORBIDDEN, "Only a cooperative's manager or federation staff add its members.");
        }
        validate(form, true);
        Cooperative cooperative = em.find(Cooperative.class, cooperativeId);
        if (cooperative == null) {
            throw RequestRefusedException.notFound("No cooperative " + cooperativeId + ".");
        }
        Artisan artisan = new Artisan(cooperative, form.displayName());
        apply(artisan, form);
        em.persist(artisan);
        em.flush();
        return artisan.id();
    }

    /** Saves an edit made on {@code expectedVersion}; someone else's save in between is a 409, never overwritten. */
    public Member update(Actor actor, long id, long expectedVersion, ArtisanForm form) {
        Scopes.requireManager(actor, "edits members");
        Artisan artisan = lockedCurrent(actor, id, expectedVersion);
        validate(form, false);
        artisan.rename(form.displayName());
        apply(artisan, form);
        if (Boolean.FALSE.equals(form.active())) {
            artisan.deactivate();
        } else if (Boolean.TRUE.equals(form.active())) {
            artisan.reactivate();
        }
        em.flush();
        return member(artisan, actor);
    }

    public Member deactivate(Actor actor, long id, long expectedVersion) {
        Scopes.requireManager(actor, "deactivates members");
        Artisan artisan = lockedCurrent(actor, id, expectedVersion);
        artisan.deactivate();
        em.flush();
        return member(artisan, actor);
    }

    public Member reactivate(Actor actor, long id, long expectedVersion) {
        Scopes.requireManager(actor, "reactivates members");
        Artisan artisan = lockedCurrent(actor, id, expectedVersion);
        artisan.reactivate();
        em.flush();
        return member(artisan, actor);
    }

    /** The members the actor may see (federation: all cooperatives'), private data audited per artisan read. */
    public List<Member> members(Actor actor) {
        requireBackOffice(actor);
        Long scope = actor.cooperativeScope();
        var query = em.createQuery(
                "select a from Artisan a join fetch a.cooperative"
                        + (scope == null ? "" : " where a.cooperative.id = :scope")
                        + " order by a.cooperative.id, a.id",
                Artisan.class);
        if (scope != null) {
            query.setParameter("scope", scope);
        }
        return query.getResultList().stream().map(a -> member(a, actor)).toList();
    }

    public Details details(Actor actor, long id) {
        Artisan artisan = visible(actor, id);
        List<Training> trainings = em
                .createQuery(
                        "select e from Enrollment e join fetch e.course c join fetch c.craft "
                                + "where e.artisan.id = :a order by c.startsOn, e.id",
                        Enrollment.class)
                .setParameter("a", id)
                .getResultList()
                .stream()
                .map(e -> new Training(
                        e.id(),
                        e.course().id(),
                        e.course().title().zh(),
                        e.course().craft().code(),
                        e.status().name(),
                        e.levelAchieved(),
                        e.completedOn()))
                .toList();
        List<Batch> batches = new ArrayList<>();
        for (Object row : em.createNativeQuery(
                        "select b.id, b.trace_code, p.name_zh, b.quantity, b.made_on from production_batch b "
                                + "join product p on p.id = b.product_id where b.artisan_id = ?1 order by b.made_on desc, b.id desc")
                .setParameter(1, id)
                .getResultList()) {
            Object[] r = (Object[]) row;
            batches.add(new Batch(
                    ((Number) r[0]).longValue(),
                    (String) r[1],
                    (String) r[2],
                    ((Number) r[3]).intValue(),
                    toDate(r[4])));
        }
        boolean mayReadPrivate =
                actor.canReadPrivateDataOf(artisan.cooperative().id());
        return new Details(
                member(artisan, actor),
                mayReadPrivate ? artisan.recordedStory() : artisan.publicStory().orElse(null),
                trainings,
                batches,
                batches.stream().mapToInt(Batch::quantity).sum());
    }

    private Artisan lockedCurrent(Actor actor, long id, long expectedVersion) {
        Artisan artisan = visible(actor, id);
        em.lock(artisan, LockModeType.PESSIMISTIC_WRITE);
        em.refresh(artisan);
        if (artisan.version() != expectedVersion) {
            throw new RequestRefusedException(
                    Reason.INVALID_STATE,
                    "This member was changed by someone else since you "
                            + "opened her record (version " + expectedVersion + ", now " + artisan.version()
                            + "). Reload and make your change again.");
        }
        return artisan;
    }

    private Artisan visible(Actor actor, long id) {
        requireBackOffice(actor);
        Artisan artisan = em.find(Artisan.class, id);
        if (artisan == null || !actor.canSeeCooperative(artisan.cooperative().id())) {
            throw RequestRefusedException.notFound("No artisan " + id + ".");
        }
        return artisan;
    }

    private static void requireBackOffice(Actor actor) {
        if (!actor.is(Role.COOP_MANAGER) && !actor.is(Role.FEDERATION)) {
            throw new RequestRefusedException(
                    Reason.FORBIDDEN, "Only cooperative managers and federation staff keep members' records.");
        }
    }

    private Member member(Artisan a, Actor actor) {
        String realName = null;
        String phone = null;
        String masked = null;
        HouseholdStatus household = null;
        if (actor.canReadPrivateDataOf(a.cooperative().id())) {
            realName = a.realName();
            phone = a.phone();
            masked = a.idNumberCipher() == null ? null : masked(a);
            household = a.householdStatus();
            em.persist(new AuditEntry(actor.username(), READ_PRIVATE_DATA, "artisan", a.id(), null, clock.instant()));
        }
        return new Member(
                a.id(),
                a.displayName(),
                a.displayNameEn(),
                a.cooperative().id(),
                a.cooperative().name().zh(),
                a.isActive(),
                a.hasPublicConsent(),
                a.version(),
                realName,
                phone,
                masked,
                household);
    }

    /** Her ID number masked; a stored value that does not decrypt (another key, damage) shows as unreadable, not as an error page. */
    private String masked(Artisan a) {
        try {
            return IdNumberCipher.mask(idNumbers.decrypt(a.idNumberCipher()));
        } catch (RuntimeException e) {
            LOG.warning("the ID number of artisan " + a.id() + " cannot be decrypted with the current key: "
                    + e.getMessage());
            return UNREADABLE_ID_NUMBER;
        }
    }

    private void apply(Artisan artisan, ArtisanForm form) {
        if (form.displayNameEn() != null) {
            artisan.nameInEnglish(form.displayNameEn());
        }
        BilingualText story = blank(form.storyZh()) && blank(form.storyEn())
                ? null
                : new BilingualText(strip(form.storyZh()), strip(form.storyEn()));
        artisan.updatePublicProfile(story, form.publicConsent());
        String cipher = artisan.idNumberCipher();
        if (form.clearIdNumber()) {
            cipher = null;
        } else if (!blank(form.idNumber())) {
            cipher = idNumbers.encrypt(ChineseIdNumber.normalise(form.idNumber()));
        }
        artisan.recordPrivateData(
                strip(form.realName()), PhoneNumbers.normalise(form.phone()), cipher, form.household());
    }

    private static void validate(ArtisanForm form, boolean creating) {
        List<FieldViolation> violations = violations(form);
        if (!violations.isEmpty()) {
            throw new RequestRefusedException(Reason.VALIDATION, "The member has invalid fields.", violations);
        }
    }

    /** What is wrong with the form, named as the form names its fields; empty when nothing is. */
    public static List<FieldViolation> violations(ArtisanForm form) {
        List<FieldViolation> violations = new ArrayList<>();
        if (blank(form.displayName())) {
            violations.add(new FieldViolation("displayName", "required"));
        } else if (form.displayName().strip().length() > MAX_NAME) {
            violations.add(new FieldViolation("displayName", "at most " + MAX_NAME + " characters"));
        }
        if (!blank(form.displayNameEn()) && form.displayNameEn().strip().length() > MAX_NAME) {
            violations.add(new FieldViolation("displayNameEn", "at most " + MAX_NAME + " characters"));
        }
        if (!blank(form.realName()) && form.realName().strip().length() > MAX_NAME) {
            violations.add(new FieldViolation("realName", "at most " + MAX_NAME + " characters"));
        }
        if (!blank(form.phone()) && !PhoneNumbers.isValid(form.phone())) {
            violations.add(new FieldViolation(
                    "phone", "a mainland mobile number (11 digits, 13x–19x) or a landline with its area code"));
        }
        if (!blank(form.idNumber()) && !ChineseIdNumber.isValid(form.idNumber())) {
            violations.add(new FieldViolation(
                    "idNumber", "not a valid resident ID number (18 characters, date of birth and check digit)"));
        }
        for (String[] story : new String[][] {{"storyZh", form.storyZh()}, {"storyEn", form.storyEn()}}) {
            if (story[1] != null && story[1].length() > MAX_STORY) {
                violations.add(new FieldViolation(story[0], "at most " + MAX_STORY + " characters"));
            }
        }
        if (form.publicConsent() && blank(form.storyZh()) && blank(form.storyEn())) {
            violations.add(new FieldViolation("storyZh", "a public profile needs her story in at least one language"));
        }
        return violations;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String strip(String s) {
        return blank(s) ? null : s.strip();
    }

    public static LocalDate toDate(Object value) {
        if (value instanceof LocalDate d) {
            return d;
        }
        return ((java.sql.Date) value).toLocalDate();
    }

    /** For the tests and the audit page: how many private reads of this artisan were logged. */
    public long privateReadsOf(long artisanId) {
        return em.createQuery(
                        "select count(a) from AuditEntry a where a.subjectType = 'artisan' and a.subjectId = :id "
                                + "and a.action = :action",
                        Long.class)
                .setParameter("id", artisanId)
                .setParameter("action", READ_PRIVATE_DATA)
                .getSingleResult();
    }
}

package cn.longyuan.market.admin.interfaces.rest;

import cn.longyuan.market.application.members.ArtisanRecords;
import cn.longyuan.market.application.members.TrainingRecords;
import cn.longyuan.market.application.production.BatchQueries;
import cn.longyuan.market.domain.model.training.HouseholdStatus;
import cn.longyuan.market.web.api.ApiTime;
import cn.longyuan.market.web.api.Ids;
import cn.longyuan.market.web.api.JsonFields;
import cn.longyuan.market.web.api.JsonShape;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.Locale;

/** The shapes of the members, training and production calls' answers, and the reading of their bodies. */
public final class MembersJson {

    private MembersJson() {}

    public record Member(
            String id,
            String displayName,
            String displayNameEn,
            AdminJson.CooperativeRef cooperative,
            boolean active,
            boolean publicConsent,
            long version,
            String realName,
            String phone,
            String idNumber,
            String household) {}

    public record Training(
            String enrollmentId,
            String courseId,
            String course,
            String craft,
            String status,
            String level,
            String completedOn) {}

    public record BatchRef(String id, String traceCode, String product, int quantity, String madeOn) {}

    public record MemberDetails(
            Member member,
            String storyZh,
            String storyEn,
            List<Training> trainings,
            List<BatchRef> batches,
            int piecesMade) {}

    public record Batch(
            String id,
            String traceCode,
            String productId,
            String product,
            String craft,
            String artisanId,
            String artisan,
            String locationId,
            String location,
            int quantity,
            String madeOn,
            String recordedBy,
            String cooperativeId) {}

    public record Course(
            String id,
            String craft,
            String craftName,
            String title,
            String level,
            int hours,
            String trainer,
            String place,
            String startsOn,
            String endsOn,
            int capacity,
            long enrolled,
            int minAttendancePercent,
            String cooperativeId) {}

    static Member member(ArtisanRecords.Member m) {
        return new Member(
                Ids.of(m.id()),
                m.displayName(),
                m.displayNameEn(),
                new AdminJson.CooperativeRef(Ids.of(m.cooperativeId()), m.cooperativeName()),
                m.active(),
                m.publicConsent(),
                m.version(),
                m.realName(),
                m.phone(),
                m.maskedIdNumber(),
                m.household() == null ? null : m.household().name());
    }

    static MemberDetails details(ArtisanRecords.Details d) {
        return new MemberDetails(
                member(d.member()),
                d.story() == null ? null : d.story().zh(),
                d.story() == null ? null : d.story().en(),
                d.trainings().stream()
                        .map(t -> new Training(
                                Ids.of(t.enrollmentId()),
                                Ids.of(t.courseId()),
                                t.course(),
                                t.craft(),
                                t.status(),
                                t.level() == null ? null : t.level().name(),
                                ApiTime.date(t.completedOn())))
                        .toList(),
                d.batches().stream()
                        .map(b -> new BatchRef(
                                Ids.of(b.id()), b.traceCode(), b.product(), b.quantity(), ApiTime.date(b.madeOn())))
                        .toList(),
                d.piecesMade());
    }

    static Batch batch(BatchQueries.BatchRow b, Locale locale) {
        return new Batch(
                Ids.of(b.id()),
                b.traceCode(),
                Ids.of(b.productId()),
                b.product().in(locale),
                b.craft(),
                Ids.of(b.artisanId()),
                b.artisan(),
                Ids.of(b.locationId()),
                b.location(),
                b.quantity(),
                ApiTime.date(b.madeOn()),
                b.recordedBy(),
                Ids.of(b.cooperativeId()));
    }

    static Course course(TrainingRecords.Course c, Locale locale) {
        return new Course(
                Ids.of(c.id()),
                c.craft(),
                c.craftName().in(locale),
                c.title().in(locale),
                c.level().name(),
                c.hours(),
                c.trainer(),
                c.place(),
                ApiTime.date(c.startsOn()),
                ApiTime.date(c.endsOn()),
                c.capacity(),
                c.enrolled(),
                c.minAttendancePercent(),
                c.cooperativeId() == null ? null : Ids.of(c.cooperativeId()));
    }

    /** The fields of a new artisan's body, and of an edit (which names the version it was loaded at). */
    static final JsonShape ARTISAN = JsonShape.of(
            "displayName",
            "displayNameEn",
            "publicConsent",
            "active",
            "household",
            "storyZh",
            "storyEn",
            "realName",
            "phone",
            "idNumber");

    static final JsonShape ARTISAN_EDIT = JsonShape.of(
            "displayName",
            "displayNameEn",
            "publicConsent",
            "active",
            "household",
            "storyZh",
            "storyEn",
            "realName",
            "phone",
            "idNumber",
            "version");

    /** An artisan's fields from a request body; violations go to {@code fields}. */
    static ArtisanRecords.ArtisanForm artisanForm(JsonObject json, JsonFields fields) {
        String displayName = fields.string(json, "displayName", "displayName");
        boolean consent = json.containsKey("publicConsent") && json.get("publicConsent") == jakarta.json.JsonValue.TRUE;
        if (json.containsKey("publicConsent")
                && json.get("publicConsent") != jakarta.json.JsonValue.TRUE
                && json.get("publicConsent") != jakarta.json.JsonValue.FALSE) {
            fields.add("publicConsent", "must be true or false");
        }
        Boolean active = null;
        if (json.containsKey("active")) {
            if (json.get("active") == jakarta.json.JsonValue.TRUE
                    || json.get("active") == jakarta.json.JsonValue.FALSE) {
                active = json.get("active") == jakarta.json.JsonValue.TRUE;
            } else {
                fields.add("active", "must be true or false");
            }
        }
        HouseholdStatus household = fields.enumValue(json, "household", "household", HouseholdStatus.class);
        return new ArtisanRecords.ArtisanForm(
                displayName,
                consent,
                fields.string(json, "storyZh", "storyZh"),
                fields.string(json, "storyEn", "storyEn"),
                fields.string(json, "realName", "realName"),
                fields.string(json, "phone", "phone"),
                fields.string(json, "idNumber", "idNumber"),
                false,
                household,
                active,
                fields.string(json, "displayNameEn", "displayNameEn"));
    }
}

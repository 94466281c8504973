package cn.longyuan.market.application.members;

import cn.longyuan.market.domain.model.shared.BilingualText;
import cn.longyuan.market.domain.model.training.Artisan;
import cn.longyuan.market.domain.model.training.Enrollment;
import cn.longyuan.market.domain.model.training.SkillLevel;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Artisans' completed trainings and skill levels, read for many artisans in one query: the training a maker has
 * published. The back office's artisan directory shows it, and the catalogue shows it under her products — the
 * catalogue builds on members, not the other way round. Nothing here carries an artisan's private data: the
 * records have no field for it.
 */
public final class TrainingProfiles {

    private TrainingProfiles() {}

    public record TrainingRecord(
            BilingualText course, String craft, BilingualText craftName, SkillLevel level, LocalDate completedOn) {}

    public record CraftLevel(String craft, BilingualText craftName, SkillLevel level) {}

    /**
     * An artisan as the public may see her: display name (with its English form, null when none was given); story and
     * photo only with her consent.
     */
    public record MakerProfile(
            long id,
            String displayName,
            String displayNameEn,
            Optional<BilingualText> story,
            Optional<String> photoUrl,
            List<CraftLevel> levels,
            List<TrainingRecord> trainings) {

        /** Her display name in both languages: English pages fall back to the Chinese one. */
        public BilingualText name() {
            return new BilingualText(displayName, displayNameEn);
        }
    }

    /** The public profile of each artisan (story and photo only with consent), by artisan id. */
    public static Map<Long, MakerProfile> of(EntityManager em, List<Artisan> artisans) {
        Map<Long, List<Enrollment>> byArtisan = new LinkedHashMap<>();
        if (!artisans.isEmpty()) {
            for (Enrollment e : em.createNamedQuery(Enrollment.COMPLETED_BY_ARTISANS, Enrollment.class)
                    .setParameter("artisans", artisans.stream().map(Artisan::id).toList())
                    .getResultList()) {
                byArtisan
                        .computeIfAbsent(e.artisan().id(), id -> new ArrayList<>())
                        .add(e);
            }
        }
        Map<Long, MakerProfile> profiles = new LinkedHashMap<>();
        for (Artisan artisan : artisans) {
            profiles.put(artisan.id(), profile(artisan, byArtisan.getOrDefault(artisan.id(), List.of())));
        }
        return profiles;
    }

    /** Her profile from her completed enrolments: each training, and the highest level she reached in each craft. */
    private static MakerProfile profile(Artisan artisan, List<Enrollment> completed) {
        List<TrainingRecord> trainings = completed.stream()
                .map(e -> new TrainingRecord(
                        e.course().title(),
                        e.course().craft().code(),
                        e.course().craft().name(),
                        e.levelAchieved(),
                        e.completedOn()))
                .toList();
        Map<String, CraftLevel> highest = new LinkedHashMap<>();
        for (TrainingRecord t : trainings) {
            highest.merge(
                    t.craft(),
                    new CraftLevel(t.craft(), t.craftName(), t.level()),
                    (a, b) -> b.level().isAtLeast(a.level()) ? b : a);
        }
        return new MakerProfile(
                artisan.id(),
                artisan.displayName(),
                artisan.displayNameEn(),
                artisan.publicStory(),
                artisan.publicPhotoUrl(),
                List.copyOf(highest.values()),
                trainings);
    }
}

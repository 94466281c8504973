package cn.longyuan.market.application.backoffice;

import cn.longyuan.market.application.CatalogQueries;
import cn.longyuan.market.domain.model.training.Artisan;
import cn.longyuan.market.domain.model.training.Enrollment;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Artisans' completed trainings and skill levels, read for many artisans in one query. */
public final class TrainingProfiles {

    private TrainingProfiles() {}

    /** The public profile of each artisan (story and photo only with consent), by artisan id. */
    public static Map<Long, CatalogQueries.MakerProfile> of(EntityManager em, List<Artisan> artisans) {
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
        Map<Long, CatalogQueries.MakerProfile> profiles = new LinkedHashMap<>();
        for (Artisan artisan : artisans) {
            profiles.put(
                    artisan.id(), CatalogQueries.profile(artisan, byArtisan.getOrDefault(artisan.id(), List.of())));
        }
        return profiles;
    }
}

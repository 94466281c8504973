package cn.longyuan.market.application.members;

import cn.longyuan.market.application.security.Actor;
import cn.longyuan.market.application.security.IdNumberCipher;
import cn.longyuan.market.application.shared.MarketDatabase;
import cn.longyuan.market.application.shared.RequestRefusedException;
import cn.longyuan.market.domain.model.cooperative.Role;
import cn.longyuan.market.domain.model.shared.AuditEntry;
import cn.longyuan.market.domain.model.shared.BilingualText;
import cn.longyuan.market.domain.model.training.Artisan;
import cn.longyuan.market.domain.model.training.HouseholdStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The artisans a back-office user may see. Everybody there sees display names, cooperatives, skill levels
 * and trainings; only federation staff and the manager of her own cooperative see her private data, with
 * the ID number masked — and every such read is written to the audit log with who and when.
 */
@ApplicationScoped
@Transactional
public class ArtisanDirectory {

    public static final String READ_PRIVATE_DATA = "READ_PRIVATE_DATA";

    private EntityManager em;
    private IdNumberCipher idNumbers;
    private Clock clock;

    protected ArtisanDirectory() {
        // for CDI proxies
    }

    @Inject
    public ArtisanDirectory(@MarketDatabase EntityManager em, IdNumberCipher idNumbers, Clock clock) {
        this.em = em;
        this.idNumbers = idNumbers;
        this.clock = clock;
    }

    public record PrivateData(String realName, String phone, String maskedIdNumber, HouseholdStatus household) {}

    public record Entry(
            long id,
            String displayName,
            long cooperativeId,
            BilingualText cooperativeName,
            boolean active,
            List<TrainingProfiles.CraftLevel> levels,
            List<TrainingProfiles.TrainingRecord> trainings,
            Optional<PrivateData> privateData) {}

    public List<Entry> visibleTo(Actor actor) {
        if (actor.is(Role.BUYER)) {
            throw new RequestRefusedException(
                    RequestRefusedException.Reason.FORBIDDEN, "Buyers have no artisans to see.");
        }
        Long scope = actor.cooperativeScope();
        var query = em.createQuery(
                "select a from Artisan a join fetch a.cooperative"
                        + (scope == null ? "" : " where a.cooperative.id = :scope")
                        + " order by a.cooperative.id, a.id",
                Artisan.class);
        if (scope != null) {
            query.setParameter("scope", scope);
        }
        List<Artisan> artisans = query.getResultList();
        Map<Long, TrainingProfiles.MakerProfile> profiles = TrainingProfiles.of(em, artisans);
        return artisans.stream().map(a -> entry(a, profiles.get(a.id()), actor)).toList();
    }

    private Entry entry(Artisan artisan, TrainingProfiles.MakerProfile profile, Actor actor) {
        Optional<PrivateData> privateData = Optional.empty();
        if (actor.canReadPrivateDataOf(artisan.cooperative().id())) {
            String idNumber = artisan.idNumberCipher() == null ? null : idNumbers.decrypt(artisan.idNumberCipher());
            privateData = Optional.of(new PrivateData(
                    artisan.realName(), artisan.phone(), IdNumberCipher.mask(idNumber), artisan.householdStatus()));
            em.persist(new AuditEntry(
                    actor.username(), READ_PRIVATE_DATA, "artisan", artisan.id(), null, clock.instant()));
        }
        return new Entry(
                artisan.id(),
                artisan.displayName(),
                artisan.cooperative().id(),
                artisan.cooperative().name(),
                artisan.isActive(),
                profile.levels(),
                profile.trainings(),
                privateData);
    }
}

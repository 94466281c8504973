package cn.longyuan.market.application.federation;

import cn.longyuan.market.application.FieldViolation;
import cn.longyuan.market.application.RequestRefusedException;
import cn.longyuan.market.application.RequestRefusedException.Reason;
import cn.longyuan.market.application.security.Actor;
import cn.longyuan.market.domain.model.cooperative.Cooperative;
import cn.longyuan.market.domain.model.cooperative.Location;
import cn.longyuan.market.domain.model.cooperative.Role;
import cn.longyuan.market.domain.model.shared.BilingualText;
import cn.longyuan.market.application.MarketDatabase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The federation's register of cooperatives: it registers a new one (PENDING, selling nothing), approves it, and may
 * suspend it. Only an APPROVED cooperative's products are on sale ({@code Product.isOnSale}). Federation staff only.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRED)
public class CooperativeRegistry {

    private EntityManager em;
    private Clock clock;

    protected CooperativeRegistry() {
        // for CDI proxies
    }

    @Inject
    public CooperativeRegistry(@MarketDatabase EntityManager em, Clock clock) {
        this.em = em;
        this.clock = clock;
    }

    /** A cooperative as the register shows it, with how many members and listed products it has. */
    public record Entry(long id, BilingualText name, String township, Cooperative.Status status, String statusChangedBy,
                        Instant statusChangedAt, long members, long publishedProducts, long version) {
    }

    public record NewCooperative(String nameZh, String nameEn, String township, String storyZh, String storyEn,
                                 String mainPlace) {
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Entry> all(Actor actor) {
        requireFederation(actor);
        return em.createQuery("select c from Cooperative c order by c.id", Cooperative.class).getResultList().stream()
                .map(this::entry).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Entry one(Actor actor, long id) {
        requireFederation(actor);
        return entry(find(id));
    }

    /** Registers a cooperative with its main place; it waits for approval. Answers its id. */
    public long register(Actor actor, NewCooperative draft) {
        requireFederation(actor);
        List<FieldViolation> violations = new ArrayList<>();
        require(violations, "nameZh", draft.nameZh(), 200);
        require(violations, "nameEn", draft.nameEn(), 200);
        require(violations, "township", draft.township(), 100);
        if (draft.mainPlace() != null && draft.mainPlace().strip().length() > 200) {
            violations.add(new FieldViolation("mainPlace", "at most 200 characters"));
        }
        if (!violations.isEmpty()) {
            throw new RequestRefusedException(Reason.VALIDATION, "The cooperative is not complete.", violations);
        }
        BilingualText story = blank(draft.storyZh()) ? null : new BilingualText(draft.storyZh().strip(), strip(draft.storyEn()));
        Cooperative cooperative = Cooperative.pending(new BilingualText(draft.nameZh().strip(), draft.nameEn().strip()),
                draft.township().strip(), story, actor.username(), clock.instant());
        em.persist(cooperative);
        String place = blank(draft.mainPlace()) ? draft.township().strip() : draft.mainPlace().strip();
        em.persist(new Location(cooperative, new BilingualText(place, place), place, true));
        em.flush();
        return cooperative.id();
    }

    public Entry approve(Actor actor, long id, Long basedOnVersion) {
        return change(actor, id, basedOnVersion, true);
    }

    public Entry suspend(Actor actor, long id, Long basedOnVersion) {
        return change(actor, id, basedOnVersion, false);
    }

    private Entry change(Actor actor, long id, Long basedOnVersion, boolean approve) {
        requireFederation(actor);
        Cooperative cooperative = em.find(Cooperative.class, id);
        if (cooperative == null) {
            throw RequestRefusedException.notFound("No cooperative " + id + ".");
        }
        if (basedOnVersion != null && basedOnVersion != cooperative.version()) {
            throw new RequestRefusedException(Reason.INVALID_STATE, "Someone else changed this cooperative meanwhile.");
        }
        Cooperative.Status wanted = approve ? Cooperative.Status.APPROVED : Cooperative.Status.SUSPENDED;
        if (cooperative.status() == wanted) {
            throw new RequestRefusedException(Reason.INVALID_STATE, "The cooperative is already " + wanted + ".");
        }
        if (approve) {
            cooperative.approve(actor.username(), clock.instant());
        } else {
            cooperative.suspend(actor.username(), clock.instant());
        }
        em.flush();
        return entry(cooperative);
    }

    private Cooperative find(long id) {
        Cooperative cooperative = em.find(Cooperative.class, id);
        if (cooperative == null) {
            throw RequestRefusedException.notFound("No cooperative " + id + ".");
        }
        return cooperative;
    }

    private Entry entry(Cooperative c) {
        long members = em.createQuery("select count(a) from Artisan a where a.cooperative.id = :c", Long.class)
                .setParameter("c", c.id()).getSingleResult();
        long published = em.createQuery("select count(p) from Product p where p.cooperative.id = :c and p.published = true", Long.class)
                .setParameter("c", c.id()).getSingleResult();
        return new Entry(c.id(), c.name(), c.township(), c.status(), c.statusChangedBy(), c.statusChangedAt(), members,
                published, c.version());
    }

    private static void requireFederation(Actor actor) {
        if (actor == null || !actor.is(Role.FEDERATION)) {
            throw new RequestRefusedException(Reason.FORBIDDEN, "Only federation staff keep the register of cooperatives.");
        }
    }

    private static void require(List<FieldViolation> violations, String field, String value, int max) {
        if (blank(value)) {
            violations.add(new FieldViolation(field, "required"));
        } else if (value.strip().length() > max) {
            violations.add(new FieldViolation(field, "at most " + max + " characters"));
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String strip(String s) {
        return s == null ? "" : s.strip();
    }
}

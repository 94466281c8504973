package cn.longyuan.market.application.federation;

import cn.longyuan.market.application.security.AccountAdministration;
import cn.longyuan.market.application.security.Actor;
import cn.longyuan.market.application.security.Passwords;
import cn.longyuan.market.application.shared.FieldViolation;
import cn.longyuan.market.application.shared.MarketDatabase;
import cn.longyuan.market.application.shared.RequestRefusedException;
import cn.longyuan.market.application.shared.RequestRefusedException.Reason;
import cn.longyuan.market.domain.model.cooperative.Cooperative;
import cn.longyuan.market.domain.model.cooperative.Location;
import cn.longyuan.market.domain.model.cooperative.Role;
import cn.longyuan.market.domain.model.shared.BilingualText;
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
 * Four eyes: the member of staff who registered a cooperative does not approve it. Its first approval makes its
 * manager's account, with a set-password link (no cooperative is approved without someone to run it).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRED)
public class CooperativeRegistry {

    private EntityManager em;
    private Clock clock;
    private AccountAdministration accounts;

    protected CooperativeRegistry() {
        // for CDI proxies
    }

    @Inject
    public CooperativeRegistry(@MarketDatabase EntityManager em, Clock clock, AccountAdministration accounts) {
        this.em = em;
        this.clock = clock;
        this.accounts = accounts;
    }

    /** A cooperative as the register shows it, with how many members and listed products it has. */
    public record Entry(
            long id,
            BilingualText name,
            String township,
            Cooperative.Status status,
            String statusChangedBy,
            Instant statusChangedAt,
            long members,
            long publishedProducts,
            long version,
            String registeredBy,
            String managerUsername,
            String townshipEn) {}

    /**
     * {@code managerUsername} and {@code managerName}: who will run it; may also be named when it is approved.
     * {@code townshipEn}: the township's English name, optional (English pages show the Chinese one without it).
     */
    public record NewCooperative(
            String nameZh,
            String nameEn,
            String township,
            String storyZh,
            String storyEn,
            String mainPlace,
            String managerUsername,
            String managerName,
            String townshipEn) {

        public NewCooperative(
                String nameZh,
                String nameEn,
                String township,
                String storyZh,
                String storyEn,
                String mainPlace,
                String managerUsername,
                String managerName) {
            this(nameZh, nameEn, township, storyZh, storyEn, mainPlace, managerUsername, managerName, null);
        }

        public NewCooperative(
                String nameZh, String nameEn, String township, String storyZh, String storyEn, String mainPlace) {
            this(nameZh, nameEn, township, storyZh, storyEn, mainPlace, null, null, null);
        }
    }

    /** The approved cooperative and, on its first approval, its new manager's set-password link (shown once). */
    public record Approval(Entry cooperative, Passwords.IssuedLink managerLink) {}

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Entry> all(Actor actor) {
        requireFederation(actor);
        return em.createQuery("select c from Cooperative c order by c.id", Cooperative.class).getResultList().stream()
                .map(this::entry)
                .toList();
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
        // the English name is optional: a manager may not write English; pages fall back to the Chinese one
        atMost(violations, "nameEn", draft.nameEn(), 200);
        require(violations, "township", draft.township(), 100);
        if (draft.townshipEn() != null && draft.townshipEn().strip().length() > 100) {
            violations.add(new FieldViolation("townshipEn", "at most 100 characters"));
        }
        if (draft.mainPlace() != null && draft.mainPlace().strip().length() > 200) {
            violations.add(new FieldViolation("mainPlace", "at most 200 characters"));
        }
        if (!blank(draft.managerUsername()) || !blank(draft.managerName())) {
            checkManager(violations, draft.managerUsername(), draft.managerName());
        }
        if (!violations.isEmpty()) {
            throw new RequestRefusedException(Reason.VALIDATION, "The cooperative is not complete.", violations);
        }
        BilingualText story = blank(draft.storyZh())
                ? null
                : new BilingualText(draft.storyZh().strip(), strip(draft.storyEn()));
        Cooperative cooperative = Cooperative.pending(
                new BilingualText(draft.nameZh().strip(), strip(draft.nameEn())),
                draft.township().strip(),
                story,
                actor.username(),
                clock.instant());
        cooperative.nameTownshipInEnglish(draft.townshipEn());
        if (!blank(draft.managerUsername())) {
            cooperative.nameManager(
                    draft.managerUsername().strip(), draft.managerName().strip());
        }
        em.persist(cooperative);
        String place = blank(draft.mainPlace())
                ? draft.township().strip()
                : draft.mainPlace().strip();
        em.persist(new Location(cooperative, new BilingualText(place, place), place, true));
        em.flush();
        return cooperative.id();
    }

    public Approval approve(Actor actor, long id, Long basedOnVersion) {
        return approve(actor, id, basedOnVersion, null, null);
    }

    /**
     * Approves it. The first approval (from PENDING) needs another member of staff than its registrar and makes the
     * manager's account — the one named now, else the one named at registration — unless it has a manager already.
     */
    public Approval approve(Actor actor, long id, Long basedOnVersion, String managerUsername, String managerName) {
        requireFederation(actor);
        Cooperative cooperative = find(id);
        checkVersion(cooperative, basedOnVersion);
        Passwords.IssuedLink link = null;
        if (cooperative.status() == Cooperative.Status.PENDING) {
            if (actor.username().equals(cooperative.registeredBy())) {
                throw new RequestRefusedException(
                        Reason.FORBIDDEN,
                        "You registered this cooperative: another member of " + "federation staff must approve it.",
                        List.of(new FieldViolation("approver", "registered it")));
            }
            if (!hasManager(id)) {
                link = createManager(actor, cooperative, managerUsername, managerName);
            }
        }
        return new Approval(change(actor, cooperative, true), link);
    }

    public Entry suspend(Actor actor, long id, Long basedOnVersion) {
        return change(actor, id, basedOnVersion, false);
    }

    private Entry change(Actor actor, long id, Long basedOnVersion, boolean approve) {
        requireFederation(actor);
        Cooperative cooperative = find(id);
        checkVersion(cooperative, basedOnVersion);
        return change(actor, cooperative, approve);
    }

    private Entry change(Actor actor, Cooperative cooperative, boolean approve) {
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

    private static void checkVersion(Cooperative cooperative, Long basedOnVersion) {
        if (basedOnVersion != null && basedOnVersion != cooperative.version()) {
            throw new RequestRefusedException(Reason.INVALID_STATE, "Someone else changed this cooperative meanwhile.");
        }
    }

    private boolean hasManager(long cooperative) {
        return em.createQuery(
                                "select count(a) from Account a where a.cooperative.id = :c and a.role = :manager",
                                Long.class)
                        .setParameter("c", cooperative)
                        .setParameter("manager", Role.COOP_MANAGER)
                        .getSingleResult()
                > 0;
    }

    private Passwords.IssuedLink createManager(Actor actor, Cooperative cooperative, String username, String name) {
        String chosenUsername = blank(username) ? cooperative.managerUsername() : username.strip();
        String chosenName = blank(username) ? cooperative.managerName() : name;
        List<FieldViolation> violations = new ArrayList<>();
        if (blank(chosenUsername)) {
            violations.add(
                    new FieldViolation("managerUsername", "required: the cooperative has no manager account yet"));
        } else {
            checkManager(violations, chosenUsername, chosenName);
        }
        if (!violations.isEmpty()) {
            throw new RequestRefusedException(Reason.VALIDATION, "Name the cooperative's manager.", violations);
        }
        cooperative.nameManager(chosenUsername, chosenName.strip());
        try {
            return accounts.create(
                            actor,
                            new AccountAdministration.NewAccount(
                                    chosenUsername, chosenName.strip(), Role.COOP_MANAGER, cooperative.id(), null))
                    .link();
        } catch (RequestRefusedException refused) {
            // the account's own fields, under the names of this request's
            throw new RequestRefusedException(
                    refused.reason(),
                    refused.getMessage(),
                    refused.violations().stream()
                            .map(v -> new FieldViolation(
                                    v.field().equals("username") ? "managerUsername" : "managerName", v.message()))
                            .toList());
        }
    }

    private void checkManager(List<FieldViolation> violations, String username, String name) {
        if (blank(username)) {
            violations.add(new FieldViolation("managerUsername", "required with a manager's name"));
        } else if (!username.strip().matches("[a-z0-9][a-z0-9._-]{2,59}")) {
            violations.add(new FieldViolation("managerUsername", "3–60 lower-case letters, digits, '.', '_' or '-'"));
        } else if (em.createNamedQuery(cn.longyuan.market.domain.model.cooperative.Account.BY_USERNAME)
                        .setParameter("username", username.strip())
                        .getResultList()
                        .size()
                > 0) {
            violations.add(new FieldViolation("managerUsername", "already taken"));
        }
        require(violations, "managerName", name, 100);
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
                .setParameter("c", c.id())
                .getSingleResult();
        long published = em.createQuery(
                        "select count(p) from Product p where p.cooperative.id = :c and p.published = true", Long.class)
                .setParameter("c", c.id())
                .getSingleResult();
        return new Entry(
                c.id(),
                c.name(),
                c.township(),
                c.status(),
                c.statusChangedBy(),
                c.statusChangedAt(),
                members,
                published,
                c.version(),
                c.registeredBy(),
                c.managerUsername(),
                c.townshipName().en());
    }

    private static void requireFederation(Actor actor) {
        if (actor == null || !actor.is(Role.FEDERATION)) {
            throw new RequestRefusedException(
                    Reason.FORBIDDEN, "Only federation staff keep the register of cooperatives.");
        }
    }

    private static void require(List<FieldViolation> violations, String field, String value, int max) {
        if (blank(value)) {
            violations.add(new FieldViolation(field, "required"));
        } else if (value.strip().length() > max) {
            violations.add(new FieldViolation(field, "at most " + max + " characters"));
        }
    }

    private static void atMost(List<FieldViolation> violations, String field, String value, int max) {
        if (!blank(value) && value.strip().length() > max) {
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

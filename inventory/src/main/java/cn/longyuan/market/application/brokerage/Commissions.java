package cn.longyuan.market.application.brokerage;

import cn.longyuan.market.application.income.SignedIncome;
import cn.longyuan.market.application.security.Actor;
import cn.longyuan.market.application.shared.FieldViolation;
import cn.longyuan.market.application.shared.MarketDatabase;
import cn.longyuan.market.application.shared.RequestRefusedException;
import cn.longyuan.market.application.shared.RequestRefusedException.Reason;
import cn.longyuan.market.domain.model.brokerage.CommissionMonth;
import cn.longyuan.market.domain.model.brokerage.CommissionRate;
import cn.longyuan.market.domain.model.brokerage.CommissionRule;
import cn.longyuan.market.domain.model.brokerage.CommissionSettlement;
import cn.longyuan.market.domain.model.catalog.Product;
import cn.longyuan.market.domain.model.cooperative.Account;
import cn.longyuan.market.domain.model.cooperative.Role;
import cn.longyuan.market.domain.model.income.IncomeEntry;
import cn.longyuan.market.domain.model.shared.BilingualText;
import cn.longyuan.market.domain.model.shared.MarketTime;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Brokers' commissions: the rates federation staff set per broker (for everything, a cooperative, or a
 * product), each broker's commission ledger by month — read from the income ledger, where every sale of a
 * broker's order writes her share and every return takes it back — and the monthly settlement of it.
 * <p>
 * A broker sees only her own ledger; federation staff see and settle every broker's. Brokers are named by their
 * account's user name.
 */
@ApplicationScoped
@Transactional
public class Commissions {

    public static final ZoneId CHINA = MarketTime.ZONE;

    private EntityManager em;
    private Clock clock;

    protected Commissions() {
        // for CDI proxies
    }

    @Inject
    public Commissions(@MarketDatabase EntityManager em, Clock clock) {
        this.em = em;
        this.clock = clock;
    }

    public record Broker(long id, String username, String displayName) {}

    /** A rate as asked for: any of the three may be missing (they are checked together). */
    public record RateInput(Long cooperativeId, Long productId, Integer basisPoints) {}

    /** Pieces of one product of an order, of one kind, written in one month; amounts signed (a reversal is below zero). */
    public record Line(
            long productId,
            BilingualText product,
            IncomeEntry.Kind kind,
            int quantity,
            long saleFen,
            long commissionFen,
            YearMonth writtenIn,
            Instant lastAt) {
        /** Written in an earlier month and carried into this one because that month was settled. */
        public boolean carriedFrom(YearMonth month) {
            return writtenIn.isBefore(month);
        }
    }

    public record OrderCommissions(String orderNumber, List<Line> lines, long saleFen, long commissionFen) {}

    /** A broker's month: the orders with their commission lines, the total, and the settlement when it is closed. */
    public record Ledger(
            Broker broker,
            YearMonth month,
            CommissionSettlement settlement,
            List<OrderCommissions> orders,
            long saleFen,
            long totalFen,
            int entries) {
        public boolean settled() {
            return settlement != null;
        }
    }

    // ---- rules ----

    /** The broker's rates: any broker's for federation staff, her own for a broker (another's is 404). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<CommissionRule> rules(Actor actor, String broker) {
        Broker b = visibleBroker(actor, broker);
        return em.createNamedQuery(CommissionRule.OF_BROKER, CommissionRule.class)
                .setParameter("broker", b.id())
                .getResultList();
    }

    /**
     * Federation staff set a broker's rates, all of them at once: rates for things not named any more are removed.
     * A product's rate may leave out its cooperative (it is the product's); at most one rate per thing.
     */
    public List<CommissionRule> setRules(Actor actor, String broker, List<RateInput> inputs) {
        requireFederation(actor);
        Account account =
                brokerAccount(broker).orElseThrow(() -> RequestRefusedException.notFound("No broker " + broker + "."));
        List<FieldViolation> violations = new ArrayList<>();
        List<CommissionRate> rates = new ArrayList<>();
        if (inputs == null) {
            throw RequestRefusedException.invalid("rules", "required: a list, empty to remove every rate");
        }
        if (inputs.size() > 500) {
            throw RequestRefusedException.invalid("rules", "at most 500 rates");
        }
        for (int i = 0; i < inputs.size(); i++) {
            RateInput in = inputs.get(i);
            String at = "rules[" + i + "].";
            if (in == null) {
                violations.add(new FieldViolation("rules[" + i + "]", "required"));
                continue;
            }
            Long cooperative = in.cooperativeId();
            if (in.basisPoints() == null || in.basisPoints() < 0 || in.basisPoints() > CommissionRate.WHOLE) {
                violations.add(new FieldViolation(at + "basisPoints", "from 0 to 10000 (basis points: 850 is 8.50 %)"));
            }
            if (in.productId() != null) {
                Product product = em.find(Product.class, in.productId());
                if (product == null) {
                    violations.add(new FieldViolation(at + "productId", "no such product"));
                    continue;
                }
                if (cooperative != null
                        && !cooperative.equals(product.cooperative().id())) {
                    violations.add(new FieldViolation(at + "cooperativeId", "not the product's cooperative"));
                    continue;
                }
                cooperative = product.cooperative().id();
            } else if (cooperative != null
                    && em.find(cn.longyuan.market.domain.model.cooperative.Cooperative.class, cooperative) == null) {
                violations.add(new FieldViolation(at + "cooperativeId", "no such cooperative"));
                continue;
            }
            if (in.basisPoints() == null || in.basisPoints() < 0 || in.basisPoints() > CommissionRate.WHOLE) {
                continue;
            }
            CommissionRate rate = new CommissionRate(cooperative, in.productId(), in.basisPoints());
            if (rates.stream().anyMatch(r -> r.sameScopeAs(rate))) {
                violations.add(new FieldViolation(
                        at + (rate.productId() != null ? "productId" : "cooperativeId"),
                        "a second rate for the same thing"));
                continue;
            }
            rates.add(rate);
        }
        if (!violations.isEmpty()) {
            throw new RequestRefusedException(
                    Reason.VALIDATION, "The commission rates have invalid fields.", violations);
        }
        // one change of a broker's rates at a time
        em.lock(account, LockModeType.PESSIMISTIC_WRITE);
        Instant now = clock.instant();
        List<CommissionRule> existing = em.createNamedQuery(CommissionRule.OF_BROKER, CommissionRule.class)
                .setParameter("broker", account.id())
                .getResultList();
        for (CommissionRule rule : existing) {
            Optional<CommissionRate> kept =
                    rates.stream().filter(r -> r.sameScopeAs(rule.rate())).findFirst();
            if (kept.isEmpty()) {
                em.remove(rule);
            } else if (kept.get().basisPoints() != rule.rate().basisPoints()) {
                rule.change(kept.get(), actor.username(), now);
            }
        }
        for (CommissionRate rate : rates) {
            if (existing.stream().noneMatch(r -> r.rate().sameScopeAs(rate))) {
                em.persist(new CommissionRule(account.id(), rate, actor.username(), now));
            }
        }
        em.flush();
        return em.createNamedQuery(CommissionRule.OF_BROKER, CommissionRule.class)
                .setParameter("broker", account.id())
                .getResultList();
    }

    /** What a rate can be for, as federation staff choose it: each cooperative, and each product under it. */
    public record Target(Long cooperativeId, Long productId, BilingualText cooperative, BilingualText product) {}

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Target> rateTargets(Actor actor) {
        requireFederation(actor);
        List<Target> targets = new ArrayList<>();
        for (cn.longyuan.market.domain.model.cooperative.Cooperative c : em.createQuery(
                        "select c from Cooperative c order by c.id",
                        cn.longyuan.market.domain.model.cooperative.Cooperative.class)
                .getResultList()) {
            targets.add(new Target(c.id(), null, c.name(), null));
            for (Product p : em.createQuery(
                            "select p from Product p where p.cooperative = :c order by p.id", Product.class)
                    .setParameter("c", c)
                    .getResultList()) {
                targets.add(new Target(c.id(), p.id(), c.name(), p.name()));
            }
        }
        return targets;
    }

    // ---- ledger ----

    /** The brokers whose ledgers the actor may read: every broker for federation staff, herself for a broker. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Broker> brokers(Actor actor) {
        requireReader(actor);
        if (actor.is(Role.BROKER)) {
            return List.of(broker(em.find(Account.class, actor.accountId())));
        }
        return em
                .createQuery("select a from Account a where a.role = :role order by a.username", Account.class)
                .setParameter("role", Role.BROKER)
                .getResultList()
                .stream()
                .map(Commissions::broker)
                .toList();
    }

    /**
     * The month's ledgers the actor may read: a broker's own (naming another broker is 404); for federation staff
     * the named broker's, or every broker's when none is named.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Ledger> ledgers(Actor actor, String broker, YearMonth month) {
        requireReader(actor);
        if (broker != null && !broker.isBlank()) {
            return List.of(ledger(actor, broker, month));
        }
        return brokers(actor).stream().map(b -> ledgerOf(b, month)).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Ledger ledger(Actor actor, String broker, YearMonth month) {
        return ledgerOf(visibleBroker(actor, broker), month);
    }

    /** The broker's settled months, newest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<CommissionSettlement> settlements(Actor actor, String broker) {
        Broker b = visibleBroker(actor, broker);
        return em.createNamedQuery(CommissionSettlement.OF_BROKER, CommissionSettlement.class)
                .setParameter("broker", b.id())
                .getResultList();
    }

    // ---- settlement ----

    /**
     * Federation staff close a month of a broker's commissions: every entry of hers not yet settled that was
     * written before the month's end (so also entries carried from earlier months) is taken, once. Refused for a
     * month still to come, for a month already settled (or earlier than one), and when there is nothing to settle.
     */
    public CommissionSettlement settle(Actor actor, String broker, YearMonth month) {
        requireFederation(actor);
        List<FieldViolation> violations = new ArrayList<>();
        Optional<Account> account = broker == null || broker.isBlank() ? Optional.empty() : brokerAccount(broker);
        if (account.isEmpty()) {
            violations.add(new FieldViolation("broker", "no such broker"));
        }
        YearMonth now = YearMonth.now(clock.withZone(CHINA));
        if (month == null) {
            violations.add(new FieldViolation("month", "required: YYYY-MM"));
        } else if (month.isAfter(now)) {
            violations.add(new FieldViolation("month", "a month still to come cannot be settled"));
        }
        if (!violations.isEmpty()) {
            throw new RequestRefusedException(Reason.VALIDATION, "The settlement has invalid fields.", violations);
        }
        Account b = account.get();
        // settlements of one broker one at a time (a second closing of the month waits, then finds it closed)
        em.lock(b, LockModeType.PESSIMISTIC_WRITE);
        YearMonth last = lastSettled(b.id());
        if (last != null && !month.isAfter(last)) {
            throw new RequestRefusedException(
                    Reason.INVALID_STATE,
                    last.equals(month)
                            ? "The month " + month + " is already settled for " + broker + "."
                            : "A later month (" + last + ") is already settled for " + broker + ".");
        }
        CommissionSettlement settlement = new CommissionSettlement(b.id(), month, actor.username(), clock.instant());
        em.persist(settlement);
        em.flush();
        Instant end = month.plusMonths(1).atDay(1).atStartOfDay(CHINA).toInstant();
        int taken = em.createNativeQuery("insert into commission_settled_entry (income_entry_id, settlement_id) "
                        + "select e.id, ?1 from income_entry e where e.broker_id = ?2 and e.occurred_at < ?3 and e.kind <> 'PIECE_RATE' "
                        + "and not exists (select 1 from commission_settled_entry x where x.income_entry_id = e.id)")
                .setParameter(1, settlement.id())
                .setParameter(2, b.id())
                .setParameter(3, java.sql.Timestamp.from(end))
                .executeUpdate();
        if (taken == 0) {
            throw new RequestRefusedException(
                    Reason.INVALID_STATE, "There is no commission of " + broker + " to settle for " + month + ".");
        }
        Number total = (Number) em.createNativeQuery(
                        "select coalesce(sum(" + SignedIncome.share("e", "broker_fen") + "), 0) "
                                + "from commission_settled_entry s join income_entry e on e.id = s.income_entry_id where s.settlement_id = ?1")
                .setParameter(1, settlement.id())
                .getSingleResult();
        settlement.recordTotal(total.longValue(), taken);
        em.flush();
        return settlement;
    }

    // ---- inside ----

    /**
     * A piece-rate entry names the broker whose work order it paid, but it is the artisan's pay, not a
     * sale: it has no order and no commission, and must stay out of the commission ledger and its settlements.
     */
    private static final String SALES_ONLY =
            " and e.kind <> cn.longyuan.market.domain.model.income.IncomeEntry.Kind.PIECE_RATE";

    private Ledger ledgerOf(Broker broker, YearMonth month) {
        CommissionSettlement settlement = em.createQuery(
                        "select s from CommissionSettlement s where s.brokerId = :broker " + "and s.month = :month",
                        CommissionSettlement.class)
                .setParameter("broker", broker.id())
                .setParameter("month", month.toString())
                .getResultStream()
                .findFirst()
                .orElse(null);
        Map<Long, Long> settledIn = settledEntries(broker.id());
        List<IncomeEntry> entries;
        if (settlement != null) {
            entries = em
                    .createQuery(
                            "select e from IncomeEntry e where e.brokerId = :broker" + SALES_ONLY
                                    + " order by e.occurredAt, e.id",
                            IncomeEntry.class)
                    .setParameter("broker", broker.id())
                    .getResultList()
                    .stream()
                    .filter(e -> settlement.id().equals(settledIn.get(e.id())))
                    .toList();
        } else {
            YearMonth last = lastSettled(broker.id());
            Instant end = month.plusMonths(1).atDay(1).atStartOfDay(CHINA).toInstant();
            entries = em
                    .createQuery(
                            "select e from IncomeEntry e where e.brokerId = :broker and e.occurredAt < :end"
                                    + SALES_ONLY + " order by e.occurredAt, e.id",
                            IncomeEntry.class)
                    .setParameter("broker", broker.id())
                    .setParameter("end", end)
                    .getResultList()
                    .stream()
                    .filter(e -> !settledIn.containsKey(e.id()))
                    .filter(e -> CommissionMonth.of(
                                    YearMonth.from(e.occurredAt().atZone(CHINA)), last)
                            .equals(month))
                    .toList();
        }
        return summarise(broker, month, settlement, entries);
    }

    private Ledger summarise(
            Broker broker, YearMonth month, CommissionSettlement settlement, List<IncomeEntry> entries) {
        Map<Long, String> numbers = new HashMap<>();
        Map<Long, BilingualText> products = new HashMap<>();
        for (IncomeEntry e : entries) {
            numbers.computeIfAbsent(
                    e.orderId(),
                    id -> em.find(cn.longyuan.market.domain.model.ordering.CustomerOrder.class, id)
                            .number());
            products.computeIfAbsent(
                    e.productId(), id -> em.find(Product.class, id).name());
        }
        record Key(long productId, IncomeEntry.Kind kind, YearMonth writtenIn) {}
        Map<Long, Map<Key, Line>> byOrder = new LinkedHashMap<>();
        for (IncomeEntry e : entries) {
            int sign = e.kind() == IncomeEntry.Kind.SALE ? 1 : -1;
            YearMonth written = YearMonth.from(e.occurredAt().atZone(CHINA));
            Key key = new Key(e.productId(), e.kind(), written);
            byOrder.computeIfAbsent(e.orderId(), id -> new LinkedHashMap<>())
                    .merge(
                            key,
                            new Line(
                                    e.productId(),
                                    products.get(e.productId()),
                                    e.kind(),
                                    e.quantity(),
                                    sign * e.split().sale().fen(),
                                    sign * e.split().broker().fen(),
                                    written,
                                    e.occurredAt()),
                            (a, b) -> new Line(
                                    a.productId(),
                                    a.product(),
                                    a.kind(),
                                    a.quantity() + b.quantity(),
                                    a.saleFen() + b.saleFen(),
                                    a.commissionFen() + b.commissionFen(),
                                    a.writtenIn(),
                                    b.lastAt()));
        }
        List<OrderCommissions> orders = new ArrayList<>();
        long sale = 0;
        long total = 0;
        for (Map.Entry<Long, Map<Key, Line>> order : byOrder.entrySet()) {
            List<Line> lines = List.copyOf(order.getValue().values());
            long orderSale = lines.stream().mapToLong(Line::saleFen).sum();
            long orderCommission = lines.stream().mapToLong(Line::commissionFen).sum();
            orders.add(new OrderCommissions(numbers.get(order.getKey()), lines, orderSale, orderCommission));
            sale += orderSale;
            total += orderCommission;
        }
        return new Ledger(broker, month, settlement, orders, sale, total, entries.size());
    }

    private Map<Long, Long> settledEntries(long brokerId) {
        Map<Long, Long> settled = new HashMap<>();
        for (Object row : em.createNativeQuery(
                        "select s.income_entry_id, s.settlement_id from commission_settled_entry s "
                                + "join commission_settlement c on c.id = s.settlement_id where c.broker_id = ?1")
                .setParameter(1, brokerId)
                .getResultList()) {
            Object[] r = (Object[]) row;
            settled.put(((Number) r[0]).longValue(), ((Number) r[1]).longValue());
        }
        return settled;
    }

    private YearMonth lastSettled(long brokerId) {
        return em.createNamedQuery(CommissionSettlement.OF_BROKER, CommissionSettlement.class)
                .setParameter("broker", brokerId)
                .setMaxResults(1)
                .getResultStream()
                .findFirst()
                .map(CommissionSettlement::month)
                .orElse(null);
    }

    /** The broker the actor names, if she may see her: any for federation staff; only herself for a broker. */
    private Broker visibleBroker(Actor actor, String broker) {
        requireReader(actor);
        if (actor.is(Role.BROKER)) {
            Account self = em.find(Account.class, actor.accountId());
            if (broker != null && !broker.isBlank() && !broker.strip().equals(self.username())) {
                throw RequestRefusedException.notFound("No broker " + broker + ".");
            }
            return broker(self);
        }
        if (broker == null || broker.isBlank()) {
            throw RequestRefusedException.invalid("broker", "required: the broker's user name");
        }
        return brokerAccount(broker)
                .map(Commissions::broker)
                .orElseThrow(() -> RequestRefusedException.notFound("No broker " + broker + "."));
    }

    private Optional<Account> brokerAccount(String username) {
        if (username == null) {
            return Optional.empty();
        }
        return em.createNamedQuery(Account.BY_USERNAME, Account.class)
                .setParameter("username", username.strip())
                .getResultStream()
                .filter(a -> a.role() == Role.BROKER)
                .findFirst();
    }

    private static Broker broker(Account account) {
        return new Broker(account.id(), account.username(), account.displayName());
    }

    private static void requireReader(Actor actor) {
        if (!actor.is(Role.BROKER) && !actor.is(Role.FEDERATION)) {
            throw new RequestRefusedException(
                    Reason.FORBIDDEN, "Commissions are read by brokers (their own) and federation staff.");
        }
    }

    private static void requireFederation(Actor actor) {
        if (!actor.is(Role.FEDERATION)) {
            throw new RequestRefusedException(
                    Reason.FORBIDDEN, "Only federation staff set commissions and settle them.");
        }
    }
}

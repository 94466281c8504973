package cn.longyuan.market.application.audit;

import cn.longyuan.market.application.security.Actor;
import cn.longyuan.market.application.shared.FieldChecks;
import cn.longyuan.market.application.shared.FieldViolation;
import cn.longyuan.market.application.shared.MarketDatabase;
import cn.longyuan.market.application.shared.RequestRefusedException;
import cn.longyuan.market.application.shared.RequestRefusedException.Reason;
import cn.longyuan.market.domain.model.cooperative.Role;
import cn.longyuan.market.domain.model.shared.AuditEntry;
import cn.longyuan.market.domain.model.shared.MarketTime;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * The audit trail as federation staff read it: who did what, when, to which subject, before → after —
 * reads of artisans' private data, account changes, list and wholesale price changes. Filtered by user, kind and period (days in
 * China time, both ends included), newest first, one page at a time in the database.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class AuditTrail {

    public static final String PRICE_CHANGED = "PRICE_CHANGED";
    public static final String WHOLESALE_PRICES_CHANGED = "WHOLESALE_PRICES_CHANGED";
    public static final String PRODUCT = "product";
    /** A file of products, artisans or opening stock imported into a cooperative (subject: the cooperative). */
    public static final String IMPORTED = "IMPORTED";

    public static final String COOPERATIVE = "cooperative";
    /** The kinds written today (a filter names one of them). */
    public static final List<String> ACTIONS = List.of(
            "READ_PRIVATE_DATA",
            PRICE_CHANGED,
            WHOLESALE_PRICES_CHANGED,
            "ACCOUNT_CREATED",
            "ACCOUNT_DISABLED",
            "ACCOUNT_ENABLED",
            "ACCOUNT_RESET",
            "ACCOUNT_ROLE_CHANGED",
            "ACCOUNT_EMAIL_CHANGED",
            IMPORTED);

    public static final ZoneId CHINA = MarketTime.ZONE;
    public static final int MAX_USER = 60;
    /** The most rows one call answers (an export of every page included). */
    public static final int MAX_ROWS = 10_000;

    private static final String ARROW = " → ";

    private EntityManager em;

    protected AuditTrail() {
        // for CDI proxies
    }

    @Inject
    public AuditTrail(@MarketDatabase EntityManager em) {
        this.em = em;
    }

    /** Which entries: null means any. */
    public record Filter(String user, String action, LocalDate from, LocalDate to) implements Serializable {

        public static final Filter ANY = new Filter(null, null, null, null);

        /** The filter as typed; a wrong value is a VALIDATION refusal naming its field. */
        public static Filter of(String user, String action, LocalDate from, LocalDate to) {
            List<FieldViolation> violations = new ArrayList<>();
            String u = user == null || user.isBlank() ? null : user.strip();
            if (u != null && u.length() > MAX_USER) {
                violations.add(new FieldViolation("user", "a user name of at most " + MAX_USER + " characters"));
            }
            String a = action == null || action.isBlank() ? null : action.strip();
            if (a != null && !ACTIONS.contains(a)) {
                violations.add(new FieldViolation("action", "one of " + String.join(", ", ACTIONS)));
            }
            if (from != null && to != null && to.isBefore(from)) {
                violations.add(new FieldViolation("to", "must not be before from"));
            }
            if (!violations.isEmpty()) {
                throw new RequestRefusedException(Reason.VALIDATION, "The audit filter is wrong.", violations);
            }
            return new Filter(u, a, from, to);
        }

        /** The filter as a query string gives it (dates YYYY-MM-DD). */
        public static Filter parse(String user, String action, String from, String to) {
            List<FieldViolation> violations = new ArrayList<>();
            LocalDate start = FieldChecks.date(violations, "from", from);
            LocalDate end = FieldChecks.date(violations, "to", to);
            try {
                Filter filter = of(user, action, start, end);
                if (violations.isEmpty()) {
                    return filter;
                }
            } catch (RequestRefusedException e) {
                violations.addAll(e.violations());
            }
            throw new RequestRefusedException(Reason.VALIDATION, "The audit filter is wrong.", violations);
        }
    }

    /** One entry; {@code before} and {@code after} split from a detail "before → after", else null. */
    public record Row(
            long id,
            String actor,
            String action,
            String subjectType,
            long subjectId,
            String detail,
            String before,
            String after,
            Instant occurredAt)
            implements Serializable {}

    public record Page(List<Row> items, long total) {}

    /** Entries {@code first} to {@code first + size} (newest first) of those the filter keeps, and how many it keeps. */
    public Page page(Actor actor, Filter filter, int first, int size) {
        if (actor == null || !actor.is(Role.FEDERATION)) {
            throw new RequestRefusedException(Reason.FORBIDDEN, "Only federation staff read the audit trail.");
        }
        Filter f = filter == null ? Filter.ANY : filter;
        StringBuilder where = new StringBuilder(" where 1 = 1");
        if (f.user() != null) {
            where.append(" and e.actor = :user");
        }
        if (f.action() != null) {
            where.append(" and e.action = :action");
        }
        if (f.from() != null) {
            where.append(" and e.occurredAt >= :from");
        }
        if (f.to() != null) {
            where.append(" and e.occurredAt < :until");
        }
        TypedQuery<AuditEntry> select = em.createQuery(
                "select e from AuditEntry e" + where + " order by e.occurredAt desc, e.id desc", AuditEntry.class);
        TypedQuery<Long> count = em.createQuery("select count(e) from AuditEntry e" + where, Long.class);
        for (TypedQuery<?> query : List.of(select, count)) {
            if (f.user() != null) {
                query.setParameter("user", f.user());
            }
            if (f.action() != null) {
                query.setParameter("action", f.action());
            }
            if (f.from() != null) {
                query.setParameter("from", f.from().atStartOfDay(CHINA).toInstant());
            }
            if (f.to() != null) {
                query.setParameter(
                        "until", f.to().plusDays(1).atStartOfDay(CHINA).toInstant());
            }
        }
        int rows = Math.max(1, Math.min(size, MAX_ROWS));
        List<Row> items = select.setFirstResult(Math.max(0, first)).setMaxResults(rows).getResultList().stream()
                .map(AuditTrail::row)
                .toList();
        return new Page(items, count.getSingleResult());
    }

    private static Row row(AuditEntry e) {
        String before = null;
        String after = null;
        String detail = e.detail();
        if (detail != null) {
            int arrow = detail.indexOf(ARROW);
            if (arrow >= 0 && detail.indexOf(ARROW, arrow + 1) < 0) {
                before = detail.substring(0, arrow);
                // an account's entry names the account first ("coop-new: active → disabled")
                int named = before.indexOf(": ");
                if (named >= 0) {
                    before = before.substring(named + 2);
                }
                after = detail.substring(arrow + ARROW.length());
            }
        }
        return new Row(
                e.id(), e.actor(), e.action(), e.subjectType(), e.subjectId(), detail, before, after, e.occurredAt());
    }
}

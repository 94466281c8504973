package cn.longyuan.market.application.ordering;

import cn.longyuan.market.application.buyers.BuyerAccounts;
import cn.longyuan.market.application.security.Actor;
import cn.longyuan.market.application.shared.FieldChecks;
import cn.longyuan.market.application.shared.FieldViolation;
import cn.longyuan.market.application.shared.MarketDatabase;
import cn.longyuan.market.application.shared.RequestRefusedException;
import cn.longyuan.market.application.shared.RequestRefusedException.Reason;
import cn.longyuan.market.domain.model.buyer.BuyerRequest;
import cn.longyuan.market.domain.model.catalog.Product;
import cn.longyuan.market.domain.model.cooperative.Role;
import cn.longyuan.market.domain.model.shared.BilingualText;
import cn.longyuan.market.domain.model.shared.MarketTime;
import cn.longyuan.market.domain.model.shared.PlainText;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Requests for pieces none of which is in stock: a buyer asks to have pieces made for her (with the cooperative's
 * lead time told first, so a wished date earlier than it can make them is refused with the earliest one), or to
 * be told when the piece is back. The cooperative's manager — and federation staff, for every cooperative — read
 * the open requests and mark each answered once they have contacted her.
 */
@ApplicationScoped
@Transactional
public class BuyerRequests {

    public static final int MAX_NOTE = 1000;
    private static final int MAX_ROWS = 500;

    /** What the buyer asks, as typed; {@code quantity} and {@code wishedBy} only for pieces made to order. */
    public record Ask(
            BuyerRequest.Kind kind,
            Integer quantity,
            LocalDate wishedBy,
            String name,
            String phone,
            String email,
            String note,
            String language) {}

    /** What the shop tells the buyer before she asks: the cooperative's days to make a piece, the earliest date. */
    public record LeadTime(int days, LocalDate earliest) {}

    /** A request as the back office lists it, with the product it is for. */
    public record Row(
            long id,
            BuyerRequest.Kind kind,
            long productId,
            BilingualText product,
            long cooperativeId,
            BilingualText cooperative,
            Integer quantity,
            LocalDate wishedBy,
            String name,
            String phone,
            String email,
            String note,
            String language,
            BuyerRequest.Status status,
            Instant createdAt,
            String answeredBy,
            Instant answeredAt) {}

    private EntityManager em;
    private Clock clock;

    protected BuyerRequests() {
        // for CDI proxies
    }

    @Inject
    public BuyerRequests(@MarketDatabase EntityManager em, Clock clock) {
        this.em = em;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public LeadTime leadTime(long productId) {
        return leadTimeOf(productOnSale(productId));
    }

    /** Takes her request for a product on sale; refuses every wrong field at once. Answers the request's number. */
    public long ask(long productId, Ask ask) {
        Product product = productOnSale(productId);
        LeadTime lead = leadTimeOf(product);
        List<FieldViolation> violations = violations(ask, lead);
        if (!violations.isEmpty()) {
            throw new RequestRefusedException(Reason.VALIDATION, "the request has wrong fields", violations);
        }
        BuyerRequest request = new BuyerRequest(
                ask.kind(),
                product.id(),
                product.cooperative().id(),
                ask.quantity(),
                ask.wishedBy(),
                ask.name().strip(),
                blankToNull(PlaceOrderCommand.normalisePhone(ask.phone())),
                blankToNull(ask.email()),
                blankToNull(ask.note()),
                "en".equals(ask.language()) ? "en" : "zh",
                clock.instant());
        em.persist(request);
        em.flush();
        return request.id();
    }

    /** The requests this user may read, open ones first, newest first: a manager her cooperative's, staff all. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Row> requests(Actor actor, boolean withAnswered) {
        mayRead(actor);
        Long scope = actor.cooperativeScope();
        // the product with each request in one query, not one read of a product per row
        TypedQuery<Object[]> query = em.createQuery(
                "select r, p from BuyerRequest r, Product p where p.id = r.productId and "
                        + (scope == null ? "1 = 1" : "r.cooperativeId = :cooperative")
                        + (withAnswered ? "" : " and r.status = :open")
                        + " order by r.status desc, r.createdAt desc, r.id desc",
                Object[].class);
        if (scope != null) {
            query.setParameter("cooperative", scope);
        }
        if (!withAnswered) {
            query.setParameter("open", BuyerRequest.Status.OPEN);
        }
        List<Row> rows = new ArrayList<>();
        for (Object[] found : query.setMaxResults(MAX_ROWS).getResultList()) {
            BuyerRequest r = (BuyerRequest) found[0];
            Product product = (Product) found[1];
            rows.add(new Row(
                    r.id(),
                    r.kind(),
                    r.productId(),
                    product.name(),
                    r.cooperativeId(),
                    product.cooperative().name(),
                    r.quantity(),
                    r.wishedBy(),
                    r.contactName(),
                    r.contactPhone(),
                    r.contactEmail(),
                    r.note(),
                    r.language(),
                    r.status(),
                    r.createdAt(),
                    r.answeredBy(),
                    r.answeredAt()));
        }
        return rows;
    }

    /** She has been contacted. Another cooperative's request is not found, as if it did not exist. */
    public void answer(Actor actor, long requestId) {
        mayRead(actor);
        BuyerRequest request = em.find(BuyerRequest.class, requestId);
        if (request == null || !actor.canSeeCooperative(request.cooperativeId())) {
            throw RequestRefusedException.notFound("no request " + requestId);
        }
        request.answer(actor.username(), clock.instant());
    }

    private static void mayRead(Actor actor) {
        if (!actor.is(Role.FEDERATION) && !actor.is(Role.COOP_MANAGER)) {
            throw new RequestRefusedException(
                    Reason.FORBIDDEN, "buyers' requests are read by cooperatives and federation staff");
        }
    }

    private Product productOnSale(long productId) {
        Product product = em.find(Product.class, productId);
        if (product == null || !product.isOnSale()) {
            throw RequestRefusedException.notFound("no product " + productId);
        }
        return product;
    }

    private LeadTime leadTimeOf(Product product) {
        int days = product.cooperative().leadTimeDays();
        return new LeadTime(
                days, LocalDate.ofInstant(clock.instant(), MarketTime.ZONE).plusDays(days));
    }

    private static List<FieldViolation> violations(Ask ask, LeadTime lead) {
        List<FieldViolation> violations = new ArrayList<>();
        if (ask.kind() == null) {
            violations.add(new FieldViolation("kind", "required: MADE_TO_ORDER or BACK_IN_STOCK"));
        } else if (ask.kind() == BuyerRequest.Kind.MADE_TO_ORDER) {
            if (ask.quantity() == null) {
                violations.add(new FieldViolation("quantity", "required"));
            } else if (ask.quantity() < 1 || ask.quantity() > BuyerRequest.MAX_QUANTITY) {
                violations.add(new FieldViolation(
                        "quantity", "must be a whole number from 1 to " + BuyerRequest.MAX_QUANTITY));
            }
            if (ask.wishedBy() != null && ask.wishedBy().isBefore(lead.earliest())) {
                violations.add(new FieldViolation(
                        "wishedBy",
                        "the cooperative needs " + lead.days() + " days: the earliest is " + lead.earliest()));
            }
        }
        FieldChecks.required(violations, "name", ask.name(), 100);
        boolean noPhone = FieldChecks.isBlank(ask.phone());
        boolean noEmail = FieldChecks.isBlank(ask.email());
        if (noPhone && noEmail) {
            violations.add(new FieldViolation("phone", "a phone number or an e-mail address is required"));
        }
        if (!noPhone && !PlaceOrderCommand.isPhone(ask.phone())) {
            violations.add(
                    new FieldViolation(
                            "phone",
                            "not a phone number: a mainland mobile (11 digits), a landline with area code, or +country number"));
        }
        if (!noEmail
                && (!PlainText.isAcceptable(ask.email())
                        || !BuyerAccounts.isEmail(ask.email().strip()))) {
            violations.add(new FieldViolation("email", "not an e-mail address"));
        }
        // a blank note is no note: it is kept as none, whatever its length
        if (!FieldChecks.isBlank(ask.note())) {
            FieldChecks.optional(violations, "note", ask.note(), MAX_NOTE);
        }
        return violations;
    }

    private static String blankToNull(String s) {
        return FieldChecks.isBlank(s) ? null : s.strip();
    }
}

package cn.longyuan.market.application.brokerage;

import cn.longyuan.market.application.audit.AuditTrail;
import cn.longyuan.market.application.ordering.OrderNumbers;
import cn.longyuan.market.application.ordering.OrderService;
import cn.longyuan.market.application.ordering.PlaceOrderCommand;
import cn.longyuan.market.application.security.Actor;
import cn.longyuan.market.application.shared.FieldViolation;
import cn.longyuan.market.application.shared.Like;
import cn.longyuan.market.application.shared.ListFilters;
import cn.longyuan.market.application.shared.MarketDatabase;
import cn.longyuan.market.application.shared.RequestRefusedException;
import cn.longyuan.market.application.shared.RequestRefusedException.Reason;
import cn.longyuan.market.domain.model.brokerage.OrderNote;
import cn.longyuan.market.domain.model.brokerage.Quote;
import cn.longyuan.market.domain.model.brokerage.QuoteLine;
import cn.longyuan.market.domain.model.brokerage.WholesalePrice;
import cn.longyuan.market.domain.model.brokerage.WholesalePricing;
import cn.longyuan.market.domain.model.catalog.Product;
import cn.longyuan.market.domain.model.cooperative.Role;
import cn.longyuan.market.domain.model.ordering.Contact;
import cn.longyuan.market.domain.model.ordering.CustomerOrder;
import cn.longyuan.market.domain.model.ordering.InvalidTransitionException;
import cn.longyuan.market.domain.model.ordering.PaymentMethod;
import cn.longyuan.market.domain.model.ordering.ShippingAddress;
import cn.longyuan.market.domain.model.shared.AuditEntry;
import cn.longyuan.market.domain.model.shared.MarketTime;
import cn.longyuan.market.domain.model.shared.Money;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Wholesale quotes: a buyer asks for quantities of products by a date; the broker answers with unit prices
 * from the products' wholesale tiers and a last valid day; the accepted quote becomes an order at those prices
 * once the pieces are in stock (a big quote is usually made to order first — see the dispatch of work).
 */
@ApplicationScoped
@Transactional
public class QuoteService {

    private static final ZoneId CHINA = MarketTime.ZONE;
    public static final int DEFAULT_VALID_DAYS = 14;
    public static final int MAX_VALID_DAYS = 90;

    private EntityManager em;
    private OrderService orders;
    private Clock clock;

    protected QuoteService() {
        // for CDI proxies
    }

    @Inject
    public QuoteService(@MarketDatabase EntityManager em, OrderService orders, Clock clock) {
        this.em = em;
        this.orders = orders;
        this.clock = clock;
    }

    /** A request for quote, as the broker took it down. */
    public record Request(
            Quote.Customer customer, LocalDate wantedBy, Integer validDays, List<PlaceOrderCommand.Line> lines) {}

    public Quote create(Actor actor, Request request) {
        BrokerDesk.requireBroker(actor);
        LocalDate today = today();
        List<FieldViolation> violations = new ArrayList<>();
        Quote.Customer c = request.customer();
        if (c == null || blank(c.name()) || c.name().strip().length() > 100) {
            violations.add(new FieldViolation("customer.name", "required, at most 100 characters"));
        }
        if (c == null || blank(c.phone()) || !PlaceOrderCommand.isPhone(c.phone())) {
            violations.add(new FieldViolation(
                    "customer.phone", "a mainland mobile (11 digits), a landline with area code, or +country number"));
        }
        if (c != null
                && !blank(c.email())
                && (c.email().length() > 200 || !c.email().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+"))) {
            violations.add(new FieldViolation("customer.email", "not an e-mail address"));
        }
        if (request.wantedBy() != null && request.wantedBy().isBefore(today)) {
            violations.add(new FieldViolation("wantedBy", "cannot be in the past"));
        }
        int validDays = request.validDays() == null ? DEFAULT_VALID_DAYS : request.validDays();
        if (validDays < 1 || validDays > MAX_VALID_DAYS) {
            violations.add(new FieldViolation("validDays", "from 1 to " + MAX_VALID_DAYS));
        }
        List<PlaceOrderCommand.Line> lines = request.lines() == null ? List.of() : request.lines();
        if (lines.isEmpty()) {
            violations.add(new FieldViolation("lines", "a quote needs at least one line"));
        }
        List<Product> products = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            PlaceOrderCommand.Line line = lines.get(i);
            Product product = em.find(Product.class, line.productId());
            if (product == null || !product.isOnSale()) {
                violations.add(new FieldViolation("lines[" + i + "].productId", "no such product for sale"));
            } else if (products.stream().anyMatch(p -> p.id().equals(product.id()))) {
                violations.add(
                        new FieldViolation("lines[" + i + "].productId", "this product is on another line already"));
            }
            products.add(product);
            if (line.quantity() < 1 || line.quantity() > PlaceOrderCommand.MAX_QUANTITY) {
                violations.add(
                        new FieldViolation("lines[" + i + "].quantity", "from 1 to " + PlaceOrderCommand.MAX_QUANTITY));
            }
        }
        if (!violations.isEmpty()) {
            throw new RequestRefusedException(Reason.VALIDATION, "The quote has invalid fields.", violations);
        }
        Map<Long, List<WholesalePrice>> tiers =
                tiersOf(products.stream().map(Product::id).toList());
        List<Quote.Draft> drafts = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Product product = products.get(i);
            int quantity = lines.get(i).quantity();
            drafts.add(new Quote.Draft(
                    product.id(),
                    quantity,
                    product.price(),
                    WholesalePricing.unitPrice(
                            product.price(), quantity, tiers.getOrDefault(product.id(), List.of()))));
        }
        var now = clock.instant();
        String number = OrderNumbers.next("QT", now, n -> findByNumber(n) != null);
        Quote quote = new Quote(
                number,
                actor.accountId(),
                new Quote.Customer(
                        c.name().strip(),
                        PlaceOrderCommand.normalisePhone(c.phone()),
                        blank(c.email()) ? null : c.email().strip()),
                request.wantedBy(),
                today.plusDays(validDays),
                drafts,
                now);
        em.persist(quote);
        return quote;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Quote> list(Actor actor) {
        BrokerDesk.requireBrokerOrFederation(actor);
        var query = actor.is(Role.BROKER)
                ? em.createQuery(
                                "select q from Quote q where q.brokerId = :broker order by q.createdAt desc, q.id desc",
                                Quote.class)
                        .setParameter("broker", actor.accountId())
                : em.createQuery("select q from Quote q order by q.createdAt desc, q.id desc", Quote.class);
        List<Quote> quotes = query.setMaxResults(200).getResultList();
        quotes.forEach(q -> q.lines().size());
        return quotes;
    }

    public record QuotePage(List<Quote> items, long total) {}

    /**
     * Rows {@code first} to {@code first + size} of the quotes the actor reads (a broker hers, federation staff every
     * one) that the filter keeps, newest first, and how many it keeps. Scope and filter are one query.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public QuotePage page(Actor actor, QuoteFilter filter, int first, int size) {
        BrokerDesk.requireBrokerOrFederation(actor);
        QuoteFilter f = filter == null ? QuoteFilter.ANY : filter;
        Map<String, Object> parameters = new HashMap<>();
        StringBuilder where = new StringBuilder(" where 1 = 1");
        if (actor.is(Role.BROKER)) {
            where.append(" and q.brokerId = :broker");
            parameters.put("broker", actor.accountId());
        }
        if (f.status() != null) {
            where.append(" and q.status = :status");
            parameters.put("status", f.status());
        }
        if (f.from() != null) {
            where.append(" and q.createdAt >= :from");
            parameters.put("from", ListFilters.startOf(f.from()));
        }
        if (f.to() != null) {
            where.append(" and q.createdAt < :until");
            parameters.put("until", ListFilters.endOf(f.to()));
        }
        if (f.cooperativeId() != null) {
            where.append(" and exists (select cl from QuoteLine cl, Product cp where cl.quote = q"
                    + " and cp.id = cl.productId and cp.cooperative.id = :cooperative)");
            parameters.put("cooperative", f.cooperativeId());
        }
        if (f.productId() != null) {
            where.append(" and exists (select pl from QuoteLine pl where pl.quote = q and pl.productId = :product)");
            parameters.put("product", f.productId());
        }
        if (f.text() != null) {
            where.append(" and (lower(q.number) like :text escape '!' or lower(q.customerName) like :text escape '!'"
                    + " or q.customerPhone like :text escape '!')");
            parameters.put("text", Like.containing(f.text()));
        }
        var select =
                em.createQuery("select q from Quote q" + where + " order by q.createdAt desc, q.id desc", Quote.class);
        var count = em.createQuery("select count(q) from Quote q" + where, Long.class);
        parameters.forEach(select::setParameter);
        parameters.forEach(count::setParameter);
        List<Quote> items = select.setHint("eclipselink.batch", "q.lines")
                .setHint("eclipselink.batch.type", "IN")
                .setFirstResult(Math.max(0, first))
                .setMaxResults(Math.max(1, size))
                .getResultList();
        items.forEach(q -> q.lines().size());
        return new QuotePage(items, count.getSingleResult());
    }

    /** The caller's quotes whose pieces may be given out as piecework (the buyer said yes): none but a broker's. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Quote> dispatchable(Actor actor) {
        if (!actor.is(Role.BROKER)) {
            return List.of();
        }
        return list(actor).stream().filter(q -> q.status().isDispatchable()).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Quote get(Actor actor, String number) {
        Quote quote = visible(actor, number);
        quote.lines().size();
        return quote;
    }

    public Quote accept(Actor actor, String number) {
        Quote quote = own(actor, number);
        try {
            quote.accept(today(), clock.instant());
        } catch (InvalidTransitionException e) {
            throw new RequestRefusedException(Reason.INVALID_STATE, e.getMessage());
        }
        return quote;
    }

    public Quote decline(Actor actor, String number) {
        Quote quote = own(actor, number);
        try {
            quote.decline(today(), clock.instant());
        } catch (InvalidTransitionException e) {
            throw new RequestRefusedException(Reason.INVALID_STATE, e.getMessage());
        }
        return quote;
    }

    /**
     * The accepted quote becomes an order at the quoted prices, reserving its pieces like any order (409
     * OUT_OF_STOCK, and the quote stays accepted, while they are not all made yet). The order is the broker's.
     */
    public OrderService.PlacedOrder placeOrder(
            Actor actor, String number, ShippingAddress address, PaymentMethod method) {
        Quote quote = own(actor, number);
        if (quote.status() != cn.longyuan.market.domain.model.brokerage.QuoteStatus.ACCEPTED) {
            throw new RequestRefusedException(
                    Reason.INVALID_STATE,
                    "Quote " + number + " is " + quote.status() + "; only an accepted quote becomes an order.");
        }
        if (method == PaymentMethod.STRIPE) {
            throw RequestRefusedException.invalid(
                    "paymentMethod", "a quoted order is paid offline: BANK_TRANSFER or CASH_ON_DELIVERY");
        }
        Map<Long, Money> quoted =
                quote.lines().stream().collect(Collectors.toMap(QuoteLine::productId, QuoteLine::unitPrice));
        PlaceOrderCommand command = new PlaceOrderCommand(
                quote.lines().stream()
                        .map(l -> new PlaceOrderCommand.Line(l.productId(), l.quantity()))
                        .toList(),
                new Contact(quote.customerName(), quote.customerPhone(), quote.customerEmail()),
                address,
                method);
        // the quote's own number is the idempotency key: one quote, one order
        OrderService.PlacedOrder placed = orders.place(
                command,
                "quote:" + quote.number(),
                "quote:" + quote.number(),
                (product, quantity) -> quoted.get(product.id()),
                actor.username());
        CustomerOrder order = em.createNamedQuery(CustomerOrder.BY_NUMBER, CustomerOrder.class)
                .setParameter("number", placed.order().number())
                .getSingleResult();
        order.assignBroker(actor.accountId());
        em.persist(new OrderNote(
                order.id(),
                OrderNote.Kind.PLACED_FOR_BUYER,
                actor.username(),
                "placed from quote " + quote.number() + " by " + actor.username(),
                clock.instant()));
        quote.ordered(order.id());
        return placed;
    }

    /** A product's wholesale tiers, lowest quantity first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<WholesalePrice> tiers(long productId) {
        return tiersOf(List.of(productId)).getOrDefault(productId, List.of());
    }

    /** The tiers of a product the actor may see: a manager her cooperative's, brokers and federation staff any. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<WholesalePrice> tiersVisibleTo(Actor actor, long productId) {
        Product product = em.find(Product.class, productId);
        if (product == null
                || (actor.is(Role.COOP_MANAGER)
                        && !actor.canSeeCooperative(product.cooperative().id()))) {
            throw RequestRefusedException.notFound("No product " + productId + ".");
        }
        return tiers(productId);
    }

    public record Tier(int minQuantity, Money unitPrice) {}

    /**
     * Replaces a product's wholesale tiers: its cooperative's manager (or federation staff) sets them. Each tier
     * starts at 2 pieces or more, below the list price, and a bigger quantity never costs more per piece.
     */
    public List<WholesalePrice> setTiers(Actor actor, long productId, List<Tier> tiers) {
        Product product = em.find(Product.class, productId);
        if (product == null || !actor.canSeeCooperative(product.cooperative().id())) {
            throw RequestRefusedException.notFound("No product " + productId + ".");
        }
        List<FieldViolation> violations = new ArrayList<>();
        List<Tier> sorted = new ArrayList<>(tiers);
        for (int i = 0; i < tiers.size(); i++) {
            Tier t = tiers.get(i);
            if (t.minQuantity() < 2 || t.minQuantity() > PlaceOrderCommand.MAX_QUANTITY) {
                violations.add(new FieldViolation(
                        "tiers[" + i + "].minQuantity", "from 2 to " + PlaceOrderCommand.MAX_QUANTITY));
            }
            if (t.unitPrice() == null || t.unitPrice().isZero() || t.unitPrice().compareTo(product.price()) >= 0) {
                violations.add(new FieldViolation(
                        "tiers[" + i + "].unitPrice",
                        "more than 0 and below the list price "
                                + product.price().toDecimalString()));
            }
            for (int j = 0; j < i; j++) {
                if (tiers.get(j).minQuantity() == t.minQuantity()) {
                    violations.add(new FieldViolation("tiers[" + i + "].minQuantity", "the same as tier " + j));
                }
            }
        }
        if (violations.isEmpty()) {
            sorted.sort(java.util.Comparator.comparingInt(Tier::minQuantity));
            for (int i = 1; i < sorted.size(); i++) {
                if (sorted.get(i).unitPrice().compareTo(sorted.get(i - 1).unitPrice()) > 0) {
                    int index = tiers.indexOf(sorted.get(i));
                    violations.add(new FieldViolation(
                            "tiers[" + index + "].unitPrice", "more pieces cannot cost more per piece than fewer"));
                }
            }
        }
        if (!violations.isEmpty()) {
            throw new RequestRefusedException(
                    Reason.VALIDATION, "The wholesale prices have invalid fields.", violations);
        }
        String before = describe(tiers(productId).stream()
                .map(w -> new Tier(w.minQuantity(), w.unitPrice()))
                .toList());
        em.createQuery("delete from WholesalePrice w where w.productId = :product")
                .setParameter("product", productId)
                .executeUpdate();
        List<WholesalePrice> saved = sorted.stream()
                .map(t -> new WholesalePrice(productId, t.minQuantity(), t.unitPrice()))
                .toList();
        saved.forEach(em::persist);
        String after = describe(sorted);
        if (!before.equals(after)) {
            // the audit trail, in the same transaction
            em.persist(new AuditEntry(
                    actor.username(),
                    AuditTrail.WHOLESALE_PRICES_CHANGED,
                    AuditTrail.PRODUCT,
                    productId,
                    before + " → " + after,
                    clock.instant()));
        }
        return saved;
    }

    /** Tiers as the audit trail writes them: "2+ 60.00; 10+ 55.00", or "none". */
    private static String describe(List<Tier> tiers) {
        return tiers.isEmpty()
                ? "none"
                : tiers.stream()
                        .sorted(java.util.Comparator.comparingInt(Tier::minQuantity))
                        .map(t -> t.minQuantity() + "+ " + t.unitPrice().toDecimalString())
                        .collect(java.util.stream.Collectors.joining("; "));
    }

    private Map<Long, List<WholesalePrice>> tiersOf(List<Long> productIds) {
        if (productIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, List<WholesalePrice>> byProduct = new HashMap<>();
        em.createNamedQuery(WholesalePrice.OF_PRODUCTS, WholesalePrice.class)
                .setParameter("products", productIds)
                .getResultList()
                .forEach(w -> byProduct
                        .computeIfAbsent(w.productId(), k -> new ArrayList<>())
                        .add(w));
        return byProduct;
    }

    private Quote own(Actor actor, String number) {
        BrokerDesk.requireBroker(actor);
        Quote quote = visible(actor, number);
        em.lock(quote, LockModeType.PESSIMISTIC_WRITE);
        em.refresh(quote);
        return quote;
    }

    private Quote visible(Actor actor, String number) {
        BrokerDesk.requireBrokerOrFederation(actor);
        Quote quote = number == null ? null : findByNumber(number);
        if (quote == null || (actor.is(Role.BROKER) && quote.brokerId() != actor.accountId())) {
            throw RequestRefusedException.notFound("No quote " + number + ".");
        }
        return quote;
    }

    private Quote findByNumber(String number) {
        return em.createNamedQuery(Quote.BY_NUMBER, Quote.class)
                .setParameter("number", number)
                .getResultStream()
                .findFirst()
                .orElse(null);
    }

    /** A product's name as quoted (the product itself is never deleted). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public cn.longyuan.market.domain.model.shared.BilingualText productName(long productId) {
        Product product = em.find(Product.class, productId);
        return product == null ? new cn.longyuan.market.domain.model.shared.BilingualText("?", "?") : product.name();
    }

    /** The user name of the broker who made the quote. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public String brokerName(Quote quote) {
        var account = em.find(cn.longyuan.market.domain.model.cooperative.Account.class, quote.brokerId());
        return account == null ? null : account.username();
    }

    /** The number of the order placed from the quote, or null. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public String orderNumberOf(Quote quote) {
        if (quote.orderId() == null) {
            return null;
        }
        CustomerOrder order = em.find(CustomerOrder.class, quote.orderId());
        return order == null ? null : order.number();
    }

    /** Today in China, where quotes' last valid days are counted. */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(CHINA));
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}

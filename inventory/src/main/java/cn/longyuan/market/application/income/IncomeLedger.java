package cn.longyuan.market.application.income;

import cn.longyuan.market.application.security.Actor;
import cn.longyuan.market.application.shared.FieldViolation;
import cn.longyuan.market.application.shared.MarketDatabase;
import cn.longyuan.market.application.shared.RequestRefusedException;
import cn.longyuan.market.application.shared.RequestRefusedException.Reason;
import cn.longyuan.market.application.stock.StockService;
import cn.longyuan.market.domain.model.catalog.Product;
import cn.longyuan.market.domain.model.cooperative.Role;
import cn.longyuan.market.domain.model.income.IncomeEntry;
import cn.longyuan.market.domain.model.income.IncomeRule;
import cn.longyuan.market.domain.model.income.IncomeSplit;
import cn.longyuan.market.domain.model.income.Payout;
import cn.longyuan.market.domain.model.income.SplitRule;
import cn.longyuan.market.domain.model.ordering.CustomerOrder;
import cn.longyuan.market.domain.model.ordering.OrderLine;
import cn.longyuan.market.domain.model.shared.MarketTime;
import cn.longyuan.market.domain.model.shared.Money;
import cn.longyuan.market.domain.model.training.Artisan;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The artisans' income ledger. When pieces of an order leave stock as sold ({@link StockService.PiecesSold}:
 * when a bank transfer is confirmed, or when a cash-on-delivery part is shipped), they are traced to the
 * production batches they came from and so to the women who made them, and each batch's share of the sale is
 * split by the cooperative's rule — in the same transaction as the sale.
 * <p>
 * Which batch a sold piece came from: stock is counted per product and place, not per batch, so pieces are
 * attributed first in, first out — the oldest batch (by the day it was made, then by record) that still has
 * pieces not yet attributed, batches made at the selling place before those made elsewhere (pieces moved
 * between places keep their batch). Pieces with no batch left to take them from (stock booked in by an
 * adjustment) are sold without a maker: the artisan's share of them is the cooperative's. A return put back
 * into stock gives its pieces back to their batch; written-off pieces do not.
 * <p>
 * Piecework ({@code PieceworkDispatch}) writes PIECE_RATE entries: no order, the whole amount the
 * artisan's. They count in her balance, statement and payouts; the later sale of those pieces names her but gives
 * her share to the cooperative (she was paid per piece).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRED)
public class IncomeLedger {

    public static final ZoneId CHINA = MarketTime.ZONE;

    private EntityManager em;
    private Clock clock;

    protected IncomeLedger() {
        // for CDI proxies
    }

    @Inject
    public IncomeLedger(@MarketDatabase EntityManager em, Clock clock) {
        this.em = em;
        this.clock = clock;
    }

    /** An artisan's figures: what her pieces earned her, what she was paid, what she is owed. */
    public record ArtisanIncome(
            long artisanId,
            String displayName,
            long cooperativeId,
            int piecesSold,
            Money earned,
            Money paid,
            Money balance) {}

    /** An entry's amounts as they count: negative ("-68.00") for pieces taken back. */
    public interface SignedAmounts {

        IncomeEntry.Kind kind();

        Money sale();

        Money artisanShare();

        Money cooperativeShare();

        default String signedSale() {
            return signed(kind().saleSign(), sale());
        }

        default String signedArtisanShare() {
            return signed(kind().earningSign(), artisanShare());
        }

        default String signedCooperativeShare() {
            return signed(kind().earningSign(), cooperativeShare());
        }
    }

    /** A line of an artisan's statement or income page. */
    public record EntryLine(
            Instant at,
            String orderNumber,
            String product,
            IncomeEntry.Kind kind,
            int quantity,
            Money sale,
            Money artisanShare,
            Money cooperativeShare,
            String traceCode)
            implements SignedAmounts {}

    /** One income entry of a sale as an order page shows it: who made the pieces, and the sale's split three ways. */
    public record SplitLine(
            Instant at,
            IncomeEntry.Kind kind,
            String product,
            String maker,
            int quantity,
            Money sale,
            Money artisanShare,
            Money cooperativeShare,
            Money brokerShare)
            implements SignedAmounts {

        public String signedBrokerShare() {
            return signed(kind.earningSign(), brokerShare);
        }
    }

    /** An amount as a decimal string, with a minus when it counts against (a reversal's). */
    public static String signed(int sign, Money amount) {
        return (sign < 0 && !amount.isZero() ? "-" : "") + amount.toDecimalString();
    }

    public record PayoutLine(LocalDate paidOn, Money amount, String reference, String recordedBy) {}

    /** An artisan's month: opening balance, income and payouts of the month, closing balance. */
    public record Statement(
            long artisanId,
            String displayName,
            String cooperativeName,
            YearMonth month,
            Money opening,
            List<EntryLine> entries,
            List<PayoutLine> payouts,
            long earnedFen,
            Money paid,
            Money closing) {}

    /** Hears of every sale (in the seller's transaction) and writes its income entries. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void onSold(@Observes StockService.PiecesSold sold) {
        recordSale(sold.orderId(), sold.productId(), sold.locationId(), sold.quantity(), sold.actor());
    }

    /** Traces sold pieces to batches (first in, first out) and writes one entry per batch with its split. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<IncomeEntry> recordSale(long orderId, long productId, long locationId, int quantity, String actor) {
        CustomerOrder order = em.find(CustomerOrder.class, orderId);
        OrderLine line = order.lines().stream()
                .filter(l -> l.productId() == productId)
                .findFirst()
                .orElseThrow(
                        () -> new IllegalStateException("order " + orderId + " has no line of product " + productId));
        long cooperativeId = line.cooperativeId();
        SplitRule rule = ruleFor(cooperativeId, productId);
        Instant now = clock.instant();
        List<IncomeEntry> written = new ArrayList<>();
        int remaining = quantity;
        for (BatchStock batch : batchesFirstInFirstOut(orderId, productId, locationId)) {
            if (remaining == 0) {
                break;
            }
            int take = Math.min(remaining, batch.unattributed());
            if (take <= 0) {
                continue;
            }
            written.add(write(
                    order,
                    line,
                    cooperativeId,
                    locationId,
                    batch.batchId(),
                    batch.artisanId(),
                    !batch.piecework(),
                    take,
                    rule,
                    actor,
                    now));
            remaining -= take;
        }
        if (remaining > 0) {
            written.add(write(order, line, cooperativeId, locationId, null, null, false, remaining, rule, actor, now));
        }
        return written;
    }

    /**
     * Takes back the income of sold pieces of an order that came back (returned, or a paid part cancelled): the
     * newest sales of that product at that place first. Restocked pieces go back to their batch.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void reverse(long orderId, long productId, long locationId, int quantity, boolean restocked, String actor) {
        List<IncomeEntry> sales = em.createQuery(
                        "select e from IncomeEntry e where e.orderId = :order and e.productId = :product "
                                + "and e.locationId = :location and e.kind = cn.longyuan.market.domain.model.income.IncomeEntry.Kind.SALE "
                                + "order by e.id desc",
                        IncomeEntry.class)
                .setParameter("order", orderId)
                .setParameter("product", productId)
                .setParameter("location", locationId)
                .getResultList();
        int remaining = quantity;
        Instant now = clock.instant();
        for (IncomeEntry sale : sales) {
            if (remaining == 0) {
                break;
            }
            int left = sale.quantity() - reversedPieces(sale.id());
            int take = Math.min(left, remaining);
            if (take > 0) {
                em.persist(sale.reverse(take, restocked, actor, now));
                em.flush();
                if (restocked) {
                    attribute(sale.batchId(), -take);
                }
                remaining -= take;
            }
        }
        em.flush();
    }

    /** Pieces of the product sold from the place under this order and not yet taken back. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public int netPiecesSold(long orderId, long productId, long locationId) {
        Number net = (Number) em.createNativeQuery("select coalesce(sum(" + SignedIncome.pieces("") + "), 0) "
                        + "from income_entry where order_id = ?1 and product_id = ?2 and location_id = ?3")
                .setParameter(1, orderId)
                .setParameter(2, productId)
                .setParameter(3, locationId)
                .getSingleResult();
        return net.intValue();
    }

    /** The rule that splits sales of the product: its own, else its cooperative's, else {@link SplitRule#DEFAULT}. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public SplitRule ruleFor(long cooperativeId, Long productId) {
        return ruleFor(em, cooperativeId, productId);
    }

    /**
     * The rule lookup itself, for readers that show what a sale would give (the shop's product page): the same
     * rule {@link #recordSale} splits by.
     */
    public static SplitRule ruleFor(EntityManager em, long cooperativeId, Long productId) {
        List<IncomeRule> rules = em.createQuery(
                        "select r from IncomeRule r where r.cooperativeId = :cooperative "
                                + "and (r.productId is null or r.productId = :product)",
                        IncomeRule.class)
                .setParameter("cooperative", cooperativeId)
                .setParameter("product", productId == null ? Long.valueOf(-1L) : productId)
                .getResultList();
        return rules.stream()
                .min(Comparator.comparing((IncomeRule r) -> r.productId() == null))
                .map(IncomeRule::rule)
                .orElse(SplitRule.DEFAULT);
    }

    /** The rule her cooperative applies to the products that have none of their own (the manager's to set). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public SplitRule cooperativeRule(Actor actor) {
        requireManager(actor);
        return ruleFor(actor.cooperativeId(), null);
    }

    /**
     * The manager sets her cooperative's rule in percent, as she types it: each share from 0 to 100 with at most two
     * decimals, the two together at most 100 (the cooperative keeps the rest).
     */
    public void setRule(Actor actor, Long productId, BigDecimal artisanPercent, BigDecimal brokerPercent) {
        requireManager(actor);
        setRule(actor, productId, splitRule(artisanPercent, brokerPercent));
    }

    private static SplitRule splitRule(BigDecimal artisanPercent, BigDecimal brokerPercent) {
        String share = "must be from 0 to 100 with at most two decimals";
        if (!SplitRule.isShare(artisanPercent)) {
            throw RequestRefusedException.invalid("artisanPercent", share);
        }
        if (!SplitRule.isShare(brokerPercent)) {
            throw RequestRefusedException.invalid("brokerPercent", share);
        }
        try {
            return new SplitRule(SplitRule.basisPointsOf(artisanPercent), SplitRule.basisPointsOf(brokerPercent));
        } catch (IllegalArgumentException e) {
            throw RequestRefusedException.invalid("artisanPercent", "at most 100 together");
        }
    }

    /** The manager sets her cooperative's rule, for all its products (productId null) or for one. */
    public void setRule(Actor actor, Long productId, SplitRule rule) {
        requireManager(actor);
        if (productId != null) {
            Number owner =
                    (Number) em.createNativeQuery("select count(*) from product where id = ?1 and cooperative_id = ?2")
                            .setParameter(1, productId)
                            .setParameter(2, actor.cooperativeId())
                            .getSingleResult();
            if (owner.intValue() == 0) {
                throw RequestRefusedException.notFound("No product " + productId + ".");
            }
        }
        // the cooperative-wide rule has no product: its query has no :product parameter to set (setting one failed)
        var query = em.createQuery(
                        "select r from IncomeRule r where r.cooperativeId = :cooperative and "
                                + (productId == null ? "r.productId is null" : "r.productId = :product"),
                        IncomeRule.class)
                .setParameter("cooperative", actor.cooperativeId());
        if (productId != null) {
            query.setParameter("product", productId);
        }
        IncomeRule existing = query.getResultStream().findFirst().orElse(null);
        if (existing == null) {
            em.persist(new IncomeRule(actor.cooperativeId(), productId, rule, actor.username(), clock.instant()));
        } else {
            existing.change(rule, actor.username(), clock.instant());
        }
    }

    /** The income of every artisan the actor may see (her cooperative's; all of them for federation staff). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ArtisanIncome> byArtisan(Actor actor) {
        requireReader(actor);
        String scope = actor.cooperativeScope() == null ? "" : " where a.cooperative_id = " + actor.cooperativeScope();
        List<?> rows = em.createNativeQuery("select a.id, a.display_name, a.cooperative_id, "
                        + "coalesce((select sum(" + SignedIncome.pieces("e")
                        + ") from income_entry e where e.artisan_id = a.id), 0), "
                        + "coalesce((select sum(" + SignedIncome.share("e", "artisan_fen")
                        + ") from income_entry e where e.artisan_id = a.id), 0), "
                        + "coalesce((select sum(p.amount_fen) from payout p where p.artisan_id = a.id), 0) "
                        + "from artisan a" + scope + " order by a.cooperative_id, a.id")
                .getResultList();
        List<ArtisanIncome> result = new ArrayList<>();
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            long earned = ((Number) r[4]).longValue();
            long paid = ((Number) r[5]).longValue();
            result.add(new ArtisanIncome(
                    ((Number) r[0]).longValue(),
                    (String) r[1],
                    ((Number) r[2]).longValue(),
                    ((Number) r[3]).intValue(),
                    Money.ofFen(earned),
                    Money.ofFen(paid),
                    Money.ofFen(earned - paid)));
        }
        return result;
    }

    /** One artisan's figures, as {@link #byArtisan} gives them for all (for her own page). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ArtisanIncome incomeOf(Actor actor, long artisanId) {
        Artisan artisan = artisan(actor, artisanId);
        int pieces = 0;
        for (ProductSales p : salesByProduct(actor, artisanId)) {
            pieces += p.pieces();
        }
        long earned = earnedFen(artisanId, null);
        long paid = paidFen(artisanId, null);
        return new ArtisanIncome(
                artisanId,
                artisan.displayName(),
                artisan.cooperative().id(),
                pieces,
                signed(earned),
                Money.ofFen(paid),
                signed(earned - paid));
    }

    /** Her pieces sold of one product, net of those that came back: how many, their sale value, her share of it. */
    public record ProductSales(long productId, String product, int pieces, Money sales, Money artisanShare) {}

    /**
     * What her pieces sold for, per product (sales less reversals; pieces she made as piecework count as sold
     * though their share of the sale is the cooperative's). Most pieces first; products of which nothing is left sold are left out.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ProductSales> salesByProduct(Actor actor, long artisanId) {
        artisan(actor, artisanId);
        List<Object[]> rows = em.createQuery(
                        "select e, p.name.zh from IncomeEntry e, Product p where p.id = e.productId "
                                + "and e.artisanId = :artisan and e.kind <> cn.longyuan.market.domain.model.income.IncomeEntry.Kind.PIECE_RATE "
                                + "order by e.id",
                        Object[].class)
                .setParameter("artisan", artisanId)
                .getResultList();
        Map<Long, long[]> sums = new LinkedHashMap<>();
        Map<Long, String> names = new LinkedHashMap<>();
        for (Object[] r : rows) {
            IncomeEntry e = (IncomeEntry) r[0];
            names.put(e.productId(), (String) r[1]);
            long[] sum = sums.computeIfAbsent(e.productId(), id -> new long[3]);
            sum[0] += e.signedPieces();
            sum[1] += e.signedSaleFen();
            sum[2] += e.signedArtisanFen();
        }
        List<ProductSales> result = new ArrayList<>();
        sums.forEach((id, sum) -> {
            if (sum[0] != 0 || sum[1] != 0) {
                result.add(new ProductSales(id, names.get(id), (int) sum[0], signed(sum[1]), signed(sum[2])));
            }
        });
        result.sort(Comparator.comparing(ProductSales::pieces).reversed().thenComparing(ProductSales::productId));
        return result;
    }

    /** What the artisan is owed now: her shares of sales, less reversals, less payouts. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Money balanceOf(Actor actor, long artisanId) {
        artisan(actor, artisanId);
        return Money.ofFen(earnedFen(artisanId, null) - paidFen(artisanId, null));
    }

    /**
     * Records money paid to an artisan. Never more than she is owed: her row is locked while the balance is
     * read, so two payouts recorded at once cannot both spend the same balance.
     */
    public Payout pay(Actor actor, long artisanId, Money amount, LocalDate paidOn, String reference) {
        requireManager(actor);
        Artisan artisan = artisan(actor, artisanId);
        List<FieldViolation> violations = new ArrayList<>();
        if (amount == null || amount.isZero()) {
            violations.add(new FieldViolation("amount", "more than 0"));
        }
        if (paidOn == null) {
            violations.add(new FieldViolation("paidOn", "required"));
        } else if (paidOn.isAfter(LocalDate.now(clock.withZone(CHINA)))) {
            violations.add(new FieldViolation("paidOn", "cannot be in the future"));
        }
        if (reference != null && reference.length() > 200) {
            violations.add(new FieldViolation("reference", "at most 200 characters"));
        }
        if (!violations.isEmpty()) {
            throw new RequestRefusedException(Reason.VALIDATION, "The payout has invalid fields.", violations);
        }
        em.lock(artisan, LockModeType.PESSIMISTIC_WRITE);
        Money balance = Money.ofFen(earnedFen(artisanId, null) - paidFen(artisanId, null));
        if (amount.compareTo(balance) > 0) {
            throw new RequestRefusedException(
                    Reason.VALIDATION,
                    "A payout cannot exceed the balance of " + balance.toDecimalString() + ".",
                    List.of(new FieldViolation("amount", "at most " + balance.toDecimalString())));
        }
        Payout payout = new Payout(
                artisan.cooperative().id(),
                artisanId,
                amount,
                paidOn,
                reference == null || reference.isBlank() ? null : reference.strip(),
                actor.username(),
                clock.instant());
        em.persist(payout);
        return payout;
    }

    /** The artisan's month, for the statement PDF and her income page. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Statement statement(Actor actor, long artisanId, YearMonth month) {
        Artisan artisan = artisan(actor, artisanId);
        Instant from = month.atDay(1).atStartOfDay(CHINA).toInstant();
        Instant to = month.plusMonths(1).atDay(1).atStartOfDay(CHINA).toInstant();
        long openingFen = earnedFen(artisanId, from) - paidFen(artisanId, month.atDay(1));
        List<EntryLine> entries = entryLines(artisanId, from, to);
        List<PayoutLine> payouts = em
                .createQuery(
                        "select p from Payout p where p.artisanId = :artisan and p.paidOn >= :from "
                                + "and p.paidOn < :to order by p.paidOn, p.id",
                        Payout.class)
                .setParameter("artisan", artisanId)
                .setParameter("from", month.atDay(1))
                .setParameter("to", month.plusMonths(1).atDay(1))
                .getResultList()
                .stream()
                .map(p -> new PayoutLine(p.paidOn(), p.amount(), p.reference(), p.recordedBy()))
                .toList();
        long earned = entries.stream()
                .mapToLong(e -> e.kind().earningSign() * e.artisanShare().fen())
                .sum();
        long paid = payouts.stream().mapToLong(p -> p.amount().fen()).sum();
        return new Statement(
                artisanId,
                artisan.displayName(),
                artisan.cooperative().name().zh(),
                month,
                signed(openingFen),
                entries,
                payouts,
                earned,
                Money.ofFen(paid),
                signed(openingFen + earned - paid));
    }

    /** The entries of an artisan's income, newest first (all months when from/to are null). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<EntryLine> entries(Actor actor, long artisanId) {
        artisan(actor, artisanId);
        List<EntryLine> lines = new ArrayList<>(entryLines(artisanId, null, null));
        java.util.Collections.reverse(lines);
        return lines;
    }

    /**
     * The income entries of an order's sales, oldest first, each with its maker and its split (maker, cooperative,
     * broker): a manager those of her cooperative's part, federation staff every one.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<SplitLine> splitOf(Actor actor, long orderId) {
        requireReader(actor);
        String scope = actor.cooperativeScope() == null ? "" : " and e.cooperativeId = :cooperative";
        var query = em.createQuery(
                        "select e from IncomeEntry e where e.orderId = :order" + scope + " order by e.occurredAt, e.id",
                        IncomeEntry.class)
                .setParameter("order", orderId);
        if (actor.cooperativeScope() != null) {
            query.setParameter("cooperative", actor.cooperativeScope());
        }
        List<SplitLine> lines = new ArrayList<>();
        for (IncomeEntry e : query.getResultList()) {
            Product product = em.find(Product.class, e.productId());
            Artisan maker = e.artisanId() == null ? null : em.find(Artisan.class, e.artisanId());
            IncomeSplit split = e.split();
            lines.add(new SplitLine(
                    e.occurredAt(),
                    e.kind(),
                    product.name().zh(),
                    maker == null ? null : maker.displayName(),
                    e.quantity(),
                    split.sale(),
                    split.artisan(),
                    split.cooperative(),
                    split.broker()));
        }
        return lines;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<PayoutLine> payouts(Actor actor, long artisanId) {
        artisan(actor, artisanId);
        return em
                .createQuery(
                        "select p from Payout p where p.artisanId = :artisan order by p.paidOn desc, p.id desc",
                        Payout.class)
                .setParameter("artisan", artisanId)
                .getResultList()
                .stream()
                .map(p -> new PayoutLine(p.paidOn(), p.amount(), p.reference(), p.recordedBy()))
                .toList();
    }

    /** Month figures for the dashboard: sales (net of reversals) and payouts, over the last months, oldest first. */
    public record MonthFigures(YearMonth month, Money sales, Money artisanIncome, Money paidOut) {}

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<MonthFigures> lastMonths(Actor actor, int months) {
        requireReader(actor);
        YearMonth now = YearMonth.now(clock.withZone(CHINA));
        Map<YearMonth, MonthFigures> figures = new LinkedHashMap<>();
        String scope = actor.cooperativeScope() == null ? "" : " and cooperative_id = " + actor.cooperativeScope();
        for (int i = months - 1; i >= 0; i--) {
            YearMonth m = now.minusMonths(i);
            Instant from = m.atDay(1).atStartOfDay(CHINA).toInstant();
            Instant to = m.plusMonths(1).atDay(1).atStartOfDay(CHINA).toInstant();
            Object[] sums = (Object[]) em.createNativeQuery("select coalesce(sum(" + SignedIncome.saleFen("")
                            + "), 0), "
                            + "coalesce(sum(" + SignedIncome.share("", "artisan_fen") + "), 0) from income_entry "
                            + "where occurred_at >= ?1 and occurred_at < ?2" + scope)
                    .setParameter(1, timestamp(from))
                    .setParameter(2, timestamp(to))
                    .getSingleResult();
            Number paid = (Number) em.createNativeQuery(
                            "select coalesce(sum(amount_fen), 0) from payout where paid_on >= ?1 and paid_on < ?2"
                                    + scope)
                    .setParameter(1, java.sql.Date.valueOf(m.atDay(1)))
                    .setParameter(2, java.sql.Date.valueOf(m.plusMonths(1).atDay(1)))
                    .getSingleResult();
            figures.put(
                    m,
                    new MonthFigures(
                            m,
                            signed(((Number) sums[0]).longValue()),
                            signed(((Number) sums[1]).longValue()),
                            Money.ofFen(paid.longValue())));
        }
        return List.copyOf(figures.values());
    }

    private List<EntryLine> entryLines(long artisanId, Instant from, Instant to) {
        String range = from == null ? "" : " and e.occurredAt >= :from and e.occurredAt < :to";
        var query = em.createQuery(
                        "select e, o.number, l.name.zh, b.traceCode from IncomeEntry e, CustomerOrder o, OrderLine l, "
                                + "ProductionBatch b where o.id = e.orderId and l.order = o and l.productId = e.productId and b.id = e.batchId "
                                + "and e.artisanId = :artisan" + range + " order by e.occurredAt, e.id",
                        Object[].class)
                .setParameter("artisan", artisanId);
        if (from != null) {
            query.setParameter("from", from).setParameter("to", to);
        }
        List<EntryLine> lines = new ArrayList<>();
        java.util.Set<Long> seen = new java.util.HashSet<>();
        for (Object[] r : query.getResultList()) {
            IncomeEntry e = (IncomeEntry) r[0];
            if (!seen.add(e.id())) {
                continue; // an order with two lines of one product
            }
            lines.add(new EntryLine(
                    e.occurredAt(),
                    (String) r[1],
                    (String) r[2],
                    e.kind(),
                    e.quantity(),
                    e.split().sale(),
                    e.split().artisan(),
                    e.split().cooperative(),
                    (String) r[3]));
        }
        // piecework paid at a piece rate: no order, the work order's number stands in its place
        var pieceRates = em.createQuery(
                        "select e, w.number, p.name.zh, b.traceCode from IncomeEntry e, PieceReturn r, WorkTask t, "
                                + "WorkOrder w, Product p, ProductionBatch b where r.incomeEntryId = e.id and t.id = r.taskId and w.id = t.workOrderId "
                                + "and p.id = e.productId and b.id = e.batchId and e.artisanId = :artisan"
                                + " and e.kind = cn.longyuan.market.domain.model.income.IncomeEntry.Kind.PIECE_RATE"
                                + range,
                        Object[].class)
                .setParameter("artisan", artisanId);
        if (from != null) {
            pieceRates.setParameter("from", from).setParameter("to", to);
        }
        for (Object[] r : pieceRates.getResultList()) {
            IncomeEntry e = (IncomeEntry) r[0];
            // nothing was sold: the line shows no sale value, only what she earned
            lines.add(new EntryLine(
                    e.occurredAt(),
                    (String) r[1],
                    (String) r[2],
                    e.kind(),
                    e.quantity(),
                    Money.ZERO,
                    e.split().artisan(),
                    e.split().cooperative(),
                    (String) r[3]));
        }
        lines.sort(Comparator.comparing(EntryLine::at));
        return lines;
    }

    private long earnedFen(long artisanId, Instant before) {
        Number n = (Number) em.createNativeQuery("select coalesce(sum(" + SignedIncome.share("", "artisan_fen")
                        + "), 0) " + "from income_entry where artisan_id = ?1"
                        + (before == null ? "" : " and occurred_at < ?2"))
                .setParameter(1, artisanId)
                .setParameter(2, timestamp(before == null ? Instant.EPOCH : before))
                .getSingleResult();
        return n.longValue();
    }

    private long paidFen(long artisanId, LocalDate before) {
        Number n = (Number) em.createNativeQuery("select coalesce(sum(amount_fen), 0) from payout where artisan_id = ?1"
                        + (before == null ? "" : " and paid_on < ?2"))
                .setParameter(1, artisanId)
                .setParameter(2, java.sql.Date.valueOf(before == null ? LocalDate.of(1970, 1, 1) : before))
                .getSingleResult();
        return n.longValue();
    }

    /** {@code piecework}: the batch came from checked piecework, whose maker was paid her piece rate already. */
    private record BatchStock(long batchId, long artisanId, int unattributed, boolean piecework) {}

    /**
     * The product's batches in the order pieces are taken from them, each with its pieces not yet attributed. An
     * order placed from a quote takes the pieces made for that quote first (the batches of its work orders'
     * checked returns): they were made for this buyer, and the women who made them are the ones whose work sold —
     * older stock of the product would otherwise be taken first and credit the sale to other hands.
     */
    private List<BatchStock> batchesFirstInFirstOut(long orderId, long productId, long locationId) {
        // locks the product's batches that have pieces left: two sales at once cannot both take the last piece of
        // a batch (the second waits, then sees what the first took); batches sold out are neither read nor locked
        List<?> rows = em.createNativeQuery(
                        "select b.id, b.artisan_id, b.quantity - b.attributed, b.location_id, b.made_on, "
                                + "(select count(*) from work_return r where r.batch_id = b.id) from production_batch b "
                                + "where b.product_id = ?1 and b.quantity > b.attributed order by b.id for update")
                .setParameter(1, productId)
                .getResultList();
        List<Object[]> batches = new ArrayList<>();
        for (Object row : rows) {
            batches.add((Object[]) row);
        }
        java.util.Set<Long> madeForTheOrder = new java.util.HashSet<>();
        for (Object id : em.createNativeQuery(
                        "select r.batch_id from work_return r join work_task t on t.id = r.task_id "
                                + "join work_order w on w.id = t.work_order_id join quote q on q.id = w.quote_id "
                                + "where q.order_id = ?1 and r.batch_id is not null")
                .setParameter(1, orderId)
                .getResultList()) {
            madeForTheOrder.add(((Number) id).longValue());
        }
        batches.sort(Comparator.comparing((Object[] r) -> !madeForTheOrder.contains(((Number) r[0]).longValue()))
                .thenComparing(r -> ((Number) r[3]).longValue() != locationId)
                .thenComparing(r -> r[4].toString())
                .thenComparing(r -> ((Number) r[0]).longValue()));
        return batches.stream()
                .map(r -> new BatchStock(
                        ((Number) r[0]).longValue(),
                        ((Number) r[1]).longValue(),
                        ((Number) r[2]).intValue(),
                        ((Number) r[5]).intValue() > 0))
                .toList();
    }

    /** Keeps {@code production_batch.attributed}: pieces traced to the batch by sales, less those restocked. */
    private void attribute(Long batchId, int pieces) {
        if (batchId != null) {
            em.createNativeQuery("update production_batch set attributed = attributed + ?1 where id = ?2")
                    .setParameter(1, pieces)
                    .setParameter(2, batchId)
                    .executeUpdate();
        }
    }

    /**
     * {@code artisanShare} false: the artisan is named (the pieces are hers) but her share is the cooperative's —
     * pieces made as piecework earned her the piece rate when they were accepted, not a share of the sale as well.
     */
    private IncomeEntry write(
            CustomerOrder order,
            OrderLine line,
            long cooperativeId,
            long locationId,
            Long batchId,
            Long artisanId,
            boolean artisanShare,
            int pieces,
            SplitRule rule,
            String actor,
            Instant at) {
        // the broker's own commission rule, when she has one for this sale, replaces the cooperative's broker share
        IncomeSplit split = IncomeSplit.of(
                line.unitPrice().times(pieces),
                rule,
                cn.longyuan.market.application.income.CommissionRates.of(
                        em, order.brokerId(), cooperativeId, line.productId()),
                order.brokerId() != null,
                artisanId != null && artisanShare);
        IncomeEntry entry = IncomeEntry.sale(
                new IncomeEntry.Source(
                        cooperativeId, order.id(), line.productId(), locationId, batchId, artisanId, order.brokerId()),
                pieces,
                split,
                actor,
                at);
        em.persist(entry);
        em.flush();
        attribute(batchId, pieces);
        return entry;
    }

    private int reversedPieces(long saleId) {
        Number n = (Number)
                em.createNativeQuery("select coalesce(sum(quantity), 0) from income_entry where reverses_id = ?1")
                        .setParameter(1, saleId)
                        .getSingleResult();
        return n.intValue();
    }

    private Artisan artisan(Actor actor, long artisanId) {
        requireReader(actor);
        Artisan artisan = em.find(Artisan.class, artisanId);
        if (artisan == null || !actor.canSeeCooperative(artisan.cooperative().id())) {
            throw RequestRefusedException.notFound("No artisan " + artisanId + ".");
        }
        return artisan;
    }

    private static java.sql.Timestamp timestamp(Instant instant) {
        return java.sql.Timestamp.from(instant);
    }

    private static Money signed(long fen) {
        // a month's net can only go below zero through reversals of earlier months' sales; shown as zero then
        return Money.ofFen(Math.max(0, fen));
    }

    private static void requireReader(Actor actor) {
        if (!actor.is(Role.COOP_MANAGER) && !actor.is(Role.FEDERATION)) {
            throw new RequestRefusedException(
                    Reason.FORBIDDEN, "Income is kept by cooperatives and read by federation staff.");
        }
    }

    /** Whether the actor records payouts and sets the split rule: only a cooperative's manager does. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean mayRecord(Actor actor) {
        return actor.is(Role.COOP_MANAGER);
    }

    private void requireManager(Actor actor) {
        if (!mayRecord(actor)) {
            throw new RequestRefusedException(Reason.FORBIDDEN, "Only a cooperative's manager records this.");
        }
    }
}

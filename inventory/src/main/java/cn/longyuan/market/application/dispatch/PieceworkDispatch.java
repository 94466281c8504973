package cn.longyuan.market.application.dispatch;

import cn.longyuan.market.application.ordering.OrderNumbers;
import cn.longyuan.market.application.production.ProductionService;
import cn.longyuan.market.application.security.Actor;
import cn.longyuan.market.application.shared.FieldViolation;
import cn.longyuan.market.application.shared.MarketDatabase;
import cn.longyuan.market.application.shared.RequestRefusedException;
import cn.longyuan.market.application.shared.RequestRefusedException.Reason;
import cn.longyuan.market.domain.model.brokerage.Quote;
import cn.longyuan.market.domain.model.brokerage.QuoteLine;
import cn.longyuan.market.domain.model.catalog.Product;
import cn.longyuan.market.domain.model.cooperative.Role;
import cn.longyuan.market.domain.model.dispatch.MaterialIssue;
import cn.longyuan.market.domain.model.dispatch.PieceReturn;
import cn.longyuan.market.domain.model.dispatch.TaskRuleException;
import cn.longyuan.market.domain.model.dispatch.TaskStatus;
import cn.longyuan.market.domain.model.dispatch.WorkOrder;
import cn.longyuan.market.domain.model.dispatch.WorkTask;
import cn.longyuan.market.domain.model.income.IncomeEntry;
import cn.longyuan.market.domain.model.ordering.InvalidTransitionException;
import cn.longyuan.market.domain.model.production.ProductionBatch;
import cn.longyuan.market.domain.model.shared.BilingualText;
import cn.longyuan.market.domain.model.shared.MarketTime;
import cn.longyuan.market.domain.model.shared.Money;
import cn.longyuan.market.domain.model.training.Artisan;
import cn.longyuan.market.domain.model.training.SkillLevel;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Piecework dispatch. A broker (for one of her accepted quotes, or on its own) or a cooperative's manager (for
 * her cooperative's product) opens a work order for pieces of a product and splits it into tasks. Only women
 * who completed a training in the product's craft can be given a task (422 NOT_TRAINED). A broker may give work
 * to women of any cooperative: each makes it as her own cooperative's product of that craft (the work order's
 * product when it is her cooperative's), because the pieces go into her cooperative's stock as a production
 * batch. A manager gives work to her own members only.
 * <p>
 * Returned pieces are checked: the accepted ones become a batch through {@link ProductionService} (trace code,
 * stock at a place of her cooperative) and a PIECE_RATE entry in the income ledger — all in one transaction.
 * <p>
 * Who sees what: a broker her own work orders; a manager her cooperative's own work orders and, of others' work
 * orders, the tasks of her members only; federation staff everything, read-only. Anything else is "not found".
 */
@ApplicationScoped
@Transactional
public class PieceworkDispatch {

    private static final ZoneId CHINA = MarketTime.ZONE;

    private EntityManager em;
    private ProductionService production;
    private Clock clock;

    protected PieceworkDispatch() {
        // for CDI proxies
    }

    @Inject
    public PieceworkDispatch(@MarketDatabase EntityManager em, ProductionService production, Clock clock) {
        this.em = em;
        this.production = production;
        this.clock = clock;
    }

    /** A work order to open: from a quote (its line of {@code productId}, or its only line) or for a product. */
    public record NewWorkOrder(String quoteNumber, Long productId, Integer quantity, LocalDate dueOn) {}

    /** A task to give: {@code productId} null means the product she makes for this work order (see {@link #candidates}). */
    public record NewTask(Long artisanId, Long productId, Integer quantity, Money pieceRate, LocalDate dueOn) {}

    public record MaterialLine(
            long id, String material, BigDecimal amount, String unit, String issuedBy, Instant issuedAt) {}

    public record ReturnLine(
            long id,
            int accepted,
            int rejected,
            String reason,
            Long batchId,
            String traceCode,
            Money earned,
            String checkedBy,
            Instant checkedAt) {}

    public record TaskView(
            long id,
            long artisanId,
            String artisanName,
            long cooperativeId,
            BilingualText cooperativeName,
            long productId,
            BilingualText productName,
            int quantity,
            Money pieceRate,
            LocalDate dueOn,
            TaskStatus status,
            int accepted,
            int rejected,
            int outstanding,
            Money earned,
            String cancelReason,
            long version,
            List<MaterialLine> materials,
            List<ReturnLine> returns) {

        public boolean isOpen() {
            return status.isOpen();
        }

        public boolean takesReturns() {
            return status.takesReturns();
        }
    }

    /**
     * A work order as the caller may see it: {@code tasks} are only her members' for a manager looking at another's
     * work order; {@code toDispatch} is what is neither accepted nor out with an artisan (rejected pieces come back
     * into it).
     */
    public record WorkOrderView(
            String number,
            String owner,
            String quoteNumber,
            long productId,
            BilingualText productName,
            String craft,
            int quantity,
            LocalDate dueOn,
            int accepted,
            int rejected,
            int toDispatch,
            boolean mayAssign,
            String createdBy,
            Instant createdAt,
            List<TaskView> tasks) {

        /** Tasks still out with their women: materials may be issued to them. */
        public List<TaskView> openTasks() {
            return tasks.stream().filter(TaskView::isOpen).toList();
        }

        /** Tasks whose pieces may come back now. */
        public List<TaskView> tasksTakingReturns() {
            return tasks.stream().filter(TaskView::takesReturns).toList();
        }

        /** The day a new task is due unless the dispatcher says otherwise: the work order's own, else two weeks on. */
        public LocalDate suggestedTaskDue(LocalDate today) {
            return dueOn != null ? dueOn : today.plusDays(SUGGESTED_TASK_DAYS);
        }
    }

    /** Days to a new task's suggested due day when its work order names none; the dispatcher may change it. */
    static final int SUGGESTED_TASK_DAYS = 14;

    /** A woman who may be given work of this order: trained in its craft, active, with a product of that craft. */
    public record Candidate(
            long artisanId,
            String displayName,
            long cooperativeId,
            BilingualText cooperativeName,
            SkillLevel level,
            long productId,
            BilingualText productName) {}

    /** A product a work order may be opened for, as a form offers it. */
    public record ProductChoice(long id, BilingualText name, BilingualText cooperativeName) {}

    /** The most products {@link #productsToOpen} offers. */
    static final int MAX_PRODUCT_CHOICES = 100;

    /** Whether the actor opens work orders: a broker or a cooperative's manager (federation staff only read them). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean mayOpen(Actor actor) {
        return actor.is(Role.BROKER) || actor.is(Role.COOP_MANAGER);
    }

    /** Whether the actor may open a work order from a quote: quotes are brokers'. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean opensFromQuotes(Actor actor) {
        return actor.is(Role.BROKER);
    }

    /**
     * The products on sale the actor may open a work order for, newest first: any cooperative's for a broker, her
     * own cooperative's for a manager, none for anyone else.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ProductChoice> productsToOpen(Actor actor) {
        if (!mayOpen(actor)) {
            return List.of();
        }
        boolean own = actor.is(Role.COOP_MANAGER);
        var query = em.createQuery(
                "select p from Product p join fetch p.cooperative where " + Product.ON_SALE
                        + (own ? " and p.cooperative.id = :cooperative" : "")
                        + " order by p.createdAt desc, p.id desc",
                Product.class);
        if (own) {
            query.setParameter("cooperative", actor.cooperativeId());
        }
        return query.setMaxResults(MAX_PRODUCT_CHOICES).getResultList().stream()
                .map(p -> new ProductChoice(p.id(), p.name(), p.cooperative().name()))
                .toList();
    }

    /** The day a new task of the work order is due unless the dispatcher says otherwise, from today in China. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public LocalDate suggestedTaskDue(WorkOrderView order) {
        return order.suggestedTaskDue(today());
    }

    public WorkOrder open(Actor actor, NewWorkOrder request) {
        requireDispatcher(actor);
        Instant now = clock.instant();
        String number = OrderNumbers.next("WO", now, n -> findByNumber(n) != null);
        if (request.quoteNumber() != null && !request.quoteNumber().isBlank()) {
            if (!opensFromQuotes(actor)) {
                throw RequestRefusedException.invalid(
                        "quoteNumber", "quotes are brokers'; a cooperative opens its work orders for a product");
            }
            Quote quote = em.createNamedQuery(Quote.BY_NUMBER, Quote.class)
                    .setParameter("number", request.quoteNumber().strip())
                    .getResultStream()
                    .findFirst()
                    .orElse(null);
            if (quote == null || quote.brokerId() != actor.accountId()) {
                throw refused(Reason.NOT_FOUND, "quoteNumber", "no such quote of yours");
            }
            if (!quote.status().isDispatchable()) {
                throw new RequestRefusedException(
                        Reason.INVALID_STATE,
                        "Quote " + quote.number() + " is " + quote.status()
                                + "; only the work of an accepted quote is dispatched.");
            }
            List<QuoteLine> lines = quote.lines();
            QuoteLine line = request.productId() == null
                    ? (lines.size() == 1 ? lines.get(0) : null)
                    : lines.stream()
                            .filter(l -> l.productId() == request.productId())
                            .findFirst()
                            .orElse(null);
            if (line == null) {
                throw RequestRefusedException.invalid(
                        "productId",
                        request.productId() == null
                                ? "the quote has several lines: name the product"
                                : "not a product of the quote");
            }
            int quantity = request.quantity() == null ? line.quantity() : request.quantity();
            validate(quantity, request.dueOn());
            WorkOrder order = WorkOrder.ofBroker(
                    number,
                    actor.accountId(),
                    quote.id(),
                    line.productId(),
                    quantity,
                    request.dueOn() == null ? quote.wantedBy() : request.dueOn(),
                    actor.username(),
                    now);
            em.persist(order);
            em.flush();
            return order;
        }
        if (request.productId() == null) {
            throw RequestRefusedException.invalid("productId", "required (or a quoteNumber)");
        }
        Product product = em.find(Product.class, request.productId());
        if (product == null
                || (actor.is(Role.COOP_MANAGER) && !product.cooperative().id().equals(actor.cooperativeId()))
                || (actor.is(Role.BROKER) && !product.isPublished())) {
            throw refused(Reason.NOT_FOUND, "productId", "no such product");
        }
        if (request.quantity() == null) {
            throw RequestRefusedException.invalid("quantity", "required");
        }
        validate(request.quantity(), request.dueOn());
        WorkOrder order = actor.is(Role.BROKER)
                ? WorkOrder.ofBroker(
                        number,
                        actor.accountId(),
                        null,
                        product.id(),
                        request.quantity(),
                        request.dueOn(),
                        actor.username(),
                        now)
                : WorkOrder.ofCooperative(
                        number,
                        actor.cooperativeId(),
                        product.id(),
                        request.quantity(),
                        request.dueOn(),
                        actor.username(),
                        now);
        em.persist(order);
        em.flush();
        return order;
    }

    /** The work orders the caller may see, newest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<WorkOrderView> list(Actor actor) {
        requireReader(actor);
        List<WorkOrder> orders = switch (actor.role()) {
            case BROKER ->
                em.createQuery(
                                "select w from WorkOrder w where w.brokerId = :broker order by w.createdAt desc, w.id desc",
                                WorkOrder.class)
                        .setParameter("broker", actor.accountId())
                        .setMaxResults(200)
                        .getResultList();
            case COOP_MANAGER ->
                em.createQuery(
                                "select w from WorkOrder w where w.cooperativeId = :cooperative or exists "
                                        + "(select t from WorkTask t where t.workOrderId = w.id and t.cooperativeId = :cooperative) "
                                        + "order by w.createdAt desc, w.id desc",
                                WorkOrder.class)
                        .setParameter("cooperative", actor.cooperativeId())
                        .setMaxResults(200)
                        .getResultList();
            default ->
                em.createQuery("select w from WorkOrder w order by w.createdAt desc, w.id desc", WorkOrder.class)
                        .setMaxResults(200)
                        .getResultList();
        };
        return orders.stream().map(w -> view(actor, w, false)).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public WorkOrderView get(Actor actor, String number) {
        return view(actor, visible(actor, number), true);
    }

    /**
     * The women the caller may give this work to, best trained first: for a broker, trained active women of every
     * cooperative that has a product of the craft; for a manager, her own members.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Candidate> candidates(Actor actor, String number) {
        WorkOrder order = visible(actor, number);
        requireAssigner(actor, order);
        Product product = em.find(Product.class, order.productId());
        List<Object[]> trained = em.createQuery(
                        "select e.artisan, e.levelAchieved from Enrollment e where e.course.craft.code = :craft "
                                + "and e.status = cn.longyuan.market.domain.model.training.Enrollment.Status.COMPLETED",
                        Object[].class)
                .setParameter("craft", product.craft().code())
                .getResultList();
        Map<Long, Object[]> best = new HashMap<>();
        for (Object[] row : trained) {
            Artisan artisan = (Artisan) row[0];
            if (!artisan.isActive()
                    || (actor.is(Role.COOP_MANAGER)
                            && !artisan.cooperative().id().equals(actor.cooperativeId()))) {
                continue;
            }
            best.merge(artisan.id(), row, (a, b) -> ((SkillLevel) a[1]).compareTo((SkillLevel) b[1]) >= 0 ? a : b);
        }
        Map<Long, Product> productOf = new HashMap<>();
        List<Candidate> candidates = new ArrayList<>();
        for (Object[] row : best.values()) {
            Artisan artisan = (Artisan) row[0];
            Product made = productOf.computeIfAbsent(artisan.cooperative().id(), c -> productFor(product, c));
            if (made != null) {
                candidates.add(new Candidate(
                        artisan.id(),
                        artisan.displayName(),
                        artisan.cooperative().id(),
                        artisan.cooperative().name(),
                        (SkillLevel) row[1],
                        made.id(),
                        made.name()));
            }
        }
        candidates.sort(Comparator.comparing(Candidate::level)
                .reversed()
                .thenComparing(Candidate::cooperativeId)
                .thenComparing(Candidate::artisanId));
        return candidates;
    }

    /** Gives part of the work to a trained woman. */
    public WorkTask assign(Actor actor, String number, NewTask request) {
        WorkOrder order = visible(actor, number);
        requireAssigner(actor, order);
        em.lock(order, LockModeType.PESSIMISTIC_WRITE); // two tasks given at once cannot both take the last pieces
        if (request.artisanId() == null) {
            throw RequestRefusedException.invalid("artisanId", "required");
        }
        Artisan artisan = em.find(Artisan.class, request.artisanId());
        if (artisan == null
                || (actor.is(Role.COOP_MANAGER) && !artisan.cooperative().id().equals(actor.cooperativeId()))) {
            throw refused(Reason.NOT_FOUND, "artisanId", "no such artisan");
        }
        Product ordered = em.find(Product.class, order.productId());
        if (!production.isTrainedIn(artisan.id(), ordered.craft().code())) {
            throw new RequestRefusedException(
                    Reason.NOT_TRAINED,
                    artisan.displayName() + " has no completed training in "
                            + ordered.craft().code() + "; only trained women can be given this work.",
                    List.of(new FieldViolation("artisanId", "no completed training in the product's craft")));
        }
        List<FieldViolation> violations = new ArrayList<>();
        if (!artisan.isActive()) {
            violations.add(new FieldViolation("artisanId", "she is no longer an active member"));
        }
        Product made = request.productId() == null
                ? productFor(ordered, artisan.cooperative().id())
                : em.find(Product.class, request.productId());
        if (made == null
                || !made.cooperative().id().equals(artisan.cooperative().id())
                || !made.craft().code().equals(ordered.craft().code())) {
            violations.add(new FieldViolation(
                    "productId",
                    "a product of her cooperative in the craft "
                            + ordered.craft().code()));
        }
        int toDispatch = order.quantity() - covered(order.id());
        if (request.quantity() == null || request.quantity() < 1) {
            violations.add(new FieldViolation("quantity", "at least 1 piece"));
        } else if (request.quantity() > toDispatch) {
            violations.add(new FieldViolation("quantity", "at most the " + toDispatch + " pieces not yet given out"));
        }
        if (request.dueOn() == null) {
            violations.add(new FieldViolation("dueOn", "required"));
        } else if (request.dueOn().isBefore(today())) {
            violations.add(new FieldViolation("dueOn", "cannot be in the past"));
        }
        if (request.pieceRate() == null || request.pieceRate().fen() <= 0) {
            violations.add(new FieldViolation("pieceRate", "more than 0.00"));
        }
        if (!violations.isEmpty()) {
            throw new RequestRefusedException(Reason.VALIDATION, "The task has invalid fields.", violations);
        }
        WorkTask task = rule(() -> new WorkTask(
                order.id(),
                artisan.id(),
                artisan.cooperative().id(),
                made.id(),
                request.quantity(),
                request.pieceRate(),
                request.dueOn(),
                actor.username(),
                clock.instant()));
        em.persist(task);
        em.flush();
        return task;
    }

    /** Records materials handed to her for the task; the first ones set it in progress. */
    public MaterialIssue issueMaterials(
            Actor actor, String number, long taskId, String material, BigDecimal amount, String unit) {
        WorkTask task = changeableTask(actor, number, taskId);
        MaterialIssue issue =
                rule(() -> new MaterialIssue(task.id(), material, amount, unit, actor.username(), clock.instant()));
        rule(() -> {
            task.materialsIssued();
            return task;
        });
        em.persist(issue);
        em.flush();
        return issue;
    }

    /**
     * Pieces handed back and checked. Accepted pieces become her production batch (at {@code locationId}, or her
     * cooperative's main place) and earn her the task's piece rate; rejected ones are recorded with the reason.
     */
    public PieceReturn recordReturn(
            Actor actor, String number, long taskId, int accepted, int rejected, String reason, Long locationId) {
        WorkTask task = changeableTask(actor, number, taskId);
        WorkOrder order = findByNumber(number);
        rule(() -> {
            task.piecesReturned(accepted, rejected, reason);
            return task;
        });
        Long batchId = null;
        Long entryId = null;
        if (accepted > 0) {
            ProductionBatch batch = production.record(
                    new ProductionService.RecordBatch(
                            task.productId(), task.artisanId(), accepted, today(), locationId),
                    task.cooperativeId(),
                    actor.username());
            IncomeEntry entry = IncomeEntry.pieceRate(
                    task.cooperativeId(),
                    task.productId(),
                    batch.location().id(),
                    batch.id(),
                    task.artisanId(),
                    order.brokerId(),
                    accepted,
                    task.pieceRate(),
                    actor.username(),
                    clock.instant());
            em.persist(entry);
            em.flush();
            batchId = batch.id();
            entryId = entry.id();
        }
        PieceReturn checked = new PieceReturn(
                task.id(),
                accepted,
                rejected,
                rejected > 0 ? reason : null,
                batchId,
                entryId,
                actor.username(),
                clock.instant());
        em.persist(checked);
        em.flush();
        return checked;
    }

    public WorkTask cancel(Actor actor, String number, long taskId, String reason) {
        WorkTask task = changeableTask(actor, number, taskId);
        return rule(() -> {
            task.cancel(reason);
            return task;
        });
    }

    // ---- scope

    private WorkOrder visible(Actor actor, String number) {
        requireReader(actor);
        WorkOrder order = number == null ? null : findByNumber(number.strip());
        if (order == null || !mayRead(actor, order)) {
            throw RequestRefusedException.notFound("No work order " + number + ".");
        }
        return order;
    }

    private boolean mayRead(Actor actor, WorkOrder order) {
        return switch (actor.role()) {
            case FEDERATION -> true;
            case BROKER -> order.isBrokers(actor.accountId());
            case COOP_MANAGER ->
                order.isCooperatives(actor.cooperativeId()) || hasTasksOf(order.id(), actor.cooperativeId());
            case BUYER -> false;
        };
    }

    private boolean mayReadTask(Actor actor, WorkOrder order, WorkTask task) {
        return switch (actor.role()) {
            case FEDERATION -> true;
            case BROKER -> order.isBrokers(actor.accountId());
            case COOP_MANAGER -> task.cooperativeId() == actor.cooperativeId();
            case BUYER -> false;
        };
    }

    /** The broker who owns the work order, or a manager for her own members (on her own or on a broker's work order she sees). */
    private static void requireAssigner(Actor actor, WorkOrder order) {
        if (!actor.is(Role.BROKER) && !actor.is(Role.COOP_MANAGER)) {
            throw new RequestRefusedException(
                    Reason.FORBIDDEN, "Federation staff read the dispatch; brokers and managers give work.");
        }
    }

    private WorkTask changeableTask(Actor actor, String number, long taskId) {
        WorkOrder order = visible(actor, number);
        WorkTask task = em.find(WorkTask.class, taskId);
        if (task == null || task.workOrderId() != order.id() || !mayReadTask(actor, order, task)) {
            throw RequestRefusedException.notFound("No task " + taskId + " in work order " + number + ".");
        }
        if (!actor.is(Role.BROKER) && !actor.is(Role.COOP_MANAGER)) {
            throw new RequestRefusedException(
                    Reason.FORBIDDEN, "Federation staff read the dispatch; brokers and managers record it.");
        }
        em.lock(
                task,
                LockModeType.PESSIMISTIC_WRITE); // two returns checked at once cannot both take the last pieces out
        return task;
    }

    private boolean hasTasksOf(long workOrderId, long cooperativeId) {
        return em.createQuery(
                                "select count(t) from WorkTask t where t.workOrderId = :order and t.cooperativeId = :cooperative",
                                Long.class)
                        .setParameter("order", workOrderId)
                        .setParameter("cooperative", cooperativeId)
                        .getSingleResult()
                > 0;
    }

    private static void requireReader(Actor actor) {
        if (actor.is(Role.BUYER)) {
            throw new RequestRefusedException(Reason.FORBIDDEN, "Work orders are the back office's.");
        }
    }

    private void requireDispatcher(Actor actor) {
        if (!mayOpen(actor)) {
            throw new RequestRefusedException(Reason.FORBIDDEN, "Brokers and cooperative managers open work orders.");
        }
    }

    // ---- views

    private WorkOrderView view(Actor actor, WorkOrder order, boolean details) {
        Product product = em.find(Product.class, order.productId());
        List<WorkTask> all = tasksOf(order.id());
        int accepted = all.stream().mapToInt(WorkTask::accepted).sum();
        int rejected = all.stream().mapToInt(WorkTask::rejected).sum();
        int toDispatch = order.quantity()
                - all.stream().mapToInt(WorkTask::piecesCovered).sum();
        List<TaskView> tasks = details
                ? all.stream()
                        .filter(t -> mayReadTask(actor, order, t))
                        .map(this::taskView)
                        .toList()
                : List.of();
        String owner = order.brokerId() != null
                ? (String) em.createNativeQuery("select username from account where id = ?1")
                        .setParameter(1, order.brokerId())
                        .getSingleResult()
                : em.find(cn.longyuan.market.domain.model.cooperative.Cooperative.class, order.cooperativeId())
                        .name()
                        .zh();
        String quote = order.quoteId() == null
                ? null
                : em.find(Quote.class, order.quoteId()).number();
        boolean mayAssign =
                (actor.is(Role.BROKER) && order.isBrokers(actor.accountId())) || actor.is(Role.COOP_MANAGER);
        return new WorkOrderView(
                order.number(),
                owner,
                quote,
                product.id(),
                product.name(),
                product.craft().code(),
                order.quantity(),
                order.dueOn(),
                accepted,
                rejected,
                Math.max(0, toDispatch),
                mayAssign,
                order.createdBy(),
                order.createdAt(),
                tasks);
    }

    private TaskView taskView(WorkTask task) {
        Artisan artisan = em.find(Artisan.class, task.artisanId());
        Product product = em.find(Product.class, task.productId());
        List<MaterialLine> materials = em
                .createQuery(
                        "select m from MaterialIssue m where m.taskId = :task order by m.issuedAt, m.id",
                        MaterialIssue.class)
                .setParameter("task", task.id())
                .getResultList()
                .stream()
                .map(m -> new MaterialLine(m.id(), m.material(), m.amount(), m.unit(), m.issuedBy(), m.issuedAt()))
                .toList();
        List<ReturnLine> returns = new ArrayList<>();
        for (PieceReturn r : em.createQuery(
                        "select r from PieceReturn r where r.taskId = :task order by r.checkedAt, r.id",
                        PieceReturn.class)
                .setParameter("task", task.id())
                .getResultList()) {
            String trace = r.batchId() == null
                    ? null
                    : em.find(ProductionBatch.class, r.batchId()).traceCode().value();
            returns.add(new ReturnLine(
                    r.id(),
                    r.accepted(),
                    r.rejected(),
                    r.rejectReason(),
                    r.batchId(),
                    trace,
                    task.pieceRate().times(r.accepted()),
                    r.checkedBy(),
                    r.checkedAt()));
        }
        return new TaskView(
                task.id(),
                artisan.id(),
                artisan.displayName(),
                artisan.cooperative().id(),
                artisan.cooperative().name(),
                product.id(),
                product.name(),
                task.quantity(),
                task.pieceRate(),
                task.dueOn(),
                task.status(),
                task.accepted(),
                task.rejected(),
                task.outstanding(),
                task.earned(),
                task.cancelReason(),
                task.version(),
                materials,
                returns);
    }

    // ---- helpers

    private WorkOrder findByNumber(String number) {
        return em.createNamedQuery(WorkOrder.BY_NUMBER, WorkOrder.class)
                .setParameter("number", number)
                .getResultStream()
                .findFirst()
                .orElse(null);
    }

    private List<WorkTask> tasksOf(long workOrderId) {
        return em.createQuery("select t from WorkTask t where t.workOrderId = :order order by t.id", WorkTask.class)
                .setParameter("order", workOrderId)
                .getResultList();
    }

    private int covered(long workOrderId) {
        return tasksOf(workOrderId).stream().mapToInt(WorkTask::piecesCovered).sum();
    }

    /** The product she makes for work of {@code ordered}: that one in its own cooperative, else her cooperative's of the craft. */
    private Product productFor(Product ordered, long cooperativeId) {
        if (ordered.cooperative().id() == cooperativeId) {
            return ordered;
        }
        return em.createQuery(
                        "select p from Product p where p.cooperative.id = :cooperative and p.craft.code = :craft "
                                + "order by p.published desc, p.id",
                        Product.class)
                .setParameter("cooperative", cooperativeId)
                .setParameter("craft", ordered.craft().code())
                .setMaxResults(1)
                .getResultStream()
                .findFirst()
                .orElse(null);
    }

    private void validate(int quantity, LocalDate dueOn) {
        List<FieldViolation> violations = new ArrayList<>();
        if (quantity < 1 || quantity > WorkOrder.MAX_QUANTITY) {
            violations.add(new FieldViolation("quantity", "from 1 to " + WorkOrder.MAX_QUANTITY));
        }
        if (dueOn != null && dueOn.isBefore(today())) {
            violations.add(new FieldViolation("dueOn", "cannot be in the past"));
        }
        if (!violations.isEmpty()) {
            throw new RequestRefusedException(Reason.VALIDATION, "The work order has invalid fields.", violations);
        }
    }

    private static <T> T rule(Supplier<T> change) {
        try {
            return change.get();
        } catch (TaskRuleException e) {
            throw refused(Reason.VALIDATION, e.field(), e.getMessage());
        } catch (InvalidTransitionException e) {
            throw new RequestRefusedException(Reason.INVALID_STATE, e.getMessage());
        }
    }

    private static RequestRefusedException refused(Reason reason, String field, String message) {
        return new RequestRefusedException(reason, field + ": " + message, List.of(new FieldViolation(field, message)));
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(CHINA));
    }
}

package cn.longyuan.market.application.report;

import cn.longyuan.market.application.security.Actor;
import cn.longyuan.market.application.shared.FieldViolation;
import cn.longyuan.market.application.shared.MarketDatabase;
import cn.longyuan.market.application.shared.RequestRefusedException;
import cn.longyuan.market.application.shared.RequestRefusedException.Reason;
import cn.longyuan.market.domain.model.cooperative.Role;
import cn.longyuan.market.domain.model.income.IncomeEntry;
import cn.longyuan.market.domain.model.shared.BilingualText;
import cn.longyuan.market.domain.model.shared.MarketTime;
import cn.longyuan.market.domain.model.training.HouseholdStatus;
import cn.longyuan.market.domain.model.training.SkillLevel;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * The federation's report on the chain: for each training course (or craft, township, cooperative) and
 * a period, how many women were trained, how many of them then produced, the pieces they made and sold, what the
 * pieces sold for and the income that reached the women — and the same for women from registered poor
 * households (建档立卡: {@link HouseholdStatus#REGISTERED_POOR} and those since {@link HouseholdStatus#LIFTED_OUT},
 * whose households stay in the register).
 * <p>
 * What counts, for a course and a period [from, to] (days in the market's zone, MarketTime):
 * <ul>
 * <li><b>women trained</b>: those whose enrolment in the course was completed within the period;</li>
 * <li>the course's <b>graduates</b>: those who completed it on or before {@code to}. Their work in the period is the
 * course's: a production batch of the course's craft made within the period on or after the day she completed the
 * course; <b>women who then produced</b> are the graduates with such a batch (so a course that trained women last
 * year shows this year's work of them, with no woman trained this year);</li>
 * <li><b>pieces sold</b> and <b>sales value</b>: income-ledger sales of those batches within the period, less the
 * reversals (returns, cancellations) within the period;</li>
 * <li><b>income</b>: the artisan's share of those sales less reversals, plus piece-rate pay (kind
 * {@code PIECE_RATE}, from piecework dispatch) for work in the craft after the course.</li>
 * </ul>
 * A woman who completed two courses in one craft counts under both courses; the totals count each woman, batch
 * and ledger entry once. The queries fetch facts (enrolments, batches, ledger entries) with plain SQL that means
 * the same on H2 and PostgreSQL; the sums are made here, in fen ({@code long}).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ChainReport {

    public static final ZoneId CHINA = MarketTime.ZONE;

    /** The households the federation's poverty figures are about. */
    public static final Set<HouseholdStatus> REGISTERED_POOR =
            Set.of(HouseholdStatus.REGISTERED_POOR, HouseholdStatus.LIFTED_OUT);

    private EntityManager em;
    private Clock clock;

    protected ChainReport() {
        // for CDI proxies
    }

    @Inject
    public ChainReport(@MarketDatabase EntityManager em, Clock clock) {
        this.em = em;
        this.clock = clock;
    }

    /** How rows are formed. */
    public enum Grouping {
        COURSE,
        CRAFT,
        TOWNSHIP,
        COOPERATIVE
    }

    /** The period (both days included) and what to narrow the report to (null: everything). */
    public record Filter(LocalDate from, LocalDate to, Long courseId, String township, Long cooperativeId) {
        public Filter {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
            township = township == null || township.isBlank() ? null : township.strip();
        }

        public static Filter period(LocalDate from, LocalDate to) {
            return new Filter(from, to, null, null, null);
        }
    }

    /** The figures of one row; money in fen. */
    public record Figures(
            int womenTrained, int womenProduced, long piecesMade, long piecesSold, long salesFen, long incomeFen) {
        public static final Figures NONE = new Figures(0, 0, 0, 0, 0, 0);
    }

    /** A row: what it is about (for a course row, the course's id) and its figures, all women and poor households. */
    public record Row(String key, BilingualText label, Long courseId, String craft, Figures all, Figures poor) {}

    public record Report(Filter filter, Grouping grouping, List<Row> rows, Figures total, Figures totalPoor) {}

    /** One of a course's graduates and her work in the period; her real name is for federation staff only. */
    public record Trainee(
            long artisanId,
            String displayName,
            String realName,
            BilingualText cooperative,
            String township,
            HouseholdStatus household,
            LocalDate completedOn,
            SkillLevel level,
            int batches,
            long piecesMade,
            long piecesSold,
            long salesFen,
            long incomeFen) {
        public boolean fromRegisteredPoorHousehold() {
            return REGISTERED_POOR.contains(household);
        }
    }

    public record CourseDetail(
            long courseId,
            BilingualText title,
            String craft,
            BilingualText craftName,
            LocalDate startsOn,
            LocalDate endsOn,
            Filter filter,
            Figures all,
            Figures poor,
            List<Trainee> trainees) {}

    /** A course, township or cooperative to filter by. */
    public record Choice(String value, BilingualText label) {}

    /** The current calendar year up to today (China): the report's default period. */
    public Filter thisYear() {
        LocalDate today = LocalDate.now(clock.withZone(CHINA));
        return Filter.period(today.withDayOfYear(1), today);
    }

    public Report report(Actor actor, Filter filter, Grouping grouping) {
        requireFederation(actor);
        return compute(filter, grouping);
    }

    /**
     * The same figures without an actor, for the shop's public impact page: callers must publish aggregates only
     * (see {@code ImpactFigures}).
     */
    public Report publicAggregates(Filter filter, Grouping grouping) {
        return compute(filter, grouping);
    }

    public CourseDetail course(Actor actor, long courseId, Filter filter) {
        requireFederation(actor);
        Object[] course = rowsOf(em.createNativeQuery(
                                "select c.title_zh, c.title_en, c.craft_code, k.name_zh, k.name_en,"
                                        + " c.starts_on, c.ends_on from training_course c join craft k on k.code = c.craft_code where c.id = ?1")
                        .setParameter(1, courseId))
                .stream()
                .findFirst()
                .orElseThrow(() -> RequestRefusedException.notFound("No training course " + courseId + "."));
        Filter narrowed = new Filter(filter.from(), filter.to(), courseId, filter.township(), filter.cooperativeId());
        Facts facts = facts(narrowed);
        Map<Long, Trainee> trainees = new LinkedHashMap<>();
        for (Graduate g : facts.graduates) {
            Work work = facts.workOf(g);
            trainees.put(
                    g.artisanId,
                    new Trainee(
                            g.artisanId,
                            g.displayName,
                            g.realName,
                            g.cooperative,
                            g.township,
                            g.household,
                            g.completedOn,
                            g.level,
                            work.batches.size(),
                            work.piecesMade(),
                            work.piecesSold(),
                            work.salesFen(),
                            work.incomeFen()));
        }
        Row row = rows(facts, Grouping.COURSE).stream().findFirst().orElse(null);
        List<Trainee> sorted = trainees.values().stream()
                .sorted(Comparator.comparing(Trainee::completedOn).thenComparing(Trainee::artisanId))
                .toList();
        return new CourseDetail(
                courseId,
                new BilingualText((String) course[0], (String) course[1]),
                (String) course[2],
                new BilingualText((String) course[3], (String) course[4]),
                date(course[5]),
                date(course[6]),
                narrowed,
                row == null ? Figures.NONE : row.all(),
                row == null ? Figures.NONE : row.poor(),
                sorted);
    }

    /** The courses, townships and cooperatives the filters offer. */
    public List<Choice> courses() {
        return rowsOf(em.createNativeQuery(
                        "select id, title_zh, title_en from training_course order by starts_on desc, id desc"))
                .stream()
                .map(r -> new Choice(
                        String.valueOf(((Number) r[0]).longValue()), new BilingualText((String) r[1], (String) r[2])))
                .toList();
    }

    public List<Choice> townships() {
        List<?> townships = em.createNativeQuery("select distinct township from cooperative order by township")
                .getResultList();
        return townships.stream()
                .map(t -> new Choice((String) t, new BilingualText((String) t, (String) t)))
                .toList();
    }

    public List<Choice> cooperatives() {
        return rowsOf(em.createNativeQuery("select id, name_zh, name_en from cooperative order by id")).stream()
                .map(r -> new Choice(
                        String.valueOf(((Number) r[0]).longValue()), new BilingualText((String) r[1], (String) r[2])))
                .toList();
    }

    private static void requireFederation(Actor actor) {
        if (actor == null || !actor.is(Role.FEDERATION)) {
            throw new RequestRefusedException(Reason.FORBIDDEN, "The chain report is for federation staff.");
        }
    }

    private Report compute(Filter filter, Grouping grouping) {
        if (filter.to().isBefore(filter.from())) {
            throw new RequestRefusedException(
                    Reason.VALIDATION,
                    "The period ends before it starts.",
                    List.of(new FieldViolation("to", "must not be before from")));
        }
        Facts facts = facts(filter);
        List<Row> rows = rows(facts, grouping);
        return new Report(
                filter, grouping, rows, facts.figures(facts.graduates, false), facts.figures(facts.graduates, true));
    }

    // ---- the facts -------------------------------------------------------------------------------------------

    /** A completed enrolment of a woman (within the filters, completed on or before the period's end). */
    private record Graduate(
            long courseId,
            BilingualText course,
            String craft,
            BilingualText craftName,
            long artisanId,
            String displayName,
            String realName,
            HouseholdStatus household,
            long cooperativeId,
            BilingualText cooperative,
            String township,
            LocalDate completedOn,
            SkillLevel level) {
        boolean poor() {
            return REGISTERED_POOR.contains(household);
        }
    }

    private record Batch(long id, long artisanId, String craft, int quantity, LocalDate madeOn) {}

    /** A ledger entry of the period, with the craft of its product and the day its piece was made (or it occurred). */
    private record Entry(
            long id,
            IncomeEntry.Kind kind,
            long artisanId,
            String craft,
            LocalDate madeOrOccurredOn,
            int quantity,
            long saleFen,
            long artisanFen) {}

    /** A woman's work counted for one course. */
    private record Work(List<Batch> batches, List<Entry> entries) {
        long piecesMade() {
            return batches.stream().mapToLong(Batch::quantity).sum();
        }

        long piecesSold() {
            return entries.stream()
                    .mapToLong(e -> (long) e.kind().saleSign() * e.quantity())
                    .sum();
        }

        long salesFen() {
            return entries.stream()
                    .mapToLong(e -> e.kind().saleSign() * e.saleFen())
                    .sum();
        }

        long incomeFen() {
            return entries.stream()
                    .mapToLong(e -> e.kind().earningSign() * e.artisanFen())
                    .sum();
        }
    }

    private final class Facts {
        final Filter filter;
        final List<Graduate> graduates;
        final Map<Long, List<Batch>> batchesByArtisan = new HashMap<>();
        final Map<Long, List<Entry>> entriesByArtisan = new HashMap<>();

        Facts(Filter filter, List<Graduate> graduates, List<Batch> batches, List<Entry> entries) {
            this.filter = filter;
            this.graduates = graduates;
            batches.forEach(b -> batchesByArtisan
                    .computeIfAbsent(b.artisanId(), k -> new ArrayList<>())
                    .add(b));
            entries.forEach(e -> entriesByArtisan
                    .computeIfAbsent(e.artisanId(), k -> new ArrayList<>())
                    .add(e));
        }

        /** Her work in the course's craft, in the period, after she completed the course. */
        Work workOf(Graduate g) {
            List<Batch> batches = batchesByArtisan.getOrDefault(g.artisanId(), List.of()).stream()
                    .filter(b -> b.craft().equals(g.craft()) && !b.madeOn().isBefore(g.completedOn()))
                    .toList();
            List<Entry> entries = entriesByArtisan.getOrDefault(g.artisanId(), List.of()).stream()
                    .filter(e ->
                            e.craft().equals(g.craft()) && !e.madeOrOccurredOn().isBefore(g.completedOn()))
                    .toList();
            return new Work(batches, entries);
        }

        boolean trainedInPeriod(Graduate g) {
            return !g.completedOn().isBefore(filter.from()) && !g.completedOn().isAfter(filter.to());
        }

        /** The figures of these enrolments, each woman, batch and ledger entry counted once. */
        Figures figures(List<Graduate> of, boolean poorOnly) {
            Set<Long> trained = new HashSet<>();
            Set<Long> produced = new HashSet<>();
            Map<Long, Batch> batches = new HashMap<>();
            Map<Long, Entry> entries = new HashMap<>();
            for (Graduate g : of) {
                if (poorOnly && !g.poor()) {
                    continue;
                }
                if (trainedInPeriod(g)) {
                    trained.add(g.artisanId());
                }
                Work work = workOf(g);
                if (!work.batches().isEmpty()) {
                    produced.add(g.artisanId());
                }
                work.batches().forEach(b -> batches.put(b.id(), b));
                work.entries().forEach(e -> entries.put(e.id(), e));
            }
            Work all = new Work(List.copyOf(batches.values()), List.copyOf(entries.values()));
            return new Figures(
                    trained.size(),
                    produced.size(),
                    all.piecesMade(),
                    all.piecesSold(),
                    all.salesFen(),
                    all.incomeFen());
        }
    }

    /**
     * The figures of several rows taken together, each woman counted once (a woman trained in two of them counts
     * once, where adding the rows up would count her twice): for the public page's pool of small groups.
     */
    public Figures pooled(Filter filter, Grouping grouping, Set<String> rowKeys) {
        Facts facts = facts(filter);
        Function<Graduate, String> key = keyOf(grouping);
        return facts.figures(
                facts.graduates.stream()
                        .filter(g -> rowKeys.contains(key.apply(g)))
                        .toList(),
                false);
    }

    private static Function<Graduate, String> keyOf(Grouping grouping) {
        return switch (grouping) {
            case COURSE -> g -> String.valueOf(g.courseId());
            case CRAFT -> Graduate::craft;
            case TOWNSHIP -> Graduate::township;
            case COOPERATIVE -> g -> String.valueOf(g.cooperativeId());
        };
    }

    private List<Row> rows(Facts facts, Grouping grouping) {
        Function<Graduate, String> key = keyOf(grouping);
        Map<String, List<Graduate>> groups = new LinkedHashMap<>();
        for (Graduate g : facts.graduates) {
            groups.computeIfAbsent(key.apply(g), k -> new ArrayList<>()).add(g);
        }
        List<Row> rows = new ArrayList<>();
        for (Map.Entry<String, List<Graduate>> group : groups.entrySet()) {
            Graduate first = group.getValue().get(0);
            BilingualText label = switch (grouping) {
                case COURSE -> first.course();
                case CRAFT -> first.craftName();
                case TOWNSHIP -> new BilingualText(first.township(), first.township());
                case COOPERATIVE -> first.cooperative();
            };
            rows.add(new Row(
                    group.getKey(),
                    label,
                    grouping == Grouping.COURSE ? first.courseId() : null,
                    grouping == Grouping.COURSE || grouping == Grouping.CRAFT ? first.craft() : null,
                    facts.figures(group.getValue(), false),
                    facts.figures(group.getValue(), true)));
        }
        rows.sort(Comparator.comparing((Row r) -> -r.all().womenTrained())
                .thenComparing(r -> -r.all().incomeFen())
                .thenComparing(Row::key));
        return rows;
    }

    private Facts facts(Filter filter) {
        StringBuilder sql =
                new StringBuilder("select e.course_id, c.title_zh, c.title_en, c.craft_code, k.name_zh, k.name_en,"
                        + " a.id, a.display_name, a.real_name, a.household_status, o.id, o.name_zh, o.name_en, o.township,"
                        + " e.completed_on, e.level_achieved"
                        + " from enrollment e join training_course c on c.id = e.course_id join craft k on k.code = c.craft_code"
                        + " join artisan a on a.id = e.artisan_id join cooperative o on o.id = a.cooperative_id"
                        + " where e.status = 'COMPLETED' and e.completed_on <= ?1");
        List<Object> parameters = new ArrayList<>(List.of(java.sql.Date.valueOf(filter.to())));
        if (filter.courseId() != null) {
            parameters.add(filter.courseId());
            sql.append(" and e.course_id = ?").append(parameters.size());
        }
        if (filter.township() != null) {
            parameters.add(filter.township());
            sql.append(" and o.township = ?").append(parameters.size());
        }
        if (filter.cooperativeId() != null) {
            parameters.add(filter.cooperativeId());
            sql.append(" and o.id = ?").append(parameters.size());
        }
        sql.append(" order by e.course_id, e.completed_on, a.id");
        Query query = em.createNativeQuery(sql.toString());
        for (int i = 0; i < parameters.size(); i++) {
            query.setParameter(i + 1, parameters.get(i));
        }
        List<Graduate> graduates = rowsOf(query).stream()
                .map(r -> new Graduate(
                        num(r[0]),
                        new BilingualText((String) r[1], (String) r[2]),
                        (String) r[3],
                        new BilingualText((String) r[4], (String) r[5]),
                        num(r[6]),
                        (String) r[7],
                        (String) r[8],
                        HouseholdStatus.valueOf((String) r[9]),
                        num(r[10]),
                        new BilingualText((String) r[11], (String) r[12]),
                        (String) r[13],
                        date(r[14]),
                        SkillLevel.valueOf((String) r[15])))
                .toList();
        if (graduates.isEmpty()) {
            return new Facts(filter, graduates, List.of(), List.of());
        }
        // only the graduates' work is wanted: the same enrolment conditions, as a sub-query, keep the answer small
        String ofGraduates =
                " in (select e.artisan_id from enrollment e where e.status = 'COMPLETED' and e.completed_on <= ?3)";
        List<Batch> batches = rowsOf(
                        em.createNativeQuery("select b.id, b.artisan_id, p.craft_code, b.quantity, b.made_on"
                                        + " from production_batch b join product p on p.id = b.product_id"
                                        + " where b.made_on >= ?1 and b.made_on <= ?2 and b.artisan_id" + ofGraduates)
                                .setParameter(1, java.sql.Date.valueOf(filter.from()))
                                .setParameter(2, java.sql.Date.valueOf(filter.to()))
                                .setParameter(3, java.sql.Date.valueOf(filter.to())))
                .stream()
                .map(r -> new Batch(num(r[0]), num(r[1]), (String) r[2], (int) num(r[3]), date(r[4])))
                .toList();
        Instant start = filter.from().atStartOfDay(CHINA).toInstant();
        Instant end = filter.to().plusDays(1).atStartOfDay(CHINA).toInstant();
        List<Entry> entries = rowsOf(em.createNativeQuery(
                                "select i.id, i.kind, i.artisan_id, p.craft_code, b.made_on, i.occurred_at,"
                                        + " i.quantity, i.sale_fen, i.artisan_fen"
                                        + " from income_entry i join product p on p.id = i.product_id"
                                        + " left join production_batch b on b.id = i.batch_id"
                                        + " where i.occurred_at >= ?1 and i.occurred_at < ?2 and i.artisan_id"
                                        + ofGraduates)
                        .setParameter(1, Timestamp.from(start))
                        .setParameter(2, Timestamp.from(end))
                        .setParameter(3, java.sql.Date.valueOf(filter.to())))
                .stream()
                .map(r -> new Entry(
                        num(r[0]),
                        IncomeEntry.Kind.valueOf((String) r[1]),
                        num(r[2]),
                        (String) r[3],
                        r[4] != null ? date(r[4]) : instant(r[5]).atZone(CHINA).toLocalDate(),
                        (int) num(r[6]),
                        num(r[7]),
                        num(r[8])))
                .toList();
        return new Facts(filter, graduates, batches, entries);
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> rowsOf(Query query) {
        return (List<Object[]>) query.getResultList();
    }

    private static long num(Object value) {
        return ((Number) value).longValue();
    }

    /** A DATE column as the driver gives it (java.sql.Date from both drivers today; LocalDate from newer ones). */
    private static LocalDate date(Object value) {
        if (value instanceof LocalDate d) {
            return d;
        }
        if (value instanceof java.sql.Date d) {
            return d.toLocalDate();
        }
        throw new IllegalStateException("not a date: " + value);
    }

    /** A TIMESTAMP WITH TIME ZONE column as the driver gives it (H2: OffsetDateTime; PostgreSQL: Timestamp). */
    private static Instant instant(Object value) {
        if (value instanceof OffsetDateTime t) {
            return t.toInstant();
        }
        if (value instanceof Timestamp t) {
            return t.toInstant();
        }
        if (value instanceof Instant t) {
            return t;
        }
        throw new IllegalStateException("not an instant: " + value);
    }
}

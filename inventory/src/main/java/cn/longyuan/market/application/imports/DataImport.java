package cn.longyuan.market.application.imports;

import cn.longyuan.market.application.audit.AuditTrail;
import cn.longyuan.market.application.listing.ListingDraft;
import cn.longyuan.market.application.listing.ListingService;
import cn.longyuan.market.application.members.ArtisanRecords;
import cn.longyuan.market.application.members.ArtisanRecords.ArtisanForm;
import cn.longyuan.market.application.security.Actor;
import cn.longyuan.market.application.security.IdNumberCipher;
import cn.longyuan.market.application.shared.FieldViolation;
import cn.longyuan.market.application.shared.MarketDatabase;
import cn.longyuan.market.application.shared.RequestRefusedException;
import cn.longyuan.market.application.shared.RequestRefusedException.Reason;
import cn.longyuan.market.application.stock.StockService;
import cn.longyuan.market.domain.model.catalog.Craft;
import cn.longyuan.market.domain.model.catalog.Product;
import cn.longyuan.market.domain.model.cooperative.Cooperative;
import cn.longyuan.market.domain.model.cooperative.Location;
import cn.longyuan.market.domain.model.cooperative.Role;
import cn.longyuan.market.domain.model.shared.AuditEntry;
import cn.longyuan.market.domain.model.shared.ChineseIdNumber;
import cn.longyuan.market.domain.model.shared.PlainText;
import cn.longyuan.market.domain.model.training.Artisan;
import cn.longyuan.market.domain.model.training.HouseholdStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Imports a file of products, artisans or opening stock into one cooperative. {@link #check} reads and checks every
 * row without writing (the preview); {@link #importFile} checks the file again and writes every row in the caller's
 * one transaction — through the same services and rules as entry by hand (a member's ID number encrypted as
 * {@link ArtisanRecords} does, a product unpublished as {@link ListingService} makes it, opening stock as a
 * {@link StockService} adjustment with the reason {@value StockService#OPENING_STOCK}) — or, when any row is bad,
 * writes nothing and refuses with every bad row. A manager imports into her own cooperative, federation staff into
 * the one they choose; a row naming another cooperative is a bad row. Rows that repeat one another or what the
 * cooperative already has are bad rows too.
 */
@ApplicationScoped
@Transactional
public class DataImport {

    /** The most pieces one row of opening stock brings (as a stock adjustment). */
    public static final int MAX_QUANTITY = 100_000;

    private static final Set<String> YES = Set.of("yes", "y", "true", "1", "是", "同意");
    private static final Set<String> NO = Set.of("no", "n", "false", "0", "否", "不同意");

    private EntityManager em;
    private ArtisanRecords artisans;
    private ListingService listings;
    private StockService stock;
    private IdNumberCipher idNumbers;
    private Clock clock;

    protected DataImport() {
        // for CDI proxies
    }

    @Inject
    public DataImport(
            @MarketDatabase EntityManager em,
            ArtisanRecords artisans,
            ListingService listings,
            StockService stock,
            IdNumberCipher idNumbers,
            Clock clock) {
        this.em = em;
        this.artisans = artisans;
        this.listings = listings;
        this.stock = stock;
        this.idNumbers = idNumbers;
        this.clock = clock;
    }

    /** The preview: what the file would create and every problem; writes nothing. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ImportReport check(Actor actor, ImportKind kind, Long cooperativeId, byte[] file) {
        Cooperative target = target(actor, cooperativeId);
        return examine(kind, target, ImportTable.read(file)).report(kind, target, false);
    }

    /**
     * Checks the file again and writes all its rows, or refuses with {@link ImportRefusedException} and writes none.
     * Recorded in the audit trail ({@value AuditTrail#IMPORTED}: who, what kind, how many rows).
     */
    public ImportReport importFile(Actor actor, ImportKind kind, Long cooperativeId, byte[] file) {
        Cooperative target = target(actor, cooperativeId);
        Examined examined = examine(kind, target, ImportTable.read(file));
        if (!examined.problems.isEmpty()) {
            throw new ImportRefusedException(examined.report(kind, target, false));
        }
        for (Planned planned : examined.planned) {
            try {
                planned.write.accept(actor);
            } catch (RequestRefusedException e) {
                // a rule the preview could not see (someone else's change meanwhile): this row, and nothing written
                List<ImportProblem> problems = e.violations().isEmpty()
                        ? List.of(ImportProblem.of(planned.row, "", "invalid", e.getMessage()))
                        : e.violations().stream()
                                .map(v -> ImportProblem.fromViolation(planned.row, v))
                                .toList();
                examined.problems.addAll(problems);
                throw new ImportRefusedException(examined.report(kind, target, false));
            }
        }
        em.persist(new AuditEntry(
                actor.username(),
                AuditTrail.IMPORTED,
                AuditTrail.COOPERATIVE,
                target.id(),
                kind.name() + " × " + examined.planned.size(),
                clock.instant()));
        em.flush();
        return examined.report(kind, target, true);
    }

    private Cooperative target(Actor actor, Long cooperativeId) {
        if (!actor.is(Role.COOP_MANAGER) && !actor.is(Role.FEDERATION)) {
            throw new RequestRefusedException(
                    Reason.FORBIDDEN, "Only cooperative managers and federation staff import files.");
        }
        Long id = cooperativeId != null ? cooperativeId : actor.cooperativeScope();
        if (id == null) {
            throw RequestRefusedException.invalid("cooperative", "required: the cooperative to import into");
        }
        Cooperative cooperative = actor.canSeeCooperative(id) ? em.find(Cooperative.class, id) : null;
        if (cooperative == null) {
            throw new RequestRefusedException(
                    Reason.NOT_FOUND,
                    "No cooperative " + id + ".",
                    List.of(new FieldViolation("cooperative", "no such cooperative")));
        }
        return cooperative;
    }

    /** A good row and how it is written. */
    private record Planned(int row, String summary, Consumer<Actor> write) {}

    private static final class Examined {
        final List<ImportProblem> problems = new ArrayList<>();
        final List<Planned> planned = new ArrayList<>();
        int rows;

        ImportReport report(ImportKind kind, Cooperative target, boolean written) {
            Set<Integer> bad = new HashSet<>();
            problems.forEach(p -> bad.add(p.row()));
            List<ImportReport.Accepted> accepted = planned.stream()
                    .filter(p -> !bad.contains(p.row()))
                    .map(p -> new ImportReport.Accepted(p.row(), p.summary()))
                    .toList();
            List<ImportProblem> sorted = new ArrayList<>(problems);
            sorted.sort(java.util.Comparator.comparingInt(ImportProblem::row));
            return new ImportReport(
                    kind, target.id(), target.name().zh(), target.name().en(), rows, accepted, sorted, written);
        }
    }

    /** The file's columns, by name as the kind names them. */
    private record Columns(Map<String, Integer> index) {
        String get(ImportTable.Line line, String column) {
            Integer i = index.get(column);
            return i == null ? "" : line.cell(i);
        }
    }

    private Examined examine(ImportKind kind, Cooperative target, ImportTable table) {
        Examined examined = new Examined();
        examined.rows = table.lines().size();
        Columns columns = columns(kind, table.header(), examined.problems);
        if (!examined.problems.isEmpty()) {
            return examined;
        }
        if (table.lines().isEmpty()) {
            examined.problems.add(ImportProblem.of(0, ImportProblem.FILE, "noRows"));
            return examined;
        }
        RowCheck check = switch (kind) {
            case ARTISANS -> new ArtisanRows(target);
            case PRODUCTS -> new ProductRows(target);
            case OPENING_STOCK -> new StockRows(target);
        };
        for (ImportTable.Line line : table.lines()) {
            List<ImportProblem> problems = new ArrayList<>();
            if (line.cells().size() > table.header().size()
                    && line.cells().subList(table.header().size(), line.cells().size()).stream()
                            .anyMatch(c -> !c.isBlank())) {
                problems.add(ImportProblem.of(line.number(), "", "extraCells"));
            }
            for (String column : columns.index().keySet()) {
                if (!PlainText.isAcceptable(columns.get(line, column))) {
                    problems.add(ImportProblem.of(line.number(), column, "control"));
                }
            }
            String named = columns.get(line, "cooperative");
            if (!named.isEmpty() && !names(target, named)) {
                problems.add(ImportProblem.of(line.number(), "cooperative", "otherCooperative"));
            }
            Planned planned = problems.isEmpty() ? check.row(line, columns, problems) : null;
            examined.problems.addAll(problems);
            if (problems.isEmpty() && planned != null) {
                examined.planned.add(planned);
            }
        }
        return examined;
    }

    private static boolean names(Cooperative target, String named) {
        return named.equals(String.valueOf(target.id()))
                || named.equals(target.name().zh())
                || named.equalsIgnoreCase(target.name().en());
    }

    private static Columns columns(ImportKind kind, List<String> header, List<ImportProblem> problems) {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i) == null ? "" : header.get(i).strip();
            if (name.isEmpty()) {
                continue;
            }
            String known = kind.columns().stream()
                    .filter(c -> c.equalsIgnoreCase(name))
                    .findFirst()
                    .orElse(null);
            if (known == null) {
                problems.add(ImportProblem.of(1, shortened(name), "unknownColumn"));
            } else if (index.putIfAbsent(known, i) != null) {
                problems.add(ImportProblem.of(1, known, "duplicateColumn"));
            }
        }
        for (String column : kind.columns()) {
            if (kind.isRequired(column) && !index.containsKey(column)) {
                problems.add(ImportProblem.of(1, column, "missingColumn"));
            }
        }
        return new Columns(index);
    }

    private static String shortened(String name) {
        String visible = PlainText.isAcceptable(name) ? name : "?";
        return visible.length() > 40 ? visible.substring(0, 40) + "…" : visible;
    }

    private interface RowCheck {
        /** The row's write when it is good, adding its problems otherwise. */
        Planned row(ImportTable.Line line, Columns columns, List<ImportProblem> problems);
    }

    private final class ArtisanRows implements RowCheck {
        private final Cooperative target;
        private final Map<String, Integer> namesInFile = new HashMap<>();
        private final Map<String, Integer> idsInFile = new HashMap<>();
        private final Set<String> names = new HashSet<>();
        private Set<String> ids;

        ArtisanRows(Cooperative target) {
            this.target = target;
            em.createQuery("select a.displayName from Artisan a where a.cooperative.id = :c", String.class)
                    .setParameter("c", target.id())
                    .getResultList()
                    .forEach(n -> names.add(key(n)));
        }

        @Override
        public Planned row(ImportTable.Line line, Columns c, List<ImportProblem> problems) {
            int row = line.number();
            java.util.Optional<Boolean> consent = yesNo(c.get(line, "publicConsent"));
            if (c.get(line, "publicConsent").isEmpty()) {
                problems.add(ImportProblem.of(row, "publicConsent", "required"));
            } else if (consent.isEmpty()) {
                problems.add(ImportProblem.of(row, "publicConsent", "yesNo"));
            }
            HouseholdStatus household = null;
            String h = c.get(line, "household");
            if (!h.isEmpty()) {
                try {
                    household =
                            HouseholdStatus.valueOf(h.toUpperCase(Locale.ROOT).replace(' ', '_'));
                } catch (IllegalArgumentException e) {
                    problems.add(ImportProblem.of(row, "household", "household"));
                }
            }
            ArtisanForm form = new ArtisanForm(
                    c.get(line, "displayName"),
                    consent.orElse(Boolean.FALSE),
                    blankToNull(c.get(line, "storyZh")),
                    blankToNull(c.get(line, "storyEn")),
                    blankToNull(c.get(line, "realName")),
                    blankToNull(c.get(line, "phone")),
                    blankToNull(c.get(line, "idNumber")),
                    false,
                    household);
            for (FieldViolation v : ArtisanRecords.violations(form)) {
                // the consent's own problem is said above; her story's rule is the form's
                problems.add(ImportProblem.fromViolation(row, v));
            }
            String name = key(form.displayName());
            if (!name.isEmpty() && problems.stream().noneMatch(p -> p.column().equals("displayName"))) {
                Integer first = namesInFile.putIfAbsent(name, row);
                if (first != null) {
                    problems.add(ImportProblem.of(row, "displayName", "duplicateInFile", first));
                } else if (names.contains(name)) {
                    problems.add(ImportProblem.of(row, "displayName", "exists"));
                }
            }
            if (form.idNumber() != null && ChineseIdNumber.isValid(form.idNumber())) {
                String id = ChineseIdNumber.normalise(form.idNumber());
                Integer first = idsInFile.putIfAbsent(id, row);
                if (first != null) {
                    problems.add(ImportProblem.of(row, "idNumber", "duplicateInFile", first));
                } else if (recordedIds().contains(id)) {
                    problems.add(ImportProblem.of(row, "idNumber", "exists"));
                }
            }
            if (!problems.isEmpty()) {
                return null;
            }
            long cooperative = target.id();
            return new Planned(row, form.displayName().strip(), actor -> artisans.createIn(actor, cooperative, form));
        }

        /** The ID numbers the cooperative's members have, decrypted once for the file (they are stored encrypted with a fresh nonce each). */
        private Set<String> recordedIds() {
            if (ids == null) {
                ids = new HashSet<>();
                for (Artisan a : em.createQuery(
                                "select a from Artisan a where a.cooperative.id = :c and a.idNumberCipher is not null",
                                Artisan.class)
                        .setParameter("c", target.id())
                        .getResultList()) {
                    try {
                        ids.add(idNumbers.decrypt(a.idNumberCipher()));
                    } catch (RuntimeException e) {
                        // a value of another key or damaged: it cannot be compared, as the members page shows it
                        // unreadable
                    }
                }
            }
            return ids;
        }
    }

    private final class ProductRows implements RowCheck {
        private final Cooperative target;
        private final List<Craft> crafts;
        private final Set<String> names = new HashSet<>();
        private final Map<String, Integer> namesInFile = new HashMap<>();

        ProductRows(Cooperative target) {
            this.target = target;
            this.crafts = listings.crafts();
            for (Object[] n : em.createQuery(
                            "select p.name.zh, p.name.en from Product p where p.cooperative.id = :c", Object[].class)
                    .setParameter("c", target.id())
                    .getResultList()) {
                names.add("zh:" + key((String) n[0]));
                names.add("en:" + key((String) n[1]));
            }
        }

        @Override
        public Planned row(ImportTable.Line line, Columns c, List<ImportProblem> problems) {
            int row = line.number();
            String craftCell = c.get(line, "craft");
            String craft = crafts.stream()
                    .filter(k -> k.code().equalsIgnoreCase(craftCell)
                            || k.name().zh().equals(craftCell)
                            || k.name().en().equalsIgnoreCase(craftCell))
                    .map(Craft::code)
                    .findFirst()
                    .orElse(null);
            if (craft == null && !craftCell.isEmpty()) {
                problems.add(ImportProblem.of(row, "craft", "noSuchCraft"));
            }
            ListingDraft draft = new ListingDraft(
                    craft == null && !craftCell.isEmpty() ? craftCell : craft,
                    c.get(line, "nameZh"),
                    c.get(line, "nameEn"),
                    c.get(line, "descriptionZh"),
                    c.get(line, "descriptionEn"),
                    c.get(line, "price"));
            for (FieldViolation v : draft.violations()) {
                if (!(v.field().equals("craft") && craft == null && !craftCell.isEmpty())) {
                    problems.add(ImportProblem.fromViolation(row, v));
                }
            }
            for (String[] name :
                    new String[][] {{"nameZh", "zh:", draft.nameZh()}, {"nameEn", "en:", draft.nameEn()}}) {
                String k = name[1] + key(name[2]);
                if (key(name[2]).isEmpty()
                        || problems.stream().anyMatch(p -> p.column().equals(name[0]))) {
                    continue;
                }
                Integer first = namesInFile.putIfAbsent(k, row);
                if (first != null) {
                    problems.add(ImportProblem.of(row, name[0], "duplicateInFile", first));
                } else if (names.contains(k)) {
                    problems.add(ImportProblem.of(row, name[0], "exists"));
                }
            }
            if (!problems.isEmpty()) {
                return null;
            }
            long cooperative = target.id();
            return new Planned(row, draft.nameZh().strip(), actor -> listings.createIn(actor, cooperative, draft));
        }
    }

    private final class StockRows implements RowCheck {
        private final List<Product> products;
        private final List<Location> places;
        private final Set<String> stocked = new HashSet<>();
        private final Map<String, Integer> inFile = new HashMap<>();

        StockRows(Cooperative target) {
            products = em.createQuery(
                            "select p from Product p where p.cooperative.id = :c order by p.id", Product.class)
                    .setParameter("c", target.id())
                    .getResultList();
            places = em.createNamedQuery(Location.OF_COOPERATIVE, Location.class)
                    .setParameter("cooperative", target.id())
                    .getResultList();
            for (Object row : em.createNativeQuery("select distinct m.product_id, m.location_id from stock_movement m "
                            + "join product p on p.id = m.product_id where p.cooperative_id = ?1")
                    .setParameter(1, target.id())
                    .getResultList()) {
                Object[] r = (Object[]) row;
                stocked.add(((Number) r[0]).longValue() + "@" + ((Number) r[1]).longValue());
            }
        }

        @Override
        public Planned row(ImportTable.Line line, Columns c, List<ImportProblem> problems) {
            int row = line.number();
            String productCell = c.get(line, "product");
            List<Product> matching = products.stream()
                    .filter(p -> String.valueOf(p.id()).equals(productCell)
                            || p.name().zh().equals(productCell)
                            || p.name().en().equalsIgnoreCase(productCell))
                    .toList();
            if (productCell.isEmpty()) {
                problems.add(ImportProblem.of(row, "product", "required"));
            } else if (matching.isEmpty()) {
                problems.add(ImportProblem.of(row, "product", "noSuchProduct"));
            } else if (matching.size() > 1) {
                problems.add(ImportProblem.of(row, "product", "ambiguousProduct"));
            }
            String placeCell = c.get(line, "place");
            List<Location> place = places.stream()
                    .filter(l -> String.valueOf(l.id()).equals(placeCell)
                            || l.name().zh().equals(placeCell)
                            || l.name().en().equalsIgnoreCase(placeCell))
                    .toList();
            if (placeCell.isEmpty()) {
                problems.add(ImportProblem.of(row, "place", "required"));
            } else if (place.size() != 1) {
                problems.add(ImportProblem.of(row, "place", "noSuchPlace"));
            }
            String quantityCell = c.get(line, "quantity");
            int quantity = 0;
            if (quantityCell.isEmpty()) {
                problems.add(ImportProblem.of(row, "quantity", "required"));
            } else {
                try {
                    quantity = quantityCell.length() > 9 ? -1 : Integer.parseInt(quantityCell);
                } catch (NumberFormatException e) {
                    quantity = -1;
                }
                if (quantity < 1 || quantity > MAX_QUANTITY) {
                    problems.add(ImportProblem.of(row, "quantity", "quantity", MAX_QUANTITY));
                }
            }
            if (matching.size() == 1 && place.size() == 1) {
                String k = matching.get(0).id() + "@" + place.get(0).id();
                Integer first = inFile.putIfAbsent(k, row);
                if (first != null) {
                    problems.add(ImportProblem.of(row, "product", "duplicateInFile", first));
                } else if (stocked.contains(k)) {
                    problems.add(ImportProblem.of(row, "product", "hasStock"));
                }
            }
            if (!problems.isEmpty()) {
                return null;
            }
            long productId = matching.get(0).id();
            long locationId = place.get(0).id();
            int pieces = quantity;
            String summary =
                    matching.get(0).name().zh() + " @ " + place.get(0).name().zh() + " × " + pieces;
            return new Planned(
                    row,
                    summary,
                    actor -> stock.adjust(productId, locationId, pieces, StockService.OPENING_STOCK, actor.username()));
        }
    }

    /** Her consent as written: yes, no, or empty when it is neither. */
    private static java.util.Optional<Boolean> yesNo(String value) {
        String v = value.strip().toLowerCase(Locale.ROOT);
        if (YES.contains(v)) {
            return java.util.Optional.of(Boolean.TRUE);
        }
        return NO.contains(v) ? java.util.Optional.of(Boolean.FALSE) : java.util.Optional.empty();
    }

    private static String key(String s) {
        return s == null ? "" : s.strip().toLowerCase(Locale.ROOT);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}

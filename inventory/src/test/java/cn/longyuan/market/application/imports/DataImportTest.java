package cn.longyuan.market.application.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.longyuan.market.application.audit.AuditTrail;
import cn.longyuan.market.application.listing.ListingService;
import cn.longyuan.market.application.members.ArtisanRecords;
import cn.longyuan.market.application.security.Actor;
import cn.longyuan.market.application.security.IdNumberCipher;
import cn.longyuan.market.application.shared.RequestRefusedException;
import cn.longyuan.market.application.shared.RequestRefusedException.Reason;
import cn.longyuan.market.application.stock.StockReasons;
import cn.longyuan.market.application.stock.StockService;
import cn.longyuan.market.domain.model.cooperative.Cooperative;
import cn.longyuan.market.domain.model.cooperative.Role;
import cn.longyuan.market.domain.model.shared.BilingualText;
import cn.longyuan.market.domain.model.shared.ChineseIdNumber;
import cn.longyuan.market.domain.model.stock.MovementKind;
import cn.longyuan.market.testing.Chain;
import cn.longyuan.market.testing.TestDatabase;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class DataImportTest {

    private static final IdNumberCipher CIPHER =
            new IdNumberCipher(Base64.getDecoder().decode("q83vEjRWeJq83vEjRWeJq83vEjRWeJq83vEjRWeJq8M="));

    private static final String HEADER =
            "displayName,publicConsent,storyZh,storyEn,realName,phone,idNumber,household\n";

    private static Actor manager(Chain chain) {
        return new Actor(11, "coop-ningyuan", Role.COOP_MANAGER, chain.cooperativeId);
    }

    private static final Actor FEDERATION = new Actor(1, "federation", Role.FEDERATION, null);

    private static DataImport imports(Chain chain, EntityManager em) {
        return new DataImport(
                em,
                new ArtisanRecords(em, CIPHER, chain.clock),
                new ListingService(em, chain.clock),
                chain.stock(em),
                CIPHER,
                chain.clock);
    }

    /** A valid resident ID number for the n-th woman: born 1970–1989, her check character computed. */
    static String idNumber(int n) {
        String first17 =
                "620302" + (1970 + n % 20) + "%02d%02d".formatted(1 + n % 12, 1 + n % 28) + "%03d".formatted(n % 1000);
        return first17 + ChineseIdNumber.checkCharacter(first17);
    }

    /**
     * 500 members (rows 2–501); {@code broken} breaks exactly three: row 58 an ID number whose check digit is wrong,
     * row 201 the display name of row 11, row 434 a consent that is neither yes nor no.
     */
    static String fiveHundredMembers(boolean broken) {
        StringBuilder csv = new StringBuilder(HEADER);
        for (int i = 0; i < 500; i++) {
            int row = i + 2;
            String name = "导入巧手" + i;
            String consent = i % 2 == 0 ? "yes" : "no";
            String id = idNumber(i);
            if (broken && row == 58) {
                id = id.substring(0, 17) + (id.charAt(17) == '1' ? '2' : '1');
            }
            if (broken && row == 201) {
                name = "导入巧手9";
            }
            if (broken && row == 434) {
                consent = "maybe";
            }
            csv.append(name)
                    .append(',')
                    .append(consent)
                    .append(",她绣了")
                    .append(i % 30)
                    .append("年香包。,,王秀")
                    .append(i)
                    .append(",1390000")
                    .append("%04d".formatted(i))
                    .append(',')
                    .append(id)
                    .append(',')
                    .append(i % 3 == 0 ? "REGISTERED_POOR" : "NOT_RECORDED")
                    .append('\n');
        }
        return csv.toString();
    }

    private static long members(Chain chain) {
        return chain.tx(em -> em.createQuery("select count(a) from Artisan a where a.cooperative.id = :c", Long.class)
                .setParameter("c", chain.cooperativeId)
                .getSingleResult());
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aFileOf500MembersWithThreeBadRowsNamesExactlyThoseAndWritesNothingAndTheFixedFileIsWrittenWhole(
            TestDatabase database) {
        try (TestDatabase.Opened db = database.open()) {
            Chain chain = new Chain(db);
            long before = members(chain);
            byte[] broken = fiveHundredMembers(true).getBytes(StandardCharsets.UTF_8);

            ImportReport preview =
                    chain.tx(em -> imports(chain, em).check(manager(chain), ImportKind.ARTISANS, null, broken));
            assertEquals(500, preview.rows());
            assertEquals(497, preview.accepted().size());
            assertEquals(
                    Set.of("58 idNumber idNumber", "201 displayName duplicateInFile", "434 publicConsent yesNo"),
                    preview.problems().stream()
                            .map(p -> p.row() + " " + p.column() + " " + p.code())
                            .collect(Collectors.toSet()));
            assertEquals(List.of(58, 201, 434), preview.badRows());
            assertEquals(List.of("11"), preview.problems().get(1).args(), "the duplicate names the row it repeats");
            assertTrue(
                    preview.problems().stream()
                            .noneMatch(p -> p.message().contains(idNumber(56).substring(0, 10))),
                    "no ID number in a message");

            ImportRefusedException refused = assertThrows(
                    ImportRefusedException.class,
                    () -> chain.tx(
                            em -> imports(chain, em).importFile(manager(chain), ImportKind.ARTISANS, null, broken)));
            assertEquals(Reason.VALIDATION, refused.reason());
            assertEquals(
                    Set.of("rows[58].idNumber", "rows[201].displayName", "rows[434].publicConsent"),
                    refused.violations().stream().map(v -> v.field()).collect(Collectors.toSet()));
            assertEquals(before, members(chain), "nothing half-imported");

            byte[] fixed = fiveHundredMembers(false).getBytes(StandardCharsets.UTF_8);
            ImportReport written =
                    chain.tx(em -> imports(chain, em).importFile(manager(chain), ImportKind.ARTISANS, null, fixed));
            assertTrue(written.written());
            assertEquals(500, written.accepted().size());
            assertEquals(before + 500, members(chain));

            // as entry by hand: her ID number encrypted (not as typed), consent and household kept
            Object[] stored = chain.tx(em -> (Object[]) em.createNativeQuery(
                            "select id_number_cipher, public_consent, household_status from artisan where display_name = ?1")
                    .setParameter(1, "导入巧手7")
                    .getSingleResult());
            assertNotEquals(idNumber(7), stored[0]);
            assertFalse(String.valueOf(stored[0]).contains(idNumber(7).substring(6, 14)));
            assertEquals(idNumber(7), CIPHER.decrypt((String) stored[0]));
            assertEquals(Boolean.FALSE, stored[1]);
            long audited = chain.tx(em -> em.createQuery(
                            "select count(e) from AuditEntry e where e.action = :a and e.subjectId = :c and e.detail = :d",
                            Long.class)
                    .setParameter("a", AuditTrail.IMPORTED)
                    .setParameter("c", chain.cooperativeId)
                    .setParameter("d", "ARTISANS × 500")
                    .getSingleResult());
            assertEquals(1, audited);

            // the same file again: every row is now a member already
            ImportReport again =
                    chain.tx(em -> imports(chain, em).check(manager(chain), ImportKind.ARTISANS, null, fixed));
            assertEquals(0, again.accepted().size());
            assertTrue(again.problems().stream()
                    .filter(p -> p.row() == 2)
                    .map(ImportProblem::code)
                    .toList()
                    .containsAll(List.of("exists", "exists")));
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void productsAndOpeningStockGoThroughTheListingAndStockRules(TestDatabase database) {
        try (TestDatabase.Opened db = database.open()) {
            Chain chain = new Chain(db);
            // an Excel-written CSV: BOM, CRLF, a quoted description with a comma
            String products = "\uFEFFcraft,nameZh,nameEn,descriptionZh,descriptionEn,price\r\n"
                    + "sachet,艾草小香包,Mugwort mini sachet,\"小巧,香\",Small and fragrant,38.00\r\n"
                    + "剪纸,十二生肖剪纸,Zodiac paper-cuts,十二张,Twelve sheets,45.5\r\n"
                    + "weaving,草编篮,Straw basket,草编,Woven,0\r\n"
                    + "sachet,端午香包,Another,重名,Same name as a listed one,70\r\n";
            ImportReport preview = chain.tx(em -> imports(chain, em)
                    .check(manager(chain), ImportKind.PRODUCTS, null, products.getBytes(StandardCharsets.UTF_8)));
            assertEquals(
                    List.of("4 craft noSuchCraft", "4 price positive", "5 nameZh exists"),
                    preview.problems().stream()
                            .map(p -> p.row() + " " + p.column() + " " + p.code())
                            .sorted()
                            .toList());
            String good = products.substring(0, products.indexOf("weaving"));
            ImportReport written = chain.tx(em -> imports(chain, em)
                    .importFile(manager(chain), ImportKind.PRODUCTS, null, good.getBytes(StandardCharsets.UTF_8)));
            assertEquals(2, written.accepted().size());
            Object[] product = chain.tx(em -> (Object[]) em.createNativeQuery(
                            "select craft_code, price_fen, published from product where name_zh = '十二生肖剪纸'")
                    .getSingleResult());
            assertEquals("paper-cutting", product[0]);
            assertEquals(4550L, ((Number) product[1]).longValue());
            assertEquals(Boolean.FALSE, product[2], "unpublished, as a new listing is");

            String stock = "product,place,quantity\n"
                    + "艾草小香包,合作社工坊,12\n"
                    + "Zodiac paper-cuts,Jinchuan Road shop,3\n"
                    + "艾草小香包,合作社工坊,1\n"
                    + "没有的东西,合作社工坊,1\n"
                    + "十二生肖剪纸,别人的仓库,1\n"
                    + "十二生肖剪纸,合作社工坊,-4\n";
            ImportReport stockPreview = chain.tx(em -> imports(chain, em)
                    .check(manager(chain), ImportKind.OPENING_STOCK, null, stock.getBytes(StandardCharsets.UTF_8)));
            assertEquals(
                    List.of(
                            "4 product duplicateInFile",
                            "5 product noSuchProduct",
                            "6 place noSuchPlace",
                            "7 quantity quantity"),
                    stockPreview.problems().stream()
                            .map(p -> p.row() + " " + p.column() + " " + p.code())
                            .toList());
            String goodStock = stock.substring(0, stock.indexOf("艾草小香包,合作社工坊,1\n"));
            chain.tx(em -> imports(chain, em)
                    .importFile(
                            manager(chain),
                            ImportKind.OPENING_STOCK,
                            null,
                            goodStock.getBytes(StandardCharsets.UTF_8)));
            List<Object[]> ledger = chain.tx(em -> em.createQuery(
                            "select m.kind, m.reason, m.onHandDelta from StockMovement m, Product p "
                                    + "where p.id = m.productId and p.name.zh = '艾草小香包'",
                            Object[].class)
                    .getResultList());
            assertEquals(1, ledger.size());
            assertEquals(MovementKind.ADJUSTED, ledger.get(0)[0]);
            assertEquals("OPENING_STOCK", StockReasons.kind(MovementKind.ADJUSTED, (String) ledger.get(0)[1]));
            assertEquals(StockService.OPENING_STOCK, ledger.get(0)[1]);
            assertEquals(12, ((Number) ledger.get(0)[2]).intValue());
            // opening stock again for the same product and place is no opening stock
            ImportReport again = chain.tx(em -> imports(chain, em)
                    .check(manager(chain), ImportKind.OPENING_STOCK, null, goodStock.getBytes(StandardCharsets.UTF_8)));
            assertEquals(
                    List.of("2 product hasStock", "3 product hasStock"),
                    again.problems().stream()
                            .map(p -> p.row() + " " + p.column() + " " + p.code())
                            .toList());
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aManagerImportsOnlyIntoHerOwnCooperativeFederationStaffChooseOneABrokerNone(TestDatabase database) {
        try (TestDatabase.Opened db = database.open()) {
            Chain chain = new Chain(db);
            long other = chain.tx(em -> {
                Cooperative c = new Cooperative(new BilingualText("双湾镇合作社", "Shuangwan Cooperative"), "双湾镇", null);
                em.persist(c);
                em.flush();
                return c.id();
            });
            byte[] file = (HEADER + "新来的马嫂,no,,,,,,\n").getBytes(StandardCharsets.UTF_8);
            RequestRefusedException intoOther = assertThrows(
                    RequestRefusedException.class,
                    () -> chain.tx(
                            em -> imports(chain, em).importFile(manager(chain), ImportKind.ARTISANS, other, file)));
            assertEquals(Reason.NOT_FOUND, intoOther.reason());
            byte[] naming = ("displayName,publicConsent,cooperative\n新来的马嫂,no,双湾镇合作社\n新来的牛嫂,no," + chain.cooperativeId
                            + "\n")
                    .getBytes(StandardCharsets.UTF_8);
            ImportRefusedException rowOfOther = assertThrows(
                    ImportRefusedException.class,
                    () -> chain.tx(
                            em -> imports(chain, em).importFile(manager(chain), ImportKind.ARTISANS, null, naming)));
            assertEquals(List.of(2), rowOfOther.report().badRows());
            assertEquals(
                    "otherCooperative", rowOfOther.report().problems().get(0).code());

            Actor broker = new Actor(5, "broker-li", Role.BROKER, null);
            assertEquals(
                    Reason.FORBIDDEN,
                    assertThrows(
                                    RequestRefusedException.class,
                                    () -> chain.tx(em -> imports(chain, em)
                                            .check(broker, ImportKind.ARTISANS, chain.cooperativeId, file)))
                            .reason());
            RequestRefusedException noCooperative = assertThrows(
                    RequestRefusedException.class,
                    () -> chain.tx(em -> imports(chain, em).check(FEDERATION, ImportKind.ARTISANS, null, file)));
            assertEquals("cooperative", noCooperative.violations().get(0).field());

            ImportReport byStaff =
                    chain.tx(em -> imports(chain, em).importFile(FEDERATION, ImportKind.ARTISANS, other, file));
            assertTrue(byStaff.written());
            assertEquals(
                    Long.valueOf(1),
                    chain.<Long>tx(em -> em.createQuery(
                                    "select count(a) from Artisan a where a.cooperative.id = :c", Long.class)
                            .setParameter("c", other)
                            .getSingleResult()));
        }
    }

    @Test
    void aFileThatIsNoTableIsRefusedAsAWholeWithItsReason() {
        assertEquals("empty", fileProblem(new byte[0]));
        assertEquals("notUtf8", fileProblem("name\n\u9999".getBytes(java.nio.charset.Charset.forName("GBK"))));
        assertEquals("tooLarge", fileProblem(new byte[ImportTable.MAX_BYTES + 1]));
        assertEquals("malformed", fileProblem("a,b\n\"unclosed,x\n".getBytes(StandardCharsets.UTF_8)));
        assertEquals("notWorkbook", fileProblem(new byte[] {'P', 'K', 3, 4, 0, 0}));
        StringBuilder many = new StringBuilder("displayName,publicConsent\n");
        for (int i = 0; i <= ImportTable.MAX_ROWS; i++) {
            many.append("x").append(i).append(",no\n");
        }
        assertEquals("tooManyRows", fileProblem(many.toString().getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void anExcelWorkbookReadsLikeItsCsvAndTheTemplatesReadBackAsTheirColumns() {
        for (ImportKind kind : ImportKind.values()) {
            ImportTable fromCsv = ImportTable.read(ImportTemplates.csv(kind));
            ImportTable fromXlsx = ImportTable.read(ImportTemplates.xlsx(kind));
            assertEquals(kind.columns(), fromCsv.header());
            assertEquals(
                    kind.columns(), fromXlsx.header().subList(0, kind.columns().size()));
            assertEquals(1, fromXlsx.lines().size());
            assertEquals(2, fromXlsx.lines().get(0).number());
            List<String> cells = new ArrayList<>();
            for (int i = 0; i < kind.columns().size(); i++) {
                cells.add(fromXlsx.lines().get(0).cell(i));
            }
            assertEquals(kind.example(), cells);
        }
    }

    private static String fileProblem(byte[] bytes) {
        return assertThrows(ImportFileException.class, () -> ImportTable.read(bytes))
                .problem()
                .code();
    }
}

package cn.longyuan.market.application.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.longyuan.market.application.report.ChainReport.Figures;
import cn.longyuan.market.application.report.ChainReport.Filter;
import cn.longyuan.market.application.report.ChainReport.Grouping;
import cn.longyuan.market.application.report.ChainReport.Report;
import cn.longyuan.market.application.report.ChainReport.Row;
import cn.longyuan.market.application.security.Actor;
import cn.longyuan.market.application.shared.RequestRefusedException;
import cn.longyuan.market.domain.model.cooperative.Role;
import cn.longyuan.market.testing.TestDatabase;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The chain report against a data set built row by row in SQL, with every expected figure worked out by hand in
 * the comments below (not by the report's own queries).
 * <pre>
 * cooperatives  901 宁远堡镇 (C1), 902 双湾镇 (C2)
 * courses       801 sachet (K1), 802 paper-cutting (K2)
 * artisans      701 C1 REGISTERED_POOR  K1 completed 2026-03-10
 *               702 C1 NOT_POOR         K1 completed 2026-03-10
 *               703 C2 LIFTED_OUT       K1 completed 2025-06-01
 *               704 C2 NOT_RECORDED     K1 enrolled, never completed
 *               705 C2 NOT_POOR         K2 completed 2026-04-02
 * products      601 sachet C1, 602 sachet C2, 603 paper-cut C2, 604 paper-cut C1
 * batches       501 701 601 ×10 2026-03-20   (after her course)
 *               502 701 601 ×5  2026-03-01   (before her course: not the course's)
 *               503 702 604 ×7  2026-05-01   (paper-cut: not K1's craft; 702 has no K2)
 *               504 703 602 ×8  2025-12-01
 *               505 703 602 ×4  2026-02-01
 *               506 705 603 ×6  2026-04-10
 *               507 704 602 ×9  2026-05-05   (704 never completed: nobody's)
 * ledger        401 SALE     501 ×3 20400 / her 14280  2026-05-01
 *               402 REVERSAL 501 ×1  6800 / her  4760  2026-05-10 (of 401)
 *               403 SALE     504 ×2 10000 / her  7000  2026-01-15
 *               404 SALE     502 ×2 13600 / her  9520  2026-06-01 (batch before her course: not counted)
 *               405 SALE     506 ×4 10200 / her  7140  2026-04-20
 *               406 SALE     506 ×1  2550 / her  1785  2026-12-31T16:30Z = 2027-01-01 00:30 in China
 *               407 SALE     no maker ×1 6800 / coop 6800  2026-07-01
 *               408 SALE     507 ×2 13600 / her  9520  2026-06-01 (704: not trained)
 * </pre>
 */
class ChainReportTest {

    private static final Actor FEDERATION = new Actor(9, "federation", Role.FEDERATION, null);
    private static final LocalDate JAN_1 = LocalDate.of(2026, 1, 1);
    private static final LocalDate DEC_31 = LocalDate.of(2026, 12, 31);

    private static void handBuiltChain(EntityManager em) {
        sql(
                em,
                "insert into cooperative (id, name_zh, name_en, township) values (901, '宁远堡镇测试社', 'Ningyuanpu test', '宁远堡镇'),"
                        + " (902, '双湾镇测试社', 'Shuangwan test', '双湾镇')");
        sql(
                em,
                "insert into location (id, cooperative_id, name_zh, name_en, main) values (911, 901, '工坊', 'Workshop', true),"
                        + " (912, 902, '工坊', 'Workshop', true)");
        sql(
                em,
                "insert into training_course (id, craft_code, title_zh, title_en, level, hours, trainer, place, starts_on, ends_on, capacity)"
                        + " values (801, 'sachet', '香包班', 'Sachet course', 'BASIC', 40, '张老师', '文化站', date '2025-05-20', date '2025-06-01', 30),"
                        + " (802, 'paper-cutting', '剪纸班', 'Paper-cutting course', 'BASIC', 16, '刘老师', '妇女之家', date '2026-04-01', date '2026-04-02', 20)");
        sql(
                em,
                "insert into artisan (id, cooperative_id, display_name, real_name, phone, household_status) values"
                        + " (701, 901, '巧手一', '甲秀兰', '13800000701', 'REGISTERED_POOR'),"
                        + " (702, 901, '巧手二', '乙秀英', '13800000702', 'NOT_POOR'),"
                        + " (703, 902, '巧手三', '丙桂花', '13800000703', 'LIFTED_OUT'),"
                        + " (704, 902, '巧手四', '丁玉兰', '13800000704', 'NOT_RECORDED'),"
                        + " (705, 902, '巧手五', '戊春梅', '13800000705', 'NOT_POOR')");
        sql(
                em,
                "insert into enrollment (id, course_id, artisan_id, status, enrolled_on, completed_on, level_achieved) values"
                        + " (1701, 801, 701, 'COMPLETED', date '2026-03-01', date '2026-03-10', 'BASIC'),"
                        + " (1702, 801, 702, 'COMPLETED', date '2026-03-01', date '2026-03-10', 'INTERMEDIATE'),"
                        + " (1703, 801, 703, 'COMPLETED', date '2025-05-20', date '2025-06-01', 'BASIC'),"
                        + " (1704, 801, 704, 'ENROLLED', date '2026-03-01', null, null),"
                        + " (1705, 802, 705, 'COMPLETED', date '2026-04-01', date '2026-04-02', 'BASIC')");
        sql(
                em,
                "insert into product (id, cooperative_id, craft_code, name_zh, name_en, description_zh, description_en, price_fen,"
                        + " published, created_at) values"
                        + " (601, 901, 'sachet', '香包甲', 'Sachet A', '香包', 'Sachet', 6800, true, timestamp with time zone '2026-01-01 00:00:00+08'),"
                        + " (602, 902, 'sachet', '香包乙', 'Sachet B', '香包', 'Sachet', 5000, true, timestamp with time zone '2026-01-01 00:00:00+08'),"
                        + " (603, 902, 'paper-cutting', '剪纸甲', 'Paper-cut A', '剪纸', 'Paper-cut', 2550, true, timestamp with time zone '2026-01-01 00:00:00+08'),"
                        + " (604, 901, 'paper-cutting', '剪纸乙', 'Paper-cut B', '剪纸', 'Paper-cut', 2550, true, timestamp with time zone '2026-01-01 00:00:00+08')");
        batch(em, 501, 701, 601, 911, 10, "2026-03-20");
        batch(em, 502, 701, 601, 911, 5, "2026-03-01");
        batch(em, 503, 702, 604, 911, 7, "2026-05-01");
        batch(em, 504, 703, 602, 912, 8, "2025-12-01");
        batch(em, 505, 703, 602, 912, 4, "2026-02-01");
        batch(em, 506, 705, 603, 912, 6, "2026-04-10");
        batch(em, 507, 704, 602, 912, 9, "2026-05-05");
        sql(
                em,
                "insert into orders (id, number, status, payment_method, contact_name, contact_phone, ship_country, ship_province,"
                        + " ship_city, ship_line, subtotal_fen, delivery_fee_fen, total_fen, access_token_hash, placed_at) values"
                        + " (301, 'T-301', 'PAID', 'BANK_TRANSFER', '买家', '13900000000', 'CN', '甘肃省', '金昌市', '北京路 1 号',"
                        + " 100, 0, 100, 'x', timestamp with time zone '2026-01-01 00:00:00+08')");
        entry(em, 401, "SALE", 901, 701L, 501L, 601, 911, 3, 20400, 14280, null, "2026-05-01T02:00:00Z");
        entry(em, 402, "REVERSAL", 901, 701L, 501L, 601, 911, 1, 6800, 4760, 401L, "2026-05-10T02:00:00Z");
        entry(em, 403, "SALE", 902, 703L, 504L, 602, 912, 2, 10000, 7000, null, "2026-01-15T02:00:00Z");
        entry(em, 404, "SALE", 901, 701L, 502L, 601, 911, 2, 13600, 9520, null, "2026-06-01T02:00:00Z");
        entry(em, 405, "SALE", 902, 705L, 506L, 603, 912, 4, 10200, 7140, null, "2026-04-20T02:00:00Z");
        entry(em, 406, "SALE", 902, 705L, 506L, 603, 912, 1, 2550, 1785, null, "2026-12-31T16:30:00Z");
        entry(em, 407, "SALE", 901, null, null, 601, 911, 1, 6800, 0, null, "2026-07-01T02:00:00Z");
        entry(em, 408, "SALE", 902, 704L, 507L, 602, 912, 2, 13600, 9520, null, "2026-06-01T02:00:00Z");
    }

    private static void batch(
            EntityManager em, long id, long artisan, long product, long location, int quantity, String madeOn) {
        sql(
                em,
                "insert into production_batch (id, product_id, artisan_id, location_id, quantity, made_on, trace_code, recorded_at,"
                        + " recorded_by) values (" + id + ", " + product + ", " + artisan + ", " + location + ", "
                        + quantity + ", date '"
                        + madeOn + "', 'T" + id + "', timestamp with time zone '2026-01-01 00:00:00+08', 'test')");
    }

    private static void entry(
            EntityManager em,
            long id,
            String kind,
            long cooperative,
            Long artisan,
            Long batch,
            long product,
            long location,
            int quantity,
            long saleFen,
            long artisanFen,
            Long reverses,
            String at) {
        sql(
                em,
                "insert into income_entry (id, kind, cooperative_id, artisan_id, batch_id, order_id, product_id,"
                        + " location_id, quantity, sale_fen, artisan_fen, cooperative_fen, broker_fen, reverses_id, actor, occurred_at)"
                        + " values (" + id + ", '" + kind + "', " + cooperative + ", " + artisan + ", " + batch
                        + ", 301, " + product + ", "
                        + location + ", " + quantity + ", " + saleFen + ", " + artisanFen + ", "
                        + (saleFen - artisanFen) + ", 0, "
                        + reverses + ", 'test', timestamp with time zone '"
                        + at.replace('T', ' ').replace("Z", "+00") + "')");
    }

    private static void sql(EntityManager em, String statement) {
        em.createNativeQuery(statement).executeUpdate();
    }

    private static <T> T withReport(TestDatabase.Opened db, Function<ChainReport, T> work) {
        return db.inTransaction(em ->
                work.apply(new ChainReport(em, Clock.fixed(Instant.parse("2026-11-29T02:00:00Z"), ZoneOffset.UTC))));
    }

    private static Row row(Report report, String key) {
        return report.rows().stream()
                .filter(r -> r.key().equals(key))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no row " + key + " in " + report.rows()));
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void perCourseTheYearsFiguresCountWorkAfterTheCourseAndSalesLessReturns(TestDatabase database) {
        try (TestDatabase.Opened db = database.open()) {
            db.run(ChainReportTest::handBuiltChain);
            Report year = withReport(db, r -> r.report(FEDERATION, Filter.period(JAN_1, DEC_31), Grouping.COURSE));

            assertEquals(2, year.rows().size());
            // K1: trained in 2026: 701, 702; produced: 701 (501 ×10), 703 (505 ×4; 504 was made in 2025);
            // sold 3 − 1 (401, 402) + 2 (403) = 4; 20400 − 6800 + 10000 = 23600; her share 14280 − 4760 + 7000 = 16520
            assertEquals(
                    new Figures(2, 2, 14, 4, 23600, 16520), row(year, "801").all());
            // the poor: 701 (registered) and 703 (lifted out, still in the register): all of K1's work is theirs
            assertEquals(
                    new Figures(1, 2, 14, 4, 23600, 16520), row(year, "801").poor());
            // K2: 705 trained, made 6, sold 4 for 10200 (406 fell on 1 January 2027 in China), her share 7140
            assertEquals(new Figures(1, 1, 6, 4, 10200, 7140), row(year, "802").all());
            assertEquals(Figures.NONE, row(year, "802").poor());
            assertEquals(new Figures(3, 3, 20, 8, 33800, 23660), year.total());
            assertEquals(new Figures(1, 2, 14, 4, 23600, 16520), year.totalPoor());
            assertEquals(Long.valueOf(801), row(year, "801").courseId());
            assertEquals("sachet", row(year, "801").craft());
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void thePeriodDecidesWhoWasTrainedAndWhichWorkAndSalesCount(TestDatabase database) {
        try (TestDatabase.Opened db = database.open()) {
            db.run(ChainReportTest::handBuiltChain);

            Report firstQuarter = withReport(
                    db, r -> r.report(FEDERATION, Filter.period(JAN_1, LocalDate.of(2026, 3, 31)), Grouping.COURSE));
            // K2 was completed on 2 April: not yet anybody's graduate; K1: 501 (20 March) and 505 made, only 403 sold
            assertEquals(1, firstQuarter.rows().size());
            assertEquals(
                    new Figures(2, 2, 14, 2, 10000, 7000),
                    row(firstQuarter, "801").all());

            Report lastYear = withReport(
                    db,
                    r -> r.report(
                            FEDERATION,
                            Filter.period(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31)),
                            Grouping.COURSE));
            // only 703 had completed K1; she made 504 (×8) in 2025 and sold nothing in 2025
            assertEquals(new Figures(1, 1, 8, 0, 0, 0), row(lastYear, "801").all());
            assertEquals(new Figures(1, 1, 8, 0, 0, 0), lastYear.totalPoor());

            Report newYearsDay = withReport(
                    db,
                    r -> r.report(
                            FEDERATION,
                            Filter.period(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 1, 1)),
                            Grouping.COURSE));
            // 406 at 16:30 UTC on 31 December is 00:30 on 1 January in China
            assertEquals(
                    new Figures(0, 0, 0, 1, 2550, 1785), row(newYearsDay, "802").all());
            assertEquals(new Figures(0, 0, 0, 0, 0, 0), row(newYearsDay, "801").all());
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void townshipCooperativeAndCourseNarrowTheReportAndGroupItsRows(TestDatabase database) {
        try (TestDatabase.Opened db = database.open()) {
            db.run(ChainReportTest::handBuiltChain);

            Report byTownship =
                    withReport(db, r -> r.report(FEDERATION, Filter.period(JAN_1, DEC_31), Grouping.TOWNSHIP));
            // 宁远堡镇: 701, 702 trained; 701 made 10, sold 3 − 1 = 2 for 13600, her share 9520
            assertEquals(
                    new Figures(2, 1, 10, 2, 13600, 9520),
                    row(byTownship, "宁远堡镇").all());
            // 双湾镇: 705 trained; 703 (4) and 705 (6) made; sold 2 + 4 for 10000 + 10200, shares 7000 + 7140
            assertEquals(
                    new Figures(1, 2, 10, 6, 20200, 14140),
                    row(byTownship, "双湾镇").all());

            Report shuangwanK1 = withReport(
                    db, r -> r.report(FEDERATION, new Filter(JAN_1, DEC_31, 801L, null, 902L), Grouping.COURSE));
            assertEquals(1, shuangwanK1.rows().size());
            assertEquals(
                    new Figures(0, 1, 4, 2, 10000, 7000),
                    row(shuangwanK1, "801").all());

            Report ningyuanpu = withReport(
                    db, r -> r.report(FEDERATION, new Filter(JAN_1, DEC_31, null, "宁远堡镇", null), Grouping.CRAFT));
            assertEquals(
                    List.of("sachet"), ningyuanpu.rows().stream().map(Row::key).toList());
            assertEquals(new Figures(1, 1, 10, 2, 13600, 9520), ningyuanpu.totalPoor());
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aCourseDrillsDownToItsTraineesAndTheirWork(TestDatabase database) {
        try (TestDatabase.Opened db = database.open()) {
            db.run(ChainReportTest::handBuiltChain);
            ChainReport.CourseDetail k1 = withReport(db, r -> r.course(FEDERATION, 801, Filter.period(JAN_1, DEC_31)));

            assertEquals(
                    List.of(703L, 701L, 702L),
                    k1.trainees().stream().map(ChainReport.Trainee::artisanId).toList());
            ChainReport.Trainee first = k1.trainees().get(1);
            assertEquals("巧手一", first.displayName());
            assertEquals("甲秀兰", first.realName());
            assertTrue(first.fromRegisteredPoorHousehold());
            assertEquals(10, first.piecesMade());
            assertEquals(2, first.piecesSold());
            assertEquals(13600, first.salesFen());
            assertEquals(9520, first.incomeFen());
            ChainReport.Trainee second = k1.trainees().get(2);
            assertEquals(0, second.batches());
            assertEquals(0, second.incomeFen());
            assertEquals(7000, k1.trainees().get(0).incomeFen());
            assertEquals(new Figures(2, 2, 14, 4, 23600, 16520), k1.all());
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void onlyFederationStaffReadTheReportAndAPeriodMustNotEndBeforeItStarts(TestDatabase database) {
        try (TestDatabase.Opened db = database.open()) {
            db.run(ChainReportTest::handBuiltChain);
            Actor manager = new Actor(2, "coop-ningyuan", Role.COOP_MANAGER, 901L);
            RequestRefusedException refused = assertThrows(
                    RequestRefusedException.class,
                    () -> withReport(db, r -> r.report(manager, Filter.period(JAN_1, DEC_31), Grouping.COURSE)));
            assertEquals(RequestRefusedException.Reason.FORBIDDEN, refused.reason());
            assertThrows(
                    RequestRefusedException.class,
                    () -> withReport(db, r -> r.course(manager, 801, Filter.period(JAN_1, DEC_31))));
            RequestRefusedException backwards = assertThrows(
                    RequestRefusedException.class,
                    () -> withReport(db, r -> r.report(FEDERATION, Filter.period(DEC_31, JAN_1), Grouping.COURSE)));
            assertEquals(RequestRefusedException.Reason.VALIDATION, backwards.reason());
            assertEquals("to", backwards.violations().get(0).field());
            RequestRefusedException unknown = assertThrows(
                    RequestRefusedException.class,
                    () -> withReport(db, r -> r.course(FEDERATION, 999, Filter.period(JAN_1, DEC_31))));
            assertEquals(RequestRefusedException.Reason.NOT_FOUND, unknown.reason());
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void thePublicImpactShowsTotalsAndBreaksDownOnlyGroupsOfAtLeastFiveWomen(TestDatabase database) {
        try (TestDatabase.Opened db = database.open()) {
            db.run(ChainReportTest::handBuiltChain);
            ImpactFigures.Impact small = withReport(db, r -> new ImpactFigures(r).now());
            // trained ever: 701, 702, 703, 705; made pieces since their course: 701, 703, 705
            assertEquals(4, small.womenTrained());
            assertEquals(3, small.womenProducing());
            // 2026 up to 29 November: 4 + 4 pieces, her shares 16520 + 7140
            assertEquals(8, small.piecesSoldThisYear());
            assertEquals(23660, small.incomeThisYearFen());
            assertEquals(2026, small.year());
            // sachet 3 women, paper-cutting 1: neither alone, nor pooled (4), may be shown
            assertTrue(small.crafts().isEmpty());
            assertEquals(null, small.otherCrafts());
            assertTrue(small.smallGroupsWithheld());

            db.run(em -> {
                sql(
                        em,
                        "insert into artisan (id, cooperative_id, display_name, household_status) values"
                                + " (706, 901, '巧手六', 'NOT_POOR'), (707, 902, '巧手七', 'REGISTERED_POOR')");
                sql(
                        em,
                        "insert into enrollment (id, course_id, artisan_id, status, enrolled_on, completed_on, level_achieved) values"
                                + " (1706, 801, 706, 'COMPLETED', date '2026-03-01', date '2026-03-10', 'BASIC'),"
                                + " (1707, 801, 707, 'COMPLETED', date '2026-03-01', date '2026-03-10', 'BASIC')");
            });
            ImpactFigures.Impact larger = withReport(db, r -> new ImpactFigures(r).now());
            assertEquals(6, larger.womenTrained());
            assertEquals(1, larger.crafts().size());
            assertEquals(
                    "Qingyang embroidered sachet",
                    larger.crafts().get(0).craft().en());
            assertEquals(5, larger.crafts().get(0).womenTrained());
            assertEquals(2, larger.crafts().get(0).womenProducing());
            assertEquals(null, larger.otherCrafts());
            assertTrue(larger.smallGroupsWithheld());

            // embroidery trains 708–711, paper-cutting also 708: two small crafts (4 and 2 women) pooled are 5 women,
            // not 6
            db.run(em -> {
                sql(
                        em,
                        "insert into training_course (id, craft_code, title_zh, title_en, level, hours, trainer, place, starts_on,"
                                + " ends_on, capacity) values (803, 'embroidery', '刺绣班', 'Embroidery course', 'BASIC', 40, '王老师', '文化站',"
                                + " date '2026-06-01', date '2026-06-05', 30)");
                sql(
                        em,
                        "insert into artisan (id, cooperative_id, display_name, household_status) values (708, 901, '巧手八', 'NOT_POOR'),"
                                + " (709, 901, '巧手九', 'NOT_POOR'), (710, 902, '巧手十', 'NOT_POOR'), (711, 902, '巧手十一', 'NOT_POOR')");
                sql(
                        em,
                        "insert into enrollment (id, course_id, artisan_id, status, enrolled_on, completed_on, level_achieved) values"
                                + " (1708, 803, 708, 'COMPLETED', date '2026-06-01', date '2026-06-05', 'BASIC'),"
                                + " (1709, 803, 709, 'COMPLETED', date '2026-06-01', date '2026-06-05', 'BASIC'),"
                                + " (1710, 803, 710, 'COMPLETED', date '2026-06-01', date '2026-06-05', 'BASIC'),"
                                + " (1711, 803, 711, 'COMPLETED', date '2026-06-01', date '2026-06-05', 'BASIC'),"
                                + " (1712, 802, 708, 'COMPLETED', date '2026-04-01', date '2026-04-02', 'BASIC')");
            });
            ImpactFigures.Impact pooled = withReport(db, r -> new ImpactFigures(r).now());
            assertEquals(10, pooled.womenTrained());
            assertEquals(1, pooled.crafts().size());
            assertEquals(5, pooled.otherCrafts().womenTrained());
            // of them only 705 made pieces of her craft after her course
            assertEquals(1, pooled.otherCrafts().womenProducing());
        }
    }
}

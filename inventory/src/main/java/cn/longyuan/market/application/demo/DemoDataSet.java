package cn.longyuan.market.application.demo;

import cn.longyuan.market.application.ordering.OrderService;
import cn.longyuan.market.application.ordering.PlaceOrderCommand;
import cn.longyuan.market.application.production.ProductionService;
import cn.longyuan.market.application.production.ProductionService.RecordBatch;
import cn.longyuan.market.application.stock.StockService;
import cn.longyuan.market.domain.model.catalog.Craft;
import cn.longyuan.market.domain.model.catalog.Product;
import cn.longyuan.market.domain.model.cooperative.Cooperative;
import cn.longyuan.market.domain.model.cooperative.Location;
import cn.longyuan.market.domain.model.ordering.Contact;
import cn.longyuan.market.domain.model.ordering.CustomerOrder;
import cn.longyuan.market.domain.model.ordering.OrderPart;
import cn.longyuan.market.domain.model.ordering.OrderStatus;
import cn.longyuan.market.domain.model.ordering.PartStatus;
import cn.longyuan.market.domain.model.ordering.PaymentMethod;
import cn.longyuan.market.domain.model.ordering.ShippingAddress;
import cn.longyuan.market.domain.model.shared.BilingualText;
import cn.longyuan.market.domain.model.shared.MarketTime;
import cn.longyuan.market.domain.model.shared.Money;
import cn.longyuan.market.domain.model.training.Artisan;
import cn.longyuan.market.domain.model.training.Enrollment;
import cn.longyuan.market.domain.model.training.HouseholdStatus;
import cn.longyuan.market.domain.model.training.SkillLevel;
import cn.longyuan.market.domain.model.training.TrainingCourse;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The demo data set the application loads into an empty database at its first start: the two demo
 * cooperatives of Jinchuan District — the first in 宁远堡镇 (Ningyuanpu), the second in 双湾镇 (Shuangwan) —
 * with their places, thirteen artisans, seven training courses, thirty-two products (thirty on sale, in eight
 * crafts; two drafts), production batches and orders in several statuses.
 * <p>
 * Everything goes in the way a user's action would put it: batches through {@link ProductionService}, so
 * that only women trained in a craft make its pieces and every piece is in the stock ledger; orders through
 * {@link OrderService}, so that they reserve stock. All names, phone numbers and addresses of people are
 * invented. No ID numbers are recorded until they can be encrypted.
 * <p>
 * It runs inside the caller's transaction and begins or commits nothing:
 * <pre>{@code
 * if (DemoDataSet.isEmpty(em)) {
 *     DemoDataSet.Summary summary = new DemoDataSet().loadInto(em, production, orders, clock);
 * }
 * }</pre>
 * The training and production dates are fixed days of 2026, the last on {@link #LAST_DAY_DESCRIBED}; listing
 * and order times follow the clock.
 */
public final class DemoDataSet {

    /** The last day the data set describes: a batch made then is in stock. The clock's today must be later. */
    public static final LocalDate LAST_DAY_DESCRIBED = LocalDate.of(2026, 11, 26);

    /** The accounts the demo's actions are recorded under (api.md, "Roles and demo accounts"). */
    static final String FEDERATION = "federation";

    static final String NINGYUAN_MANAGER = "coop-ningyuan";
    static final String SHUANGWAN_MANAGER = "coop-shuangwan";

    private static final ZoneId CHINA = MarketTime.ZONE;

    /** What was loaded. */
    public record Summary(
            int cooperatives,
            int locations,
            int artisans,
            int artisansWithPublicStory,
            int trainingCourses,
            int enrollments,
            int products,
            int productionBatches,
            int orders) {}

    /** Whether the database has no cooperative yet — the one condition under which the demo may be loaded. */
    public static boolean isEmpty(EntityManager em) {
        return em.createQuery("select count(c) from Cooperative c", Long.class).getSingleResult() == 0;
    }

    /**
     * Loads the whole data set in the caller's transaction. {@code production} and {@code orders} must work
     * on the same entity manager (in the container: the same transaction).
     *
     * @throws IllegalStateException when the database already has a cooperative, or the clock's today is not
     *                               after {@link #LAST_DAY_DESCRIBED}
     */
    public Summary loadInto(EntityManager em, ProductionService production, OrderService orders, Clock clock) {
        if (!isEmpty(em)) {
            throw new IllegalStateException("the demo data set is loaded only into a database without cooperatives");
        }
        LocalDate today = LocalDate.now(clock.withZone(CHINA));
        if (!today.isAfter(LAST_DAY_DESCRIBED)) {
            throw new IllegalStateException("the demo data set describes 2026 up to " + LAST_DAY_DESCRIBED
                    + "; the clock's today (" + today + ") must be later");
        }
        return new Loading(em, production, orders, clock).load();
    }

    /** One run of the loader, holding what it created so far. */
    private static final class Loading {

        private final EntityManager em;
        private final ProductionService production;
        private final OrderService orders;
        private final StockService stock;
        private final Instant now;

        private Cooperative ningyuan;
        private Cooperative shuangwan;
        private final List<Location> locations = new ArrayList<>();
        private final List<Artisan> artisans = new ArrayList<>();
        private final List<TrainingCourse> courses = new ArrayList<>();
        private final List<Enrollment> enrollments = new ArrayList<>();
        private final List<Product> products = new ArrayList<>();
        private int batches;
        private final List<CustomerOrder> placed = new ArrayList<>();

        // what one step of the loading made and a later one uses
        private Location jinchuanRoadShop;
        private Location ningyuanStoreRoom;
        private Location shuangwanStoreRoom;
        private Artisan sisterLi;
        private Artisan sisterWang;
        private Artisan littleZhao;
        private Artisan auntieZhang;
        private Artisan tigerMother;
        private Artisan swallow;
        private Artisan newcomerLiu;
        private Artisan sisterZhou;
        private Artisan qiaojie;
        private Artisan auntYang;
        private Artisan tianye;
        private Artisan sisterGuo;
        private Artisan littleWu;
        private Product fiveCreatures;
        private Product peaceSachet;
        private Product horseSachet;
        private Product pomegranateCharm;
        private Product sachetGiftBox;
        private Product peonyFan;
        private Product tableRunner;
        private Product purse;
        private Product silkRoad;
        private Product coasters;
        private Product magpies;
        private Product zodiacAlbum;
        private Product roundFlower;
        private Product fuCharacters;
        private Product bigTiger;
        private Product tigerPillow;
        private Product tigerCharm;
        private Product qilianSnow;
        private Product eightHorses;
        private Product bookmarks;
        private Product harvest;
        private Product strawFan;
        private Product lotusInsoles;
        private Product fortuneInsoles;
        private Product childrensInsoles;
        private Product insoleGiftBox;
        private Product gourdSachet;
        private Product babyTigerShoes;
        private Product tigerShoeCharm;
        private CustomerOrder paid;
        private CustomerOrder toBeijing;
        private CustomerOrder bothCooperatives;
        private CustomerOrder completed;
        private CustomerOrder cancelled;
        private CustomerOrder delivered;

        Loading(EntityManager em, ProductionService production, OrderService orders, Clock clock) {
            this.em = em;
            this.production = production;
            this.orders = orders;
            // the demo's sales earn their makers' income like any other
            this.stock = new StockService(
                    em, clock, new cn.longyuan.market.application.income.IncomeLedger(em, clock)::onSold);
            this.now = clock.instant();
        }

        Summary load() {
            cooperatives();
            artisans();
            training();
            ningyuanProducts();
            shuangwanProducts();
            laterProducts();
            production();
            orders();
            progress();

            em.flush();
            return new Summary(
                    2,
                    locations.size(),
                    artisans.size(),
                    (int) artisans.stream().filter(Artisan::hasPublicConsent).count(),
                    courses.size(),
                    enrollments.size(),
                    products.size(),
                    batches,
                    placed.size());
        }

        /** The two cooperatives, first Ningyuanpu, then Shuangwan. */
        private void cooperatives() {
            ningyuan = cooperative(
                    new BilingualText("金川区宁远堡镇巧手妇女手工艺专业合作社", "Ningyuanpu Skilled Hands Women's Handicraft Cooperative"),
                    "宁远堡镇",
                    new BilingualText(
                            "2018年，宁远堡镇十几位参加了“陇原巧手”培训的姐妹把各自家里的针线活凑到一起，成立了这家合作社。"
                                    + "农闲时她们在工坊里绣香包、剪窗花、缝布老虎；要照顾孩子和老人的姐妹把活计领回家做。"
                                    + "每卖出一件，做它的姐妹都能拿到自己的那一份。",
                            "In 2018 a dozen women of Ningyuanpu who had trained in the Longyuan Skilled Hands programme pooled "
                                    + "their needlework and founded this cooperative. In the slack farming season they embroider "
                                    + "sachets, cut window flowers and sew cloth tigers in the workshop; women who look after "
                                    + "children or parents take their work home. Every piece sold pays its share to the woman who made it."));
            ningyuan.nameTownshipInEnglish("Ningyuanpu Town");
            shuangwan = cooperative(
                    new BilingualText("金川区双湾镇巧姐妹手工艺专业合作社", "Shuangwan Clever Sisters Handicraft Cooperative"),
                    "双湾镇",
                    new BilingualText(
                            "双湾镇是金川区的产粮区，麦子收完，麦秆就成了姐妹们的画布。她们把麦秆熨平、剪贴成祁连雪山和奔马，" + "冬天在热炕头上绣一双双鞋垫。合作社让留在村里的妇女在家门口就能挣钱。",
                            "Shuangwan is Jinchuan's grain-growing township: after the wheat harvest, the straw becomes the "
                                    + "women's canvas. They iron it flat and cut it into the snowy Qilian Mountains and galloping "
                                    + "horses, and in winter they embroider insoles on the warm kang. The cooperative lets women "
                                    + "who stay in the village earn a living close to home."));

            shuangwan.nameTownshipInEnglish("Shuangwan Town");

            location(ningyuan, "合作社工坊", "Cooperative workshop", "甘肃省金昌市金川区宁远堡镇 巧手工坊", true);
            jinchuanRoadShop = location(ningyuan, "金川路门店", "Jinchuan Road shop", "甘肃省金昌市金川区金川路 56 号", false);
            ningyuanStoreRoom = location(ningyuan, "宁远堡库房", "Ningyuanpu store room", "甘肃省金昌市金川区宁远堡镇 合作社库房", false);
            location(shuangwan, "双湾镇工坊", "Shuangwan workshop", "甘肃省金昌市金川区双湾镇 巧姐妹工坊", true);
            shuangwanStoreRoom = location(shuangwan, "双湾镇库房", "Shuangwan store room", "甘肃省金昌市金川区双湾镇 合作社库房", false);
        }

        /** Artisans: display names are the names they chose to be shown by. */
        private void artisans() {
            sisterLi = artisan(
                    ningyuan,
                    "巧手李姐",
                    "李秀兰",
                    "13900000101",
                    HouseholdStatus.LIFTED_OUT,
                    new BilingualText(
                            "李姐从小跟着母亲学针线。参加了妇联的香包班和陇绣高级研修班以后，她的绣品第一次有了城里的买家。" + "现在她在合作社带着年轻姐妹一起绣，最拿手的是大幅陇绣挂画。",
                            "Sister Li learned needlework from her mother as a girl. After the Federation's sachet course and its "
                                    + "advanced Longxiu embroidery workshop, her work found buyers in the city for the first time. "
                                    + "Today she teaches younger women in the cooperative; large Longxiu wall pieces are her speciality."));
            sisterWang = artisan(
                    ningyuan,
                    "香包王嫂",
                    "王桂芳",
                    "13900000102",
                    HouseholdStatus.REGISTERED_POOR,
                    new BilingualText(
                            "王嫂家里上有老下有小，没法外出打工。学会做庆阳香包以后，她在家里就能做活，一年能做四五百只香包。" + "她说：香包里装的是艾草，也装着过日子的盼头。",
                            "Sister Wang looks after her parents-in-law and her children and cannot go away for work. Since she "
                                    + "learned to make Qingyang sachets she works at home and makes four or five hundred a year. "
                                    + "\"A sachet holds mugwort,\" she says, \"and it holds hope for the days ahead.\""));
            littleZhao = artisan(
                    ningyuan,
                    "绣娘小赵",
                    "赵丽娟",
                    "13900000103",
                    HouseholdStatus.LIFTED_OUT,
                    new BilingualText(
                            "小赵是合作社里最年轻的绣娘。她喜欢给牡丹、石榴这些老花样配上新颜色，合作社的团扇和荷包都是她设计的。",
                            "Little Zhao is the cooperative's youngest embroiderer. She likes to give old patterns — peonies, "
                                    + "pomegranates — new colours; the cooperative's round fans and purses are her designs."));
            auntieZhang = artisan(
                    ningyuan,
                    "剪纸张阿姨",
                    "张翠英",
                    "13900000104",
                    HouseholdStatus.NOT_POOR,
                    new BilingualText(
                            "张阿姨剪了几十年窗花，过年时村里家家户户的窗户上都有她的作品。参加剪纸培训以后，" + "她的喜鹊登梅和十二生肖第一次走出了宁远堡。",
                            "Auntie Zhang has cut window flowers for decades; at New Year her work is on every window in the "
                                    + "village. After the paper-cutting course her magpies and zodiac animals travelled beyond "
                                    + "Ningyuanpu for the first time."));
            tigerMother = artisan(ningyuan, "老虎妈妈", "马玉梅", "13900000105", HouseholdStatus.REGISTERED_POOR, null);
            swallow = artisan(ningyuan, "小燕子", "陈燕", "13900000106", HouseholdStatus.NOT_RECORDED, null);
            newcomerLiu = artisan(ningyuan, "新手刘妹", "刘晓霞", "13900000107", HouseholdStatus.NOT_POOR, null);

            sisterZhou = artisan(
                    shuangwan,
                    "麦秆画周姐",
                    "周淑珍",
                    "13900000201",
                    HouseholdStatus.LIFTED_OUT,
                    new BilingualText(
                            "周姐说，做麦秆画要挑秆子最亮的那一段，熨、刮、剪、贴，一幅祁连雪山要做好几天。她最喜欢做家乡的雪山和骏马。",
                            "Sister Zhou says you choose the brightest length of each straw, then iron, scrape, cut and glue it; "
                                    + "one picture of the Qilian Mountains takes several days. She most likes to picture the "
                                    + "snowy peaks and the horses of home."));
            qiaojie = artisan(
                    shuangwan,
                    "双湾巧姐",
                    "孙红霞",
                    "13900000202",
                    HouseholdStatus.REGISTERED_POOR,
                    new BilingualText(
                            "巧姐既做麦秆画，也绣鞋垫。农忙时下地，农闲时到合作社工坊做活，每一件都记在她自己名下。",
                            "Qiaojie makes wheat-straw pictures and embroiders insoles. She works in the fields in the busy "
                                    + "season and in the cooperative's workshop in the slack season; every piece is credited to her."));
            auntYang = artisan(shuangwan, "鞋垫杨婶", "杨兰英", "13900000203", HouseholdStatus.REGISTERED_POOR, null);
            tianye = artisan(shuangwan, "田野", "田小芳", "13900000204", HouseholdStatus.NOT_POOR, null);
            sisterGuo = artisan(shuangwan, "绣花郭嫂", "郭彩霞", "13900000205", HouseholdStatus.LIFTED_OUT, null);
            littleWu = artisan(shuangwan, "吴妹", "吴静", "13900000206", HouseholdStatus.NOT_RECORDED, null);

            // English pages show the English form of the name each chose to be shown by (never her real name)
            sisterLi.nameInEnglish("Sister Li");
            sisterWang.nameInEnglish("Sister Wang of the Sachets");
            littleZhao.nameInEnglish("Little Zhao the Embroiderer");
            auntieZhang.nameInEnglish("Auntie Zhang of the Paper-cuts");
            tigerMother.nameInEnglish("Tiger Mama");
            swallow.nameInEnglish("Little Swallow");
            newcomerLiu.nameInEnglish("Newcomer Liu");
            sisterZhou.nameInEnglish("Sister Zhou of the Straw Pictures");
            qiaojie.nameInEnglish("Qiaojie of Shuangwan");
            auntYang.nameInEnglish("Auntie Yang of the Insoles");
            tianye.nameInEnglish("Tian Ye");
            sisterGuo.nameInEnglish("Sister Guo the Embroiderer");
            // 吴妹 keeps her Chinese name on English pages too: the fallback of a name without an English form
        }

        /** Training: three programme courses of the federation, four held by a cooperative. */
        private void training() {
            TrainingCourse sachetCourse = course(
                    "sachet",
                    "庆阳香包制作中级班",
                    "Qingyang sachet making, intermediate",
                    SkillLevel.INTERMEDIATE,
                    40,
                    "高秀琴",
                    "金川区妇女儿童活动中心",
                    LocalDate.of(2026, 3, 2),
                    LocalDate.of(2026, 3, 13),
                    30,
                    null);
            completed(sachetCourse, sisterLi, SkillLevel.INTERMEDIATE);
            completed(sachetCourse, sisterWang, SkillLevel.INTERMEDIATE);
            completed(sachetCourse, littleZhao, SkillLevel.BASIC);
            completed(sachetCourse, sisterGuo, SkillLevel.BASIC);

            TrainingCourse embroideryCourse = course(
                    "embroidery",
                    "陇绣刺绣高级研修班",
                    "Longxiu embroidery, advanced workshop",
                    SkillLevel.ADVANCED,
                    64,
                    "何玉芝",
                    "金川区妇联培训教室",
                    LocalDate.of(2026, 4, 13),
                    LocalDate.of(2026, 4, 30),
                    20,
                    null);
            completed(embroideryCourse, sisterLi, SkillLevel.ADVANCED);
            completed(embroideryCourse, littleZhao, SkillLevel.ADVANCED);
            completed(embroideryCourse, sisterWang, SkillLevel.INTERMEDIATE);

            TrainingCourse paperCuttingCourse = course(
                    "paper-cutting",
                    "剪纸技艺初级班",
                    "Paper-cutting basics",
                    SkillLevel.BASIC,
                    24,
                    "刘建华",
                    "宁远堡镇文化站",
                    LocalDate.of(2026, 5, 11),
                    LocalDate.of(2026, 5, 15),
                    30,
                    null);
            completed(paperCuttingCourse, auntieZhang, SkillLevel.BASIC);
            completed(paperCuttingCourse, swallow, SkillLevel.BASIC);
            completed(paperCuttingCourse, sisterLi, SkillLevel.BASIC);
            dropped(paperCuttingCourse, littleWu);

            TrainingCourse wheatStrawCourse = course(
                    "wheat-straw",
                    "麦秆画制作班",
                    "Making wheat-straw pictures",
                    SkillLevel.INTERMEDIATE,
                    48,
                    "贾文斌",
                    "双湾镇巧姐妹工坊",
                    LocalDate.of(2026, 3, 16),
                    LocalDate.of(2026, 3, 27),
                    15,
                    shuangwan);
            completed(wheatStrawCourse, sisterZhou, SkillLevel.INTERMEDIATE);
            completed(wheatStrawCourse, qiaojie, SkillLevel.INTERMEDIATE);
            completed(wheatStrawCourse, tianye, SkillLevel.BASIC);

            TrainingCourse insoleCourse = course(
                    "insole",
                    "刺绣鞋垫技艺班",
                    "Embroidered insoles",
                    SkillLevel.BASIC,
                    30,
                    "魏淑芳",
                    "双湾镇文化站",
                    LocalDate.of(2026, 6, 15),
                    LocalDate.of(2026, 6, 26),
                    20,
                    shuangwan);
            completed(insoleCourse, qiaojie, SkillLevel.BASIC);
            completed(insoleCourse, auntYang, SkillLevel.BASIC);
            completed(insoleCourse, sisterGuo, SkillLevel.BASIC);

            // the latest course: three women have yet to hand in their final piece, so they are still enrolled
            TrainingCourse clothTigerCourse = course(
                    "cloth-tiger",
                    "布老虎缝制班",
                    "Sewing cloth tigers",
                    SkillLevel.INTERMEDIATE,
                    36,
                    "韩凤英",
                    "宁远堡镇巧手工坊",
                    LocalDate.of(2026, 10, 12),
                    LocalDate.of(2026, 11, 13),
                    15,
                    ningyuan);
            completed(clothTigerCourse, tigerMother, SkillLevel.INTERMEDIATE);
            completed(clothTigerCourse, swallow, SkillLevel.BASIC);
            enrolled(clothTigerCourse, sisterWang);
            enrolled(clothTigerCourse, newcomerLiu);
            enrolled(clothTigerCourse, auntieZhang);

            // held in the summer but recorded last, so that the courses before it keep their ids
            TrainingCourse tigerShoesCourse = course(
                    "tiger-shoes",
                    "虎头鞋制作班",
                    "Making tiger-head shoes",
                    SkillLevel.INTERMEDIATE,
                    32,
                    "韩凤英",
                    "宁远堡镇巧手工坊",
                    LocalDate.of(2026, 8, 3),
                    LocalDate.of(2026, 8, 14),
                    12,
                    ningyuan);
            completed(tigerShoesCourse, tigerMother, SkillLevel.INTERMEDIATE);
            completed(tigerShoesCourse, swallow, SkillLevel.BASIC);
        }

        /** Ningyuanpu's products first; the 1-based position of a product in the demo names its image. */
        private void ningyuanProducts() {
            fiveCreatures = product(
                    ningyuan,
                    "sachet",
                    "端午五毒香包",
                    "Dragon Boat Five-Creature Sachet",
                    "庆阳香包的老样式：蝎子、蜈蚣、蛇、壁虎、蟾蜍绣在一只香包上，内装艾草、苍术和丁香。端午挂在孩子胸前，寓意驱虫避邪。",
                    "A traditional Qingyang design: scorpion, centipede, snake, gecko and toad embroidered on one sachet, "
                            + "filled with mugwort, atractylodes and clove. Children wear it at the Dragon Boat Festival "
                            + "to keep pests and harm away.",
                    "68.00",
                    55);
            peaceSachet = product(
                    ningyuan,
                    "sachet",
                    "艾草平安福香包",
                    "Mugwort \"Peace and Blessing\" Sachet",
                    "红布上绣着“平安”二字，内装宁远堡本地艾草，可挂在车内或包上。",
                    "Red cloth embroidered with the characters for \"peace\", filled with mugwort from Ningyuanpu; "
                            + "for a car mirror or a bag.",
                    "38.00",
                    48);
            horseSachet = product(
                    ningyuan,
                    "sachet",
                    "马年生肖香包",
                    "Year of the Horse Zodiac Sachet",
                    "2026丙午马年的生肖香包：立体骏马造型，手工缝制，眼睛用刺绣点出。",
                    "A zodiac sachet for 2026, the Year of the Horse: a standing horse, sewn by hand, its eyes embroidered.",
                    "45.00",
                    40);
            pomegranateCharm = product(
                    ningyuan,
                    "sachet",
                    "石榴香包挂件",
                    "Pomegranate Sachet Charm",
                    "石榴多籽，寓意多子多福。小巧的挂件，适合做伴手礼。",
                    "The many-seeded pomegranate stands for a large and happy family; a small charm that makes a good gift.",
                    "32.00",
                    36);
            sachetGiftBox = product(
                    ningyuan,
                    "sachet",
                    "庆阳香包礼盒（五只装）",
                    "Qingyang Sachet Gift Box (five)",
                    "五只不同花样的香包装在锦盒里，附一张手写的花样说明卡。",
                    "Five sachets of different patterns in a brocade box, with a handwritten card explaining each pattern.",
                    "198.00",
                    30);
            peonyFan = product(
                    ningyuan,
                    "embroidery",
                    "陇绣牡丹团扇",
                    "Longxiu Peony Round Fan",
                    "真丝扇面上用陇绣针法绣出盛开的牡丹，竹柄，配流苏。",
                    "A silk fan embroidered with a full-blown peony in Longxiu stitches, with a bamboo handle and a tassel.",
                    "168.00",
                    52);
            tableRunner = product(
                    ningyuan,
                    "embroidery",
                    "陇绣花鸟桌旗",
                    "Longxiu Birds-and-Flowers Table Runner",
                    "长180厘米的亚麻桌旗，两端绣喜鹊和梅花，一位绣娘要做两周左右。",
                    "A 180 cm linen table runner with magpies and plum blossom at both ends; about two weeks' work "
                            + "for one embroiderer.",
                    "380.00",
                    44);
            purse = product(
                    ningyuan,
                    "embroidery",
                    "刺绣荷包钱袋",
                    "Embroidered Drawstring Purse",
                    "传统荷包样式，双面刺绣，可装零钱、钥匙或首饰。",
                    "A traditional drawstring purse embroidered on both sides, for coins, keys or jewellery.",
                    "58.00",
                    33);
            silkRoad = product(
                    ningyuan,
                    "embroidery",
                    "陇绣挂画《丝路驼铃》",
                    "Longxiu Wall Piece \"Camel Bells on the Silk Road\"",
                    "以河西走廊驼队为题材的大幅陇绣，60×40厘米，已装框。每一幅都是孤品。",
                    "A large Longxiu embroidery of a camel caravan in the Hexi Corridor, 60 × 40 cm, framed. "
                            + "Each one is unique.",
                    "680.00",
                    20);
            coasters = product(
                    ningyuan,
                    "embroidery",
                    "刺绣杯垫（四片装）",
                    "Embroidered Coasters (set of four)",
                    "四片棉麻杯垫，分别绣着梅、兰、竹、菊。",
                    "Four cotton-linen coasters embroidered with plum, orchid, bamboo and chrysanthemum.",
                    "48.00",
                    16);
            magpies = product(
                    ningyuan,
                    "paper-cutting",
                    "窗花剪纸·喜鹊登梅",
                    "Window Paper-Cut: Magpies on Plum Blossom",
                    "大红宣纸手工剪制，直径30厘米。过年贴在窗上，喜上眉梢。",
                    "Hand-cut from red xuan paper, 30 cm across. Put it on the window at New Year for good news and joy.",
                    "25.00",
                    50);
            zodiacAlbum = product(
                    ningyuan,
                    "paper-cutting",
                    "十二生肖剪纸册",
                    "Twelve Zodiac Animals Paper-Cut Album",
                    "十二幅生肖剪纸装订成册，附中英文说明，适合送给海外亲友。",
                    "Twelve zodiac paper-cuts bound in an album with notes in Chinese and English; a gift for friends abroad.",
                    "88.00",
                    42);
            roundFlower = product(
                    ningyuan,
                    "paper-cutting",
                    "团花剪纸（装框）",
                    "Round Flower Paper-Cut, Framed",
                    "把纸对折八次剪出的团花，装在木框里，可以直接挂墙。",
                    "A round flower cut from paper folded eight times, in a wooden frame ready to hang.",
                    "128.00",
                    27);
            fuCharacters = product(
                    ningyuan,
                    "paper-cutting",
                    "福字剪纸（十张）",
                    "\"Fu\" Paper-Cuts (ten)",
                    "十张手剪“福”字，春节贴在门窗上。",
                    "Ten hand-cut \"fu\" (good fortune) characters for doors and windows at the Spring Festival.",
                    "15.00",
                    9);
            bigTiger = product(
                    ningyuan,
                    "cloth-tiger",
                    "布老虎（大号）",
                    "Cloth Tiger, large",
                    "红黄花布缝制，棉花填充，虎额绣“王”字，长约35厘米，是送给孩子的护身礼。",
                    "Sewn from red and yellow printed cotton and stuffed with cotton wool, the character for \"king\" "
                            + "on its brow; about 35 cm long, the traditional guardian gift for a child.",
                    "158.00",
                    11);
            tigerPillow = product(
                    ningyuan,
                    "cloth-tiger",
                    "双头布老虎枕",
                    "Two-Headed Cloth Tiger Pillow",
                    "两头都是虎头的传统枕头，寓意白天黑夜都有老虎守护。",
                    "The traditional pillow with a tiger's head at each end, so that a tiger keeps watch by day and by night.",
                    "128.00",
                    6);
            tigerCharm = product(
                    ningyuan,
                    "cloth-tiger",
                    "布老虎挂件",
                    "Little Cloth Tiger Charm",
                    "掌心大小的布老虎，可以挂在书包或钥匙上。",
                    "A palm-sized cloth tiger for a school bag or a key ring.",
                    "28.00",
                    4);
            // a draft: nobody in the cooperatives is trained in shadow puppets yet
            draft(
                    ningyuan,
                    "shadow-puppet",
                    "皮影人物·穆桂英",
                    "Shadow-Puppet Figure: Mu Guiying",
                    "牛皮雕刻、手工上色的皮影人物，关节可以活动。",
                    "A carved and hand-coloured cowhide shadow puppet whose joints move.",
                    "260.00",
                    2);
        }

        /** Shuangwan's pieces come after Ningyuanpu's: their positions go on from there. */
        private void shuangwanProducts() {
            qilianSnow = product(
                    shuangwan,
                    "wheat-straw",
                    "麦秆画·祁连雪山",
                    "Wheat-Straw Picture: Snow on the Qilian Mountains",
                    "用双湾镇的麦秆熨烫、剪贴而成，麦秆天然的金色映出雪山上的阳光。装框，40×30厘米。",
                    "Made from Shuangwan wheat straw, ironed, cut and glued; the straw's natural gold shows the sun on "
                            + "the snowy peaks. Framed, 40 × 30 cm.",
                    "298.00",
                    54);
            eightHorses = product(
                    shuangwan,
                    "wheat-straw",
                    "麦秆画·八骏图",
                    "Wheat-Straw Picture: Eight Galloping Horses",
                    "八匹骏马奔腾，马鬃是用细麦秆一根一根贴出来的。",
                    "Eight horses at full gallop, their manes laid straw by fine straw.",
                    "238.00",
                    46);
            bookmarks = product(
                    shuangwan,
                    "wheat-straw",
                    "麦秆画书签（六枚）",
                    "Wheat-Straw Bookmarks (six)",
                    "六枚书签：梅、兰、竹、菊、荷、松。",
                    "Six bookmarks: plum, orchid, bamboo, chrysanthemum, lotus and pine.",
                    "36.00",
                    38);
            harvest = product(
                    shuangwan,
                    "wheat-straw",
                    "麦秆画·丰收",
                    "Wheat-Straw Picture: Harvest",
                    "金色的麦田和农家小院，记下双湾镇收获的季节。",
                    "Golden wheat fields and a farmyard: harvest time in Shuangwan.",
                    "168.00",
                    24);
            strawFan = product(
                    shuangwan,
                    "wheat-straw",
                    "麦秆画团扇",
                    "Wheat-Straw Round Fan",
                    "扇面贴着麦秆花鸟，背面是素绢，能赏也能用。",
                    "Straw birds and flowers on the face, plain silk on the back: to look at and to use.",
                    "88.00",
                    18);
            lotusInsoles = product(
                    shuangwan,
                    "insole",
                    "刺绣鞋垫·并蒂莲",
                    "Embroidered Insoles: Twin Lotus",
                    "多层纯棉布手工纳成，绣并蒂莲花，吸汗透气。一双。",
                    "Layers of cotton quilted by hand and embroidered with twin lotus flowers; absorbent and breathable. "
                            + "One pair.",
                    "45.00",
                    34);
            fortuneInsoles = product(
                    shuangwan,
                    "insole",
                    "手绣鞋垫·福寿",
                    "Hand-Embroidered Insoles: Fortune and Long Life",
                    "绣着“福”“寿”纹样，是送给长辈的一份心意。一双。",
                    "Embroidered with the signs for fortune and long life; a present for one's elders. One pair.",
                    "55.00",
                    28);
            childrensInsoles = product(
                    shuangwan,
                    "insole",
                    "儿童刺绣鞋垫",
                    "Children's Embroidered Insoles",
                    "绣着小老虎和小花的童鞋垫，适合28到34码的童鞋。一双。",
                    "Insoles embroidered with little tigers and flowers, for children's shoes of EU sizes 28 to 34. One pair.",
                    "35.00",
                    13);
            insoleGiftBox = product(
                    shuangwan,
                    "insole",
                    "鞋垫礼盒（三双）",
                    "Insole Gift Box (three pairs)",
                    "三双不同花样的手绣鞋垫，礼盒包装。",
                    "Three pairs of hand-embroidered insoles of different patterns in a gift box.",
                    "128.00",
                    8);
            gourdSachet = product(
                    shuangwan,
                    "sachet",
                    "葫芦香包",
                    "Gourd Sachet",
                    "“葫芦”谐音“福禄”。双湾镇姐妹手工缝制，内装艾草和薰衣草。",
                    "The gourd, hulu, sounds like \"fortune and prosperity\". Sewn by hand by Shuangwan women and "
                            + "filled with mugwort and lavender.",
                    "42.00",
                    22);
            product(
                    shuangwan,
                    "straw-weaving",
                    "草编收纳篮",
                    "Woven Straw Basket",
                    "用麦草编成的圆形收纳篮，直径25厘米，可以放水果、针线或杂物。",
                    "A round basket woven from wheat straw, 25 cm across, for fruit, sewing things or odds and ends.",
                    "78.00",
                    3);
            // a draft; the basket above is listed with nothing in stock: nobody is trained in these two crafts yet
            draft(
                    shuangwan,
                    "knitting",
                    "手织羊毛围巾",
                    "Hand-Knitted Wool Scarf",
                    "甘肃本地羊毛手工编织，长180厘米，冬天挡风保暖。",
                    "Hand-knitted from Gansu wool, 180 cm long, warm against the winter wind.",
                    "168.00",
                    1);
        }

        /**
         * Ningyuanpu's tiger-head shoes, listed after Shuangwan's pieces: they came later, and so every earlier
         * product keeps its position (and its image and id, which tests and bookmarks name).
         */
        private void laterProducts() {
            babyTigerShoes = product(
                    ningyuan,
                    "tiger-shoes",
                    "虎头鞋（周岁款）",
                    "Tiger-Head Shoes for a First Birthday",
                    "千层布底、手工绣虎头的婴儿鞋，老辈人说穿上虎头鞋，孩子走路稳、不受惊。适合一到两岁。一双。",
                    "Baby shoes with a many-layered cloth sole and a tiger's head embroidered on each toe; the old "
                            + "people say a child in tiger shoes walks steadily and fears nothing. For ages one to two. "
                            + "One pair.",
                    "138.00",
                    26);
            tigerShoeCharm = product(
                    ningyuan,
                    "tiger-shoes",
                    "迷你虎头鞋挂件",
                    "Mini Tiger-Head Shoe Charm",
                    "一对拇指大小的虎头鞋，可以挂在车里或包上，寓意平安。",
                    "A pair of thumb-sized tiger-head shoes to hang in a car or on a bag, for a safe journey.",
                    "36.00",
                    12);
        }

        /** Production: only women trained in the craft; the basket and the two drafts have none yet. */
        private void production() {
            made(fiveCreatures, sisterWang, 8, LocalDate.of(2026, 5, 20));
            made(fiveCreatures, sisterLi, 4, LocalDate.of(2026, 5, 22), jinchuanRoadShop);
            made(peaceSachet, sisterWang, 12, LocalDate.of(2026, 6, 10));
            made(horseSachet, littleZhao, 10, LocalDate.of(2026, 9, 15));
            made(pomegranateCharm, sisterLi, 15, LocalDate.of(2026, 7, 8));
            made(sachetGiftBox, sisterWang, 3, LocalDate.of(2026, 10, 20));
            made(peonyFan, littleZhao, 4, LocalDate.of(2026, 8, 18));
            made(tableRunner, sisterLi, 2, LocalDate.of(2026, 9, 25));
            made(purse, littleZhao, 10, LocalDate.of(2026, 7, 20));
            made(purse, sisterWang, 6, LocalDate.of(2026, 10, 8), ningyuanStoreRoom);
            made(silkRoad, sisterLi, 1, LocalDate.of(2026, 10, 30));
            made(coasters, sisterWang, 8, LocalDate.of(2026, 11, 2));
            made(magpies, auntieZhang, 20, LocalDate.of(2026, 6, 1));
            made(zodiacAlbum, auntieZhang, 6, LocalDate.of(2026, 8, 5));
            made(roundFlower, sisterLi, 3, LocalDate.of(2026, 9, 2));
            made(fuCharacters, swallow, 30, LocalDate.of(2026, 11, 10));
            made(bigTiger, tigerMother, 3, LocalDate.of(2026, 11, 16));
            made(bigTiger, tigerMother, 2, LocalDate.of(2026, 11, 18), jinchuanRoadShop);
            made(tigerPillow, tigerMother, 2, LocalDate.of(2026, 11, 21));
            made(tigerCharm, swallow, 15, LocalDate.of(2026, 11, 20));
            made(qilianSnow, sisterZhou, 3, LocalDate.of(2026, 4, 20));
            made(eightHorses, sisterZhou, 4, LocalDate.of(2026, 5, 12));
            made(bookmarks, tianye, 20, LocalDate.of(2026, 6, 5));
            made(bookmarks, qiaojie, 10, LocalDate.of(2026, 6, 12), shuangwanStoreRoom);
            made(harvest, qiaojie, 5, LocalDate.of(2026, 9, 28));
            made(strawFan, tianye, 6, LocalDate.of(2026, 8, 14));
            made(lotusInsoles, auntYang, 12, LocalDate.of(2026, 7, 10));
            made(fortuneInsoles, auntYang, 10, LocalDate.of(2026, 8, 20));
            made(childrensInsoles, sisterGuo, 8, LocalDate.of(2026, 9, 5));
            made(insoleGiftBox, qiaojie, 4, LocalDate.of(2026, 10, 15));
            made(gourdSachet, sisterGuo, 10, LAST_DAY_DESCRIBED);
            made(babyTigerShoes, tigerMother, 5, LocalDate.of(2026, 9, 18));
            made(tigerShoeCharm, swallow, 12, LocalDate.of(2026, 10, 22));
            made(tigerShoeCharm, tigerMother, 6, LocalDate.of(2026, 11, 12), jinchuanRoadShop);
        }

        /** Orders as buyers placed them. */
        private void orders() {
            place(
                    1,
                    PaymentMethod.BANK_TRANSFER,
                    new Contact("王芳", "13800001234", "wangfang@example.com"),
                    new ShippingAddress("CN", "甘肃省", "金昌市", "金川区", "新华路 26 号 3 单元 501 室", "737100"),
                    line(fiveCreatures, 2),
                    line(magpies, 3));
            paid = place(
                    2,
                    PaymentMethod.BANK_TRANSFER,
                    new Contact("赵敏", "13700002345", null),
                    new ShippingAddress("CN", "甘肃省", "兰州市", "城关区", "东岗西路 120 号", "730000"),
                    line(eightHorses, 1),
                    line(lotusInsoles, 2));
            toBeijing = place(
                    3,
                    PaymentMethod.BANK_TRANSFER,
                    new Contact("陈晓东", "13600003456", "chenxd@example.com"),
                    new ShippingAddress("CN", "北京市", "北京市", "朝阳区", "光华路 16 号院 3 号楼 1203 室", "100020"),
                    line(sachetGiftBox, 1),
                    line(peonyFan, 1));
            bothCooperatives = place(
                    4,
                    PaymentMethod.BANK_TRANSFER,
                    new Contact("李娜", "13800004567", null),
                    new ShippingAddress("CN", "甘肃省", "金昌市", "永昌县", "城关镇北海子路 8 号", "737200"),
                    line(peaceSachet, 3),
                    line(strawFan, 1));
            completed = place(
                    5,
                    PaymentMethod.BANK_TRANSFER,
                    new Contact("马丽", "13500005678", "mali@example.com"),
                    new ShippingAddress("CN", "甘肃省", "武威市", "凉州区", "东大街 45 号", "733000"),
                    line(harvest, 1));
            cancelled = place(
                    6,
                    PaymentMethod.BANK_TRANSFER,
                    new Contact("刘洋", "13600006789", null),
                    new ShippingAddress("CN", "甘肃省", "金昌市", "金川区", "广州路 9 号", "737100"),
                    line(horseSachet, 1));
            place(
                    7,
                    PaymentMethod.CASH_ON_DELIVERY,
                    new Contact("张经理", "13800007890", "hr@example.com"),
                    new ShippingAddress("CN", "甘肃省", "金昌市", "金川区", "桂林路 100 号 办公楼 2 层", "737100"),
                    line(tigerCharm, 4));
            delivered = place(
                    8,
                    PaymentMethod.BANK_TRANSFER,
                    new Contact("孙悦", "13700008901", null),
                    new ShippingAddress("CN", "甘肃省", "张掖市", "甘州区", "县府街 12 号", "734000"),
                    line(zodiacAlbum, 1),
                    line(fuCharacters, 10));
            place(
                    9,
                    PaymentMethod.CASH_ON_DELIVERY,
                    new Contact("周慧", "13500009012", null),
                    new ShippingAddress("CN", "甘肃省", "金昌市", "金川区", "滨河路 33 号", "737100"),
                    line(childrensInsoles, 2),
                    line(bookmarks, 5));
        }

        /** How far the orders have come since; order 1 and the two cash-on-delivery orders wait. */
        private void progress() {
            receiveBankTransfer(paid);

            receiveBankTransfer(toBeijing);
            shipPart(toBeijing, ningyuan, "中国邮政 EMS", "EA100000013CN", NINGYUAN_MANAGER);

            receiveBankTransfer(bothCooperatives);
            shipPart(bothCooperatives, ningyuan, "顺丰速运", "SF1000000000024", NINGYUAN_MANAGER);

            receiveBankTransfer(completed);
            shipPart(completed, shuangwan, "中国邮政 EMS", "EA100000027CN", SHUANGWAN_MANAGER);
            confirmDelivery(completed);
            completeOrder(completed);

            cancelUnpaid(cancelled, "买家改选其他款式 / the buyer chose another design");

            receiveBankTransfer(delivered);
            shipPart(delivered, ningyuan, "中通快递", "ZT7800000000035", NINGYUAN_MANAGER);
            confirmDelivery(delivered);
        }

        /**
         * Persists and inserts at once. Within one flush EclipseLink inserts new objects in no particular order,
         * and the order of the ids matters here: the first cooperative is Ningyuanpu's, product n has image n.
         */
        private void persistInOrder(Object entity) {
            em.persist(entity);
            em.flush();
        }

        private Cooperative cooperative(BilingualText name, String township, BilingualText story) {
            Cooperative cooperative = new Cooperative(name, township, story);
            persistInOrder(cooperative);
            return cooperative;
        }

        private Location location(Cooperative cooperative, String zh, String en, String address, boolean main) {
            Location location = new Location(cooperative, new BilingualText(zh, en), address, main);
            persistInOrder(location);
            locations.add(location);
            return location;
        }

        /** {@code publicStory} null: she has not agreed to show a story. Nobody has a public photo yet. */
        private Artisan artisan(
                Cooperative cooperative,
                String displayName,
                String realName,
                String phone,
                HouseholdStatus household,
                BilingualText publicStory) {
            Artisan artisan = new Artisan(cooperative, displayName);
            if (publicStory != null) {
                artisan.publishProfileWithConsent(publicStory, null);
            }
            // ID numbers stay unrecorded until they can be encrypted at rest
            artisan.recordPrivateData(realName, phone, null, household);
            persistInOrder(artisan);
            artisans.add(artisan);
            return artisan;
        }

        private TrainingCourse course(
                String craft,
                String zh,
                String en,
                SkillLevel level,
                int hours,
                String trainer,
                String place,
                LocalDate startsOn,
                LocalDate endsOn,
                int capacity,
                Cooperative heldBy) {
            TrainingCourse course = new TrainingCourse(
                    em.find(Craft.class, craft),
                    new BilingualText(zh, en),
                    level,
                    hours,
                    trainer,
                    place,
                    startsOn,
                    endsOn,
                    capacity,
                    heldBy);
            persistInOrder(course);
            courses.add(course);
            return course;
        }

        /** Enrolled a week before the start, certified on the last day. */
        private void completed(TrainingCourse course, Artisan artisan, SkillLevel level) {
            enrolled(course, artisan).complete(course.endsOn(), level);
        }

        private Enrollment enrolled(TrainingCourse course, Artisan artisan) {
            Enrollment enrollment =
                    new Enrollment(course, artisan, course.startsOn().minusWeeks(1));
            em.persist(enrollment);
            enrollments.add(enrollment);
            return enrollment;
        }

        private void dropped(TrainingCourse course, Artisan artisan) {
            enrolled(course, artisan).drop();
        }

        /** A listing buyers see. */
        private Product product(
                Cooperative cooperative,
                String craft,
                String nameZh,
                String nameEn,
                String descriptionZh,
                String descriptionEn,
                String price,
                int listedDaysAgo) {
            return listing(
                    true, cooperative, craft, nameZh, nameEn, descriptionZh, descriptionEn, price, listedDaysAgo);
        }

        /** A listing the cooperative has not shown to buyers yet. */
        private Product draft(
                Cooperative cooperative,
                String craft,
                String nameZh,
                String nameEn,
                String descriptionZh,
                String descriptionEn,
                String price,
                int listedDaysAgo) {
            return listing(
                    false, cooperative, craft, nameZh, nameEn, descriptionZh, descriptionEn, price, listedDaysAgo);
        }

        private Product listing(
                boolean published,
                Cooperative cooperative,
                String craft,
                String nameZh,
                String nameEn,
                String descriptionZh,
                String descriptionEn,
                String price,
                int listedDaysAgo) {
            Product product = new Product(
                    cooperative,
                    em.find(Craft.class, craft),
                    new BilingualText(nameZh, nameEn),
                    new BilingualText(descriptionZh, descriptionEn),
                    Money.parse(price),
                    "/images/products/" + (products.size() + 1) + ".svg",
                    now.minus(Duration.ofDays(listedDaysAgo)));
            if (published) {
                product.publish();
            }
            persistInOrder(product);
            products.add(product);
            gallery(product, products.size());
            return product;
        }

        /**
         * Two or three drawn pictures per product until cooperatives upload photos — the
         * main image first, then views numbered -2 and -3 that the placeholder servlet draws in other colours.
         */
        private void gallery(Product product, int n) {
            int pictures = n % 2 == 0 ? 2 : 3;
            for (int k = 1; k <= pictures; k++) {
                em.persist(new cn.longyuan.market.domain.model.catalog.ProductImage(
                        product.id(), k, k == 1 ? product.imageUrl() : "/images/products/" + n + "-" + k + ".svg"));
            }
        }

        /** A batch into the cooperative's main place. */
        private void made(Product product, Artisan artisan, int quantity, LocalDate madeOn) {
            made(product, artisan, quantity, madeOn, null);
        }

        private void made(Product product, Artisan artisan, int quantity, LocalDate madeOn, Location place) {
            production.record(
                    new RecordBatch(product.id(), artisan.id(), quantity, madeOn, place == null ? null : place.id()),
                    null,
                    managerOf(product.cooperative()));
            batches++;
        }

        private String managerOf(Cooperative cooperative) {
            return cooperative == ningyuan ? NINGYUAN_MANAGER : SHUANGWAN_MANAGER;
        }

        private static PlaceOrderCommand.Line line(Product product, int quantity) {
            return new PlaceOrderCommand.Line(product.id(), quantity);
        }

        private CustomerOrder place(
                int n,
                PaymentMethod method,
                Contact contact,
                ShippingAddress address,
                PlaceOrderCommand.Line... lines) {
            String key = "demo-order-" + n;
            OrderService.PlacedOrder answer =
                    orders.place(new PlaceOrderCommand(Arrays.asList(lines), contact, address, method), key, key);
            CustomerOrder order = em.createNamedQuery(CustomerOrder.BY_NUMBER, CustomerOrder.class)
                    .setParameter("number", answer.order().number())
                    .getSingleResult();
            placed.add(order);
            return order;
        }

        // The steps below move orders on by hand, doing what the back-office services (payment received,
        // shipments, delivery, cancellation) do; calling those services instead would keep the demo to their rules.

        /** Federation staff saw the transfer on the platform's account: the reserved pieces are sold. */
        private void receiveBankTransfer(CustomerOrder order) {
            order.moveTo(OrderStatus.PAID, FEDERATION, "bank transfer received", now);
            stock.sellAll(order.id(), FEDERATION);
        }

        /** A cooperative sends its part; once every part is on its way, so is the order. */
        private void shipPart(
                CustomerOrder order, Cooperative cooperative, String carrier, String trackingNumber, String actor) {
            order.partOf(cooperative.id()).orElseThrow().ship(carrier, trackingNumber, actor, now);
            if (order.parts().stream().allMatch(p -> p.status() == PartStatus.SHIPPED)) {
                order.moveTo(OrderStatus.SHIPPED, actor, "all parts shipped", now);
            }
        }

        /** The carrier reports every parcel received. */
        private void confirmDelivery(CustomerOrder order) {
            for (OrderPart part : order.parts()) {
                part.moveTo(PartStatus.DELIVERED, FEDERATION, "signed for", now);
            }
            order.moveTo(OrderStatus.DELIVERED, FEDERATION, "signed for", now);
        }

        /** The buyer confirmed she has her pieces. */
        private void completeOrder(CustomerOrder order) {
            order.moveTo(OrderStatus.COMPLETED, FEDERATION, "buyer confirmed receipt", now);
        }

        /** An unpaid order called off: its reserved pieces go back on sale. */
        private void cancelUnpaid(CustomerOrder order, String reason) {
            order.moveTo(OrderStatus.CANCELLED, FEDERATION, reason, now);
            stock.releaseAll(order.id(), FEDERATION, reason);
        }
    }
}

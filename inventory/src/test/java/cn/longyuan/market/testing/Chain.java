package cn.longyuan.market.testing;

import cn.longyuan.market.application.catalog.CatalogQueries;
import cn.longyuan.market.application.federation.CooperativeRegistry;
import cn.longyuan.market.application.income.IncomeLedger;
import cn.longyuan.market.application.ordering.BackOfficeOrders;
import cn.longyuan.market.application.ordering.BuyerOrders;
import cn.longyuan.market.application.ordering.OrderPlaced;
import cn.longyuan.market.application.ordering.OrderPlacement;
import cn.longyuan.market.application.ordering.OrderService;
import cn.longyuan.market.application.ordering.OrderShipped;
import cn.longyuan.market.application.ordering.PlaceOrderCommand;
import cn.longyuan.market.application.ordering.ReservationPolicy;
import cn.longyuan.market.application.payment.OnlinePayments;
import cn.longyuan.market.application.payment.PaymentGateway;
import cn.longyuan.market.application.production.ProductionService;
import cn.longyuan.market.application.security.AccountAdministration;
import cn.longyuan.market.application.security.Passwords;
import cn.longyuan.market.application.shared.PdfPrinter;
import cn.longyuan.market.application.stock.StockService;
import cn.longyuan.market.domain.model.catalog.Craft;
import cn.longyuan.market.domain.model.catalog.Product;
import cn.longyuan.market.domain.model.cooperative.Cooperative;
import cn.longyuan.market.domain.model.cooperative.Location;
import cn.longyuan.market.domain.model.ordering.Contact;
import cn.longyuan.market.domain.model.ordering.PaymentMethod;
import cn.longyuan.market.domain.model.ordering.ShippingAddress;
import cn.longyuan.market.domain.model.shared.BilingualText;
import cn.longyuan.market.domain.model.shared.Money;
import cn.longyuan.market.domain.model.training.Artisan;
import cn.longyuan.market.domain.model.training.Enrollment;
import cn.longyuan.market.domain.model.training.SkillLevel;
import cn.longyuan.market.domain.model.training.TrainingCourse;
import cn.longyuan.market.infrastructure.payment.stripe.StripeGateway;
import cn.longyuan.market.infrastructure.payment.stripe.StripeSettings;
import cn.longyuan.market.infrastructure.pdf.OpenPdfPrinter;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * A small piece of the chain in a test database — a cooperative with two places, a trained artisan, an
 * untrained one, a listed sachet — and the application services built over it as the container would
 * build them, each call in its own transaction.
 */
public final class Chain {

    public final TestDatabase.Opened db;
    public final MutableClock clock;
    public final Duration ttl = Duration.ofMinutes(30);
    /** The PDFs' printer, as the container injects it. */
    public final PdfPrinter printer = new OpenPdfPrinter();
    /** The orders placed through {@link #placement()} and {@link #buyerOrders}, as announced for their e-mails. */
    public final RecordedEvents<OrderPlaced> placed = new RecordedEvents<>();
    /** The shipments of {@link #backOffice}, as announced for their e-mails. */
    public final RecordedEvents<OrderShipped> shipped = new RecordedEvents<>();

    public long cooperativeId;
    public long mainLocationId;
    public long shopLocationId;
    public long trainedArtisanId;
    public long untrainedArtisanId;
    public long sachetId;
    public long paperCutId;

    public Chain(TestDatabase.Opened db) {
        this.db = db;
        this.clock = new MutableClock(Instant.parse("2026-11-29T02:00:00Z"));
        db.run(em -> {
            Cooperative coop = new Cooperative(
                    new BilingualText("宁远堡镇巧手合作社", "Ningyuanpu Skilled Hands Cooperative"),
                    "宁远堡镇",
                    new BilingualText("十二位姐妹", "Twelve women"));
            em.persist(coop);
            Location main = new Location(coop, new BilingualText("合作社工坊", "Workshop"), "宁远堡镇", true);
            Location shop = new Location(coop, new BilingualText("金川路门店", "Jinchuan Road shop"), "金川路", false);
            em.persist(main);
            em.persist(shop);
            Craft sachet = em.find(Craft.class, "sachet");
            Craft paperCutting = em.find(Craft.class, "paper-cutting");
            Artisan trained = new Artisan(coop, "巧手李姐");
            trained.recordPrivateData("李秀兰", "13800000001", "cipher", null);
            Artisan untrained = new Artisan(coop, "新手王妹");
            em.persist(trained);
            em.persist(untrained);
            TrainingCourse course = new TrainingCourse(
                    sachet,
                    new BilingualText("庆阳香包初级班", "Qingyang sachet basics"),
                    SkillLevel.INTERMEDIATE,
                    40,
                    "张老师",
                    "宁远堡镇文化站",
                    LocalDate.of(2026, 3, 1),
                    LocalDate.of(2026, 3, 10),
                    30,
                    null);
            em.persist(course);
            Enrollment enrollment = new Enrollment(course, trained, LocalDate.of(2026, 2, 20));
            enrollment.complete(LocalDate.of(2026, 3, 10), SkillLevel.INTERMEDIATE);
            em.persist(enrollment);
            em.persist(new Enrollment(course, untrained, LocalDate.of(2026, 2, 20)));
            TrainingCourse paperCourse = new TrainingCourse(
                    paperCutting,
                    new BilingualText("剪纸入门", "Paper-cutting basics"),
                    SkillLevel.BASIC,
                    16,
                    "刘老师",
                    "金川区妇女之家",
                    LocalDate.of(2026, 4, 1),
                    LocalDate.of(2026, 4, 2),
                    20,
                    null);
            em.persist(paperCourse);
            Enrollment paper = new Enrollment(paperCourse, trained, LocalDate.of(2026, 3, 25));
            paper.complete(LocalDate.of(2026, 4, 2), SkillLevel.BASIC);
            em.persist(paper);
            Product product = new Product(
                    coop,
                    sachet,
                    new BilingualText("端午香包", "Dragon Boat sachet"),
                    new BilingualText("手工刺绣的庆阳香包，内装艾草。", "Hand-embroidered Qingyang sachet filled with mugwort."),
                    Money.parse("68.00"),
                    "/images/sachet.png",
                    clock.instant());
            product.publish();
            em.persist(product);
            Product paperCut = new Product(
                    coop,
                    paperCutting,
                    new BilingualText("窗花剪纸", "Window paper-cut"),
                    new BilingualText("红色窗花", "A red window flower"),
                    Money.parse("25.50"),
                    null,
                    clock.instant());
            paperCut.publish();
            em.persist(paperCut);
            em.flush();
            cooperativeId = coop.id();
            mainLocationId = main.id();
            shopLocationId = shop.id();
            trainedArtisanId = trained.id();
            untrainedArtisanId = untrained.id();
            sachetId = product.id();
            paperCutId = paperCut.id();
        });
    }

    /** Stock whose sales nobody hears of (no income is kept). */
    public StockService stock(EntityManager em) {
        return new StockService(em, clock, sold -> {});
    }

    /** Stock whose sales earn their makers' income in {@code income}, as in the container. */
    public StockService stock(EntityManager em, IncomeLedger income) {
        return new StockService(em, clock, income::onSold);
    }

    public OrderService orders(EntityManager em) {
        return new OrderService(em, stock(em), ReservationPolicy.of(ttl), clock);
    }

    public ProductionService production(EntityManager em) {
        return new ProductionService(em, stock(em), clock);
    }

    public CatalogQueries catalog(EntityManager em) {
        return new CatalogQueries(em, stock(em));
    }

    /** The buyer's side of placing: records who placed an order and in which language, and announces it. */
    public BuyerOrders buyerOrders(EntityManager em) {
        return new BuyerOrders(em, orders(em), placed);
    }

    /** The back office's orders: shipping announces the shipment. */
    public BackOfficeOrders backOffice(EntityManager em) {
        return new BackOfficeOrders(em, stock(em), clock, shipped);
    }

    /** The federation's register of cooperatives, with the accounts of the managers it creates. */
    public CooperativeRegistry registry(EntityManager em) {
        return new CooperativeRegistry(em, clock, new AccountAdministration(em, clock, new Passwords(em, clock)));
    }

    /** The Stripe adapter as it is where no key is configured: online payment is not offered. */
    public PaymentGateway unconfiguredStripe() {
        return new StripeGateway(
                new StripeSettings(
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        StripeSettings.CONNECT_TIMEOUT,
                        StripeSettings.READ_TIMEOUT),
                clock);
    }

    /**
     * The placement facade over services whose every call is its own transaction, as in the container, where no
     * online payment is offered.
     */
    public OrderPlacement placement() {
        return placement(unconfiguredStripe());
    }

    /** The same, paying online through {@code gateway}. */
    public OrderPlacement placement(PaymentGateway gateway) {
        OrderService orders = new OrderService(null, null, null, clock) {
            @Override
            public PlacedOrder replay(String key, String hash) {
                return db.inTransaction(em -> orders(em).replay(key, hash));
            }

            @Override
            public boolean isKeyAnswered(String key) {
                return db.inTransaction(em -> orders(em).isKeyAnswered(key));
            }
        };
        BuyerOrders buyers = new BuyerOrders(null, orders, placed) {
            @Override
            public OrderService.PlacedOrder place(PlaceOrderCommand command, String key, String hash, Origin origin) {
                return db.inTransaction(em -> buyerOrders(em).place(command, key, hash, origin));
            }
        };
        OnlinePayments payments = new OnlinePayments(null, gateway, clock) {
            @Override
            public PaymentForm prepare(String number) {
                return db.inTransaction(em -> new OnlinePayments(em, gateway, clock).prepare(number));
            }

            @Override
            public Optional<PaymentForm> formOf(String number) {
                return db.inTransaction(em -> new OnlinePayments(em, gateway, clock).formOf(number));
            }

            @Override
            public boolean isOffered() {
                return gateway.isAvailable();
            }
        };
        return new OrderPlacement(orders, payments, buyers);
    }

    public <T> T tx(Function<EntityManager, T> work) {
        return db.inTransaction(work);
    }

    /** Puts pieces made by the trained artisan into stock at a place. */
    public void produce(long productId, long locationId, int quantity) {
        db.run(em -> production(em)
                .record(
                        new ProductionService.RecordBatch(
                                productId, trainedArtisanId, quantity, LocalDate.of(2026, 11, 20), locationId),
                        null,
                        "test"));
    }

    public static PlaceOrderCommand order(PaymentMethod method, PlaceOrderCommand.Line... lines) {
        return new PlaceOrderCommand(
                List.of(lines),
                new Contact("王芳", "13912345678", "wang@example.cn"),
                new ShippingAddress("CN", "甘肃省", "金昌市", "金川区", "北京路 18 号", "737100"),
                method);
    }

    public static PlaceOrderCommand.Line line(long productId, int quantity) {
        return new PlaceOrderCommand.Line(productId, quantity);
    }

    /** A clock the test moves by hand. */
    public static final class MutableClock extends Clock {
        private volatile Instant now;

        public MutableClock(Instant start) {
            this.now = start;
        }

        public void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return java.time.ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return Clock.fixed(now, zone);
        }
    }
}

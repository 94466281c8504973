package cn.longyuan.market.application.demo;

import cn.longyuan.market.application.ordering.OrderService;
import cn.longyuan.market.application.production.ProductionService;
import cn.longyuan.market.application.security.AccountService;
import cn.longyuan.market.application.security.IdNumberCipher;
import cn.longyuan.market.application.shared.DemoDataWanted;
import cn.longyuan.market.application.shared.MarketDatabase;
import cn.longyuan.market.domain.model.cooperative.Cooperative;
import cn.longyuan.market.domain.model.cooperative.Role;
import cn.longyuan.market.domain.model.ordering.CustomerOrder;
import cn.longyuan.market.domain.model.training.Artisan;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;

/**
 * Loads the demo data set into an empty database when {@code DEMO_DATA} asks for it — by default with the
 * embedded database and never with a configured {@code DB_URL}, so that a production database cannot
 * receive invented people by accident.
 */
@ApplicationScoped
public class DemoDataLoader {

    private static final Logger LOG = Logger.getLogger(DemoDataLoader.class.getName());

    private EntityManager em;
    private ProductionService production;
    private OrderService orders;
    private Clock clock;
    private Config config;
    private AccountService accounts;
    private IdNumberCipher idNumbers;
    private cn.longyuan.market.application.income.IncomeLedger income;

    protected DemoDataLoader() {
        // for CDI proxies
    }

    @Inject
    public DemoDataLoader(
            @MarketDatabase EntityManager em,
            ProductionService production,
            OrderService orders,
            Clock clock,
            Config config,
            AccountService accounts,
            IdNumberCipher idNumbers,
            cn.longyuan.market.application.income.IncomeLedger income) {
        this.accounts = accounts;
        this.income = income;
        this.idNumbers = idNumbers;
        this.em = em;
        this.production = production;
        this.orders = orders;
        this.clock = clock;
        this.config = config;
    }

    /** Whether this installation wants demo data: DEMO_DATA if set, else only with the embedded database. */
    public boolean isWanted() {
        return DemoDataWanted.by(config);
    }

    /** The password of every demo account; README.md lists it. Demo data only: never on a real installation. */
    public static final String DEMO_PASSWORD = "qiaoshou-demo-2026";

    @Transactional
    public Optional<DemoDataSet.Summary> loadIfEmpty() {
        if (!DemoDataSet.isEmpty(em)) {
            return Optional.empty();
        }
        long started = System.nanoTime();
        DemoDataSet.Summary summary = new DemoDataSet().loadInto(em, production, orders, clock);
        recordInventedIdNumbers();
        createDemoAccounts();
        LOG.info("Loaded the demo data set in " + (System.nanoTime() - started) / 1_000_000 + " ms: " + summary);
        return Optional.of(summary);
    }

    /** The demo accounts of api.md; the broker is given the demo orders that span both cooperatives. */
    private void createDemoAccounts() {
        List<Cooperative> cooperatives = em.createQuery("select c from Cooperative c order by c.id", Cooperative.class)
                .getResultList();
        accounts.create("federation", DEMO_PASSWORD, Role.FEDERATION, null, "金川区妇联 · 演示");
        accounts.create(
                "coop-ningyuan",
                DEMO_PASSWORD,
                Role.COOP_MANAGER,
                cooperatives.get(0).id(),
                "宁远堡镇合作社负责人");
        accounts.create(
                "coop-shuangwan",
                DEMO_PASSWORD,
                Role.COOP_MANAGER,
                cooperatives.get(1).id(),
                "双湾镇合作社负责人");
        long broker = accounts.create("broker-li", DEMO_PASSWORD, Role.BROKER, null, "营销经纪人 李")
                .id();
        long buyer = accounts.create("buyer-wang", DEMO_PASSWORD, Role.BUYER, null, "买家 王")
                .id();
        long secondBroker = accounts.create("broker-zhao", DEMO_PASSWORD, Role.BROKER, null, "营销经纪人 赵")
                .id();
        em.flush();
        DemoBuyerHistory.give(em, buyer, clock);
        DemoBrokerage.loadInto(em, clock, broker, secondBroker);
        em.createQuery("select o from CustomerOrder o", CustomerOrder.class).getResultList().stream()
                .filter(o -> o.parts().size() > 1)
                .forEach(o -> o.assignBroker(broker));
        DemoCommissions.loadInto(em, income, clock, broker);
    }

    /**
     * Invented ID numbers in the Jinchuan District's format (region 620302, a birth date, a sequence and the
     * ISO 7064 check digit), encrypted like real ones, so that masking and auditing can be seen in the demo.
     */
    private void recordInventedIdNumbers() {
        List<Artisan> artisans = em.createQuery("select a from Artisan a order by a.id", Artisan.class)
                .getResultList();
        for (int i = 0; i < artisans.size(); i++) {
            String body = "620302" + (1970 + i * 2) + String.format("%02d%02d", 1 + i % 12, 3 + i)
                    + String.format("%03d", 120 + i * 7);
            artisans.get(i).recordIdNumber(idNumbers.encrypt(body + checkDigit(body)));
        }
    }

    static char checkDigit(String first17) {
        int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * weights[i];
        }
        return "10X98765432".charAt(sum % 11);
    }
}

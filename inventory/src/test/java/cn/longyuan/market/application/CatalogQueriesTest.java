package cn.longyuan.market.application;

import cn.longyuan.market.domain.model.catalog.Craft;
import cn.longyuan.market.domain.model.catalog.Product;
import cn.longyuan.market.domain.model.cooperative.Cooperative;
import cn.longyuan.market.domain.model.shared.BilingualText;
import cn.longyuan.market.domain.model.shared.Money;
import cn.longyuan.market.testing.Chain;
import cn.longyuan.market.testing.TestDatabase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CatalogQueriesTest {

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void buyersFilterByTheCraftsThatHaveListedProductsInTheProgrammesOrderNotByDrafts(TestDatabase database) {
        try (TestDatabase.Opened db = database.open()) {
            Chain chain = new Chain(db);
            chain.tx(em -> {
                Product draft = new Product(em.find(Cooperative.class, chain.cooperativeId), em.find(Craft.class, "knitting"),
                        new BilingualText("羊毛围巾", "Wool scarf"), new BilingualText("未上架", "Not listed yet"),
                        Money.parse("168.00"), null, chain.clock.instant());
                em.persist(draft);
                return draft;
            });

            List<CatalogQueries.CraftName> crafts = chain.tx(em -> chain.catalog(em).listedCrafts());

            assertEquals(List.of("sachet", "paper-cutting"), crafts.stream().map(CatalogQueries.CraftName::code).toList());
            assertEquals("庆阳香包", crafts.get(0).name().zh());
            assertEquals("Qingyang embroidered sachet", crafts.get(0).name().en());
        }
    }
}

package cn.longyuan.market.testing;

import cn.longyuan.market.domain.model.catalog.Craft;
import cn.longyuan.market.domain.model.catalog.Product;
import cn.longyuan.market.domain.model.cooperative.Cooperative;
import cn.longyuan.market.domain.model.cooperative.Location;
import cn.longyuan.market.domain.model.shared.BilingualText;
import cn.longyuan.market.domain.model.shared.Money;

/** A second cooperative beside the {@link Chain}'s, with a published gourd sachet (10.00) and 10 pieces of it. */
public record SecondCooperative(long cooperativeId, long locationId, long gourdId) {

    public static SecondCooperative in(Chain chain) {
        return chain.tx(em -> {
            Cooperative coop =
                    new Cooperative(new BilingualText("双湾镇合作社", "Shuangwan"), "双湾镇", new BilingualText("故事", "Story"));
            em.persist(coop);
            Location place = new Location(coop, new BilingualText("工坊", "Workshop"), "双湾镇", true);
            em.persist(place);
            Product gourd = new Product(
                    coop,
                    em.find(Craft.class, "sachet"),
                    new BilingualText("葫芦香包", "Gourd sachet"),
                    new BilingualText("葫芦", "Gourd"),
                    Money.parse("10.00"),
                    null,
                    chain.clock.instant());
            gourd.publish();
            em.persist(gourd);
            em.flush();
            chain.stock(em).adjust(gourd.id(), place.id(), 10, "盘点入库", "test");
            return new SecondCooperative(coop.id(), place.id(), gourd.id());
        });
    }
}

package cn.longyuan.market.domain.model.production;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import cn.longyuan.market.domain.model.catalog.Product;
import cn.longyuan.market.domain.model.cooperative.Cooperative;
import cn.longyuan.market.domain.model.cooperative.Location;
import cn.longyuan.market.domain.model.shared.BilingualText;
import cn.longyuan.market.domain.model.shared.Money;
import cn.longyuan.market.domain.model.training.Artisan;
import java.lang.reflect.Field;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ProductionBatchTest {

    private static final LocalDate MADE_ON = LocalDate.of(2026, 11, 20);
    private static final Instant RECORDED_AT = Instant.parse("2026-11-29T02:00:00Z");
    private static final TraceCode CODE = new TraceCode("7KQ4MX2PRT");

    private final Cooperative ningyuanpu = cooperative(1, "宁远堡镇巧手合作社");
    private final Cooperative shuangwan = cooperative(2, "双湾镇绣娘合作社");
    private final Product sachet = new Product(
            ningyuanpu,
            null,
            new BilingualText("端午香包", "Dragon Boat sachet"),
            new BilingualText("手工刺绣", "Hand-embroidered"),
            Money.parse("68.00"),
            null,
            RECORDED_AT);
    private final Artisan li = new Artisan(ningyuanpu, "巧手李姐");
    private final Artisan zhao = new Artisan(shuangwan, "赵绣娘");
    private final Location workshop = new Location(ningyuanpu, new BilingualText("合作社工坊", "Workshop"), "宁远堡镇", true);
    private final Location otherWorkshop =
            new Location(shuangwan, new BilingualText("双湾工坊", "Shuangwan workshop"), "双湾镇", true);

    @Test
    void aBatchLinksTheProductItsMakerAndThePlaceItWentTo() {
        ProductionBatch batch =
                new ProductionBatch(sachet, li, workshop, 12, MADE_ON, CODE, RECORDED_AT, "coop:ningyuanpu");

        assertSame(sachet, batch.product());
        assertSame(li, batch.artisan());
        assertSame(workshop, batch.location());
        assertEquals(12, batch.quantity());
        assertEquals(MADE_ON, batch.madeOn());
        assertEquals(CODE, batch.traceCode());
    }

    @Test
    void aWrongCountIsCorrectedButNeverBelowThePiecesSoldAndTheFirstCountIsKept() {
        ProductionBatch batch =
                new ProductionBatch(sachet, li, workshop, 10, MADE_ON, CODE, RECORDED_AT, "coop:ningyuanpu");

        assertEquals(java.util.Optional.of("at least 4: 4 pieces of it are sold"), batch.whyNotCorrectableTo(3, 4));
        assertEquals(java.util.Optional.of("the batch holds 10 pieces already"), batch.whyNotCorrectableTo(10, 4));
        assertEquals(
                java.util.Optional.of("at least 1 (void the batch to take every piece out)"),
                batch.whyNotCorrectableTo(0, 0));
        assertThrows(IllegalStateException.class, () -> batch.correctTo(3, 4));
        batch.correctTo(7, 4);
        assertEquals(7, batch.quantity());
        assertEquals(10, batch.recordedQuantity());
        batch.correctTo(9, 4);
        assertEquals(10, batch.recordedQuantity(), "the first count stays, however often corrected");
    }

    @Test
    void aVoidKeepsOnlyThePiecesSoldAndHappensOnce() {
        ProductionBatch batch =
                new ProductionBatch(sachet, li, workshop, 6, MADE_ON, CODE, RECORDED_AT, "coop:ningyuanpu");

        assertEquals(4, batch.unsold(2));
        batch.voidNow(2, RECORDED_AT, "coop-ningyuan");
        assertEquals(true, batch.isVoided());
        assertEquals(2, batch.quantity());
        assertEquals(6, batch.recordedQuantity());
        assertEquals(java.util.Optional.of("the batch is void"), batch.whyNotCorrectableTo(5, 2));
        assertThrows(IllegalStateException.class, () -> batch.voidNow(2, RECORDED_AT, "coop-ningyuan"));
    }

    @Test
    void aPlaceIsRetiredOnlyWhenEmptyAndNotTheMainOne() {
        Location store = new Location(ningyuanpu, new BilingualText("后山库房", "Back store"), null, false);

        assertEquals(java.util.Optional.of("still holds 3 pieces: move them first"), store.whyNotRetirable(3));
        assertEquals(java.util.Optional.of("the main place cannot be retired"), workshop.whyNotRetirable(0));
        assertEquals(java.util.Optional.empty(), store.whyNotRetirable(0));
        store.retire(RECORDED_AT, "coop-ningyuan");
        assertEquals(true, store.isRetired());
        assertEquals(java.util.Optional.of("already retired"), store.whyNotRetirable(0));
        assertThrows(IllegalStateException.class, () -> store.retire(RECORDED_AT, "coop-ningyuan"));
    }

    @Test
    void anArtisanOfAnotherCooperativeCannotRecordABatchOfThisProduct() {
        assertThrows(
                IllegalArgumentException.class,
                () -> new ProductionBatch(sachet, zhao, workshop, 12, MADE_ON, CODE, RECORDED_AT, "coop:ningyuanpu"));
    }

    @Test
    void aBatchCannotGoIntoAnotherCooperativesPlace() {
        assertThrows(
                IllegalArgumentException.class,
                () -> new ProductionBatch(
                        sachet, li, otherWorkshop, 12, MADE_ON, CODE, RECORDED_AT, "coop:ningyuanpu"));
    }

    @Test
    void aBatchHasAtLeastOnePiece() {
        assertThrows(
                IllegalArgumentException.class,
                () -> new ProductionBatch(sachet, li, workshop, 0, MADE_ON, CODE, RECORDED_AT, "coop:ningyuanpu"));
    }

    /** A cooperative as loaded from the database: the checks compare ids, which only persistence assigns. */
    private static Cooperative cooperative(long id, String name) {
        Cooperative cooperative = new Cooperative(new BilingualText(name, null), "金川区", null);
        try {
            Field field = Cooperative.class.getDeclaredField("id");
            field.setAccessible(true);
            field.set(cooperative, id);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
        return cooperative;
    }
}

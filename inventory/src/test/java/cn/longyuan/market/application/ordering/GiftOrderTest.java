package cn.longyuan.market.application.ordering;

import static cn.longyuan.market.testing.Chain.line;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.longyuan.market.application.income.IncomeLedger;
import cn.longyuan.market.application.security.Actor;
import cn.longyuan.market.application.shared.RequestRefusedException;
import cn.longyuan.market.domain.model.cooperative.Role;
import cn.longyuan.market.domain.model.ordering.CustomerOrder;
import cn.longyuan.market.domain.model.ordering.Gift;
import cn.longyuan.market.domain.model.ordering.PaymentMethod;
import cn.longyuan.market.testing.Chain;
import cn.longyuan.market.testing.TestDatabase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;

/**
 * A gift order keeps the buyer's message, and its packing slip, which travels in the box to someone else, carries
 * the message and no price; a normal order's slip is as it was.
 */
class GiftOrderTest {

    /** A price as the slip would write it: the sachet's 68.00, its line's 136.00, the order's total, a yuan sign. */
    private static final Pattern PRICE = Pattern.compile("¥|￥|元|\\d+\\.\\d\\d|\\b68\\b|\\b136\\b");

    private static Actor manager(Chain chain) {
        return new Actor(1, "coop-ningyuan", Role.COOP_MANAGER, chain.cooperativeId);
    }

    private static OrderFulfilment fulfilment(Chain chain, jakarta.persistence.EntityManager em) {
        return new OrderFulfilment(em, chain.stock(em), new IncomeLedger(em, chain.clock), chain.clock, chain.printer);
    }

    private static PlaceOrderCommand sachets(Chain chain, Gift gift) {
        PlaceOrderCommand shape = Chain.order(PaymentMethod.CASH_ON_DELIVERY, line(chain.sachetId, 2));
        return new PlaceOrderCommand(
                shape.lines(), shape.contact(), shape.shippingAddress(), shape.paymentMethod(), gift);
    }

    private static String slipText(byte[] pdf) {
        try {
            PdfReader reader = new PdfReader(pdf);
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            StringBuilder text = new StringBuilder();
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                text.append(extractor.getTextFromPage(page)).append('\n');
            }
            return text.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aGiftKeepsItsMessageAndItsSlipCarriesItWithoutPrices(TestDatabase database) {
        try (TestDatabase.Opened db = database.open()) {
            Chain chain = new Chain(db);
            chain.produce(chain.sachetId, chain.mainLocationId, 4);
            OrderView placed = chain.placement()
                    .place(sachets(chain, new Gift("  Happy birthday, Mum!\nWith love from Lanzhou  ")), "gift-1", "h1")
                    .order();

            assertTrue(placed.isGift());
            assertEquals(
                    "Happy birthday, Mum!\nWith love from Lanzhou",
                    placed.gift().message(),
                    "stored stripped");
            CustomerOrder stored = chain.tx(em -> em.createNamedQuery(CustomerOrder.BY_NUMBER, CustomerOrder.class)
                    .setParameter("number", placed.number())
                    .getSingleResult());
            assertTrue(stored.isGift());
            assertEquals("Happy birthday, Mum!\nWith love from Lanzhou", stored.giftMessage());

            String gift = slipText(chain.tx(em -> fulfilment(chain, em).packingSlip(manager(chain), placed.number())));
            assertTrue(gift.contains("Happy birthday, Mum!"), gift);
            assertTrue(gift.contains("With love from Lanzhou"), gift);
            assertTrue(gift.contains("Gift"), gift);
            assertFalse(PRICE.matcher(gift).find(), "no price on a gift's slip:\n" + gift);
            assertFalse(gift.contains(placed.total().toDecimalString()), gift);

            OrderView plain = chain.placement()
                    .place(sachets(chain, null), "plain-1", "h2")
                    .order();
            assertFalse(plain.isGift());
            assertNull(plain.gift());
            String normal = slipText(chain.tx(em -> fulfilment(chain, em).packingSlip(manager(chain), plain.number())));
            assertFalse(normal.contains("Gift"), normal);
            assertFalse(normal.contains("Happy birthday"), normal);
            assertTrue(normal.contains("Packing slip"), normal);
            // the part's status in words, not the enum's name
            assertTrue(normal.contains("Part status:") && normal.contains("pending"), normal);
            assertFalse(normal.contains("PENDING"), normal);
            assertFalse(PRICE.matcher(normal).find(), "no slip names a price:\n" + normal);
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aGiftWithoutAMessageSaysSoAndABadMessageIsRefusedBeforeAnythingIsReserved(TestDatabase database) {
        try (TestDatabase.Opened db = database.open()) {
            Chain chain = new Chain(db);
            chain.produce(chain.sachetId, chain.mainLocationId, 2);
            OrderView silent = chain.placement()
                    .place(sachets(chain, new Gift("   ")), "gift-2", "h1")
                    .order();
            assertTrue(silent.isGift());
            assertFalse(silent.gift().hasMessage());
            String slip = slipText(chain.tx(em -> fulfilment(chain, em).packingSlip(manager(chain), silent.number())));
            assertTrue(slip.contains("No message"), slip);
            assertFalse(PRICE.matcher(slip).find(), slip);

            RequestRefusedException refused = assertThrows(
                    RequestRefusedException.class,
                    () -> chain.placement().place(sachets(chain, new Gift("生日\u0000快乐")), "gift-3", "h3"));
            assertEquals(RequestRefusedException.Reason.VALIDATION, refused.reason());
            assertEquals("gift.message", refused.violations().getFirst().field());
            long orders = chain.tx(em -> em.createQuery("select count(o) from CustomerOrder o", Long.class)
                    .getSingleResult());
            assertEquals(1, orders, "the refused order was not placed");
        }
    }
}

package cn.longyuan.market.application.ordering;

import static cn.longyuan.market.application.ordering.ReturnRequestsTest.count;
import static cn.longyuan.market.application.ordering.ReturnRequestsTest.delivered;
import static cn.longyuan.market.application.ordering.ReturnRequestsTest.manager;
import static cn.longyuan.market.application.ordering.ReturnRequestsTest.returns;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.longyuan.market.application.security.Actor;
import cn.longyuan.market.application.shared.FieldViolation;
import cn.longyuan.market.application.shared.PhotoCheck;
import cn.longyuan.market.application.shared.PhotoCheckTest;
import cn.longyuan.market.application.shared.RequestRefusedException;
import cn.longyuan.market.application.shared.RequestRefusedException.Reason;
import cn.longyuan.market.domain.model.cooperative.Role;
import cn.longyuan.market.testing.Chain;
import cn.longyuan.market.testing.TestDatabase;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A return request's one optional photo: kept re-encoded with its thumbnail, read back by the order's holder and by
 * those who decide the request only; a file that is no photo, too large or of another type is refused as field
 * {@code photo} and leaves nothing behind, while the request without it still works.
 */
class ReturnPhotoTest {

    private static final Actor FEDERATION = new Actor(1, "federation", Role.FEDERATION, null);

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aPhotoIsKeptAsAJpegAndReadBackByTheBuyerAndTheLinesCooperativeOnly(TestDatabase database) throws IOException {
        try (TestDatabase.Opened db = database.open()) {
            Chain chain = new Chain(db);
            var o = delivered(chain, true);
            byte[] png = PhotoCheckTest.picture("png", 2000, 1500);

            var requested = chain.tx(em -> returns(chain, em)
                    .requestForToken(o.number(), o.token(), new ReturnRequests.Ask(1, 1, "DAMAGED", "一角开线了"), png));
            assertTrue(requested.hasPhoto());
            assertEquals(
                    List.of(true),
                    chain.tx(em -> returns(chain, em).ofOrderForToken(o.number(), o.token())).stream()
                            .map(ReturnRequests.Row::hasPhoto)
                            .toList());
            assertTrue(chain.tx(em -> returns(chain, em).open(manager(chain)))
                    .get(0)
                    .hasPhoto());
            assertEquals("PNG image/jpeg 2000x1500", chain.tx(em -> {
                Object[] r = (Object[])
                        em.createNativeQuery("select uploaded_as, content_type, width, height from return_request_photo"
                                        + " where return_request_id = ?1")
                                .setParameter(1, requested.id())
                                .getSingleResult();
                return r[0] + " " + r[1] + " " + r[2] + "x" + r[3];
            }));

            byte[] image = chain.tx(
                            em -> returns(chain, em).photoForToken(o.number(), o.token(), requested.id(), false))
                    .orElseThrow();
            BufferedImage served = ImageIO.read(new ByteArrayInputStream(image));
            assertEquals(0xFF, image[0] & 0xFF, "a JPEG");
            assertEquals(0xD8, image[1] & 0xFF, "a JPEG");
            assertEquals(PhotoCheck.SERVED_SIDE, served.getWidth(), "the served picture is scaled down");
            assertFalse(Arrays.equals(png, image), "nothing of the upload is served as sent");
            byte[] thumb = chain.tx(em -> returns(chain, em).photoForToken(o.number(), o.token(), requested.id(), true))
                    .orElseThrow();
            assertEquals(
                    PhotoCheck.THUMBNAIL_SIDE,
                    ImageIO.read(new ByteArrayInputStream(thumb)).getWidth());

            // the back office: the line's cooperative and federation staff, nobody else
            assertTrue(Arrays.equals(
                    image,
                    chain.tx(em -> returns(chain, em).photo(manager(chain), requested.id(), false))
                            .orElseThrow()));
            assertTrue(chain.tx(em -> returns(chain, em).photo(FEDERATION, requested.id(), true))
                    .isPresent());
            Actor other = new Actor(3, "coop-shuangwan", Role.COOP_MANAGER, chain.cooperativeId + 999);
            Actor broker = new Actor(4, "broker-li", Role.BROKER, null);
            for (Actor stranger : List.of(other, broker)) {
                assertEquals(
                        Optional.empty(),
                        chain.tx(em -> returns(chain, em).photo(stranger, requested.id(), false)),
                        stranger.username());
            }
            assertTrue(
                    chain.tx(em -> returns(chain, em).photoForToken(o.number(), "not-the-token", requested.id(), false))
                            .isEmpty());

            // another order's holder cannot reach it by the request's id
            var another = delivered(chain, true);
            assertTrue(chain.tx(em ->
                            returns(chain, em).photoForToken(another.number(), another.token(), requested.id(), false))
                    .isEmpty());
            var without = chain.tx(em -> returns(chain, em)
                    .requestForToken(
                            another.number(), another.token(), new ReturnRequests.Ask(1, 1, "CHANGED_MIND", null)));
            assertFalse(without.hasPhoto(), "the photo is optional");
            assertTrue(chain.tx(em ->
                            returns(chain, em).photoForToken(another.number(), another.token(), without.id(), false))
                    .isEmpty());
            assertTrue(chain.tx(em -> returns(chain, em).photo(FEDERATION, without.id(), false))
                    .isEmpty());
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void badBytesATooLargeFileAndAnotherTypeAreRefusedAsThePhotoFieldAndNothingIsKept(TestDatabase database)
            throws IOException {
        try (TestDatabase.Opened db = database.open()) {
            Chain chain = new Chain(db);
            var o = delivered(chain, true);
            var ask = new ReturnRequests.Ask(1, 1, "DAMAGED", null);

            byte[] text = "这不是照片".getBytes(StandardCharsets.UTF_8);
            byte[] brokenJpeg = Arrays.copyOf(PhotoCheckTest.picture("jpeg", 400, 300), 200);
            byte[] tooLarge = new byte[PhotoCheck.MAX_BYTES + 1];
            System.arraycopy(PhotoCheckTest.picture("png", 10, 10), 0, tooLarge, 0, 8);
            byte[] svg = "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>"
                    .getBytes(StandardCharsets.UTF_8);
            byte[] gif = PhotoCheckTest.picture("gif", 40, 40);
            byte[] bomb = PhotoCheckTest.pngBomb(20_000, 20_000);
            for (byte[] bad : List.of(text, brokenJpeg, tooLarge, svg, gif, bomb, new byte[0])) {
                RequestRefusedException refused = assertThrows(
                        RequestRefusedException.class,
                        () -> chain.tx(em -> returns(chain, em).requestForToken(o.number(), o.token(), ask, bad)));
                assertEquals(Reason.VALIDATION, refused.reason());
                assertEquals(
                        List.of(PhotoCheck.FIELD),
                        refused.violations().stream().map(FieldViolation::field).toList());
            }
            assertEquals(
                    0,
                    count(chain, "select count(*) from return_request where order_id = ?1", o.orderId()),
                    "a refused photo keeps no request");
            assertEquals(0, count(chain, "select count(*) from return_request_photo where ?1 > 0", 1));

            // a bad photo and a bad field: both in one answer
            RequestRefusedException both = assertThrows(
                    RequestRefusedException.class,
                    () -> chain.tx(em -> returns(chain, em)
                            .requestForToken(o.number(), o.token(), new ReturnRequests.Ask(1, 1, null, null), text)));
            assertEquals(
                    List.of("photo", "reason"),
                    both.violations().stream()
                            .map(FieldViolation::field)
                            .sorted()
                            .toList());

            var asked = chain.tx(em -> returns(chain, em).requestForToken(o.number(), o.token(), ask, null));
            assertFalse(asked.hasPhoto(), "without a photo the request works as before");
        }
    }
}

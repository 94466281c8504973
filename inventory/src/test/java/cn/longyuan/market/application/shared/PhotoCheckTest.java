package cn.longyuan.market.application.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.longyuan.market.domain.model.shared.PhotoFormat;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** Upload attacks and honest uploads, as the listing page's and the return request's upload fields meet them. */
public class PhotoCheckTest {

    public static byte[] picture(String format, int width, int height) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setColor(new Color(180, 30, 40));
        g.fillRect(0, 0, width, height);
        g.setColor(Color.YELLOW);
        g.fillOval(width / 4, height / 4, width / 2, height / 2);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, format, out);
        return out.toByteArray();
    }

    @Test
    void aPngBecomesAJpegWithAThumbnail() throws IOException {
        PhotoCheck.CheckedPhoto photo = PhotoCheck.check(picture("png", 800, 600));
        assertEquals(PhotoFormat.PNG, photo.uploadedAs());
        assertEquals(800, photo.width());
        BufferedImage served = ImageIO.read(new ByteArrayInputStream(photo.jpeg()));
        BufferedImage thumb = ImageIO.read(new ByteArrayInputStream(photo.thumbnail()));
        assertEquals(800, served.getWidth());
        assertEquals(PhotoCheck.THUMBNAIL_SIDE, thumb.getWidth());
        assertEquals(240, thumb.getHeight());
        assertEquals((byte) 0xFF, photo.jpeg()[0]);
        assertEquals((byte) 0xD8, photo.jpeg()[1]);
    }

    @Test
    void aJpegIsAccepted() throws IOException {
        assertEquals(
                PhotoFormat.JPEG, PhotoCheck.check(picture("jpeg", 400, 400)).uploadedAs());
    }

    @Test
    void aWebpIsRecognisedByItsBytes() {
        // a RIFF/WEBP header with no valid image after it: recognised as WebP, then refused as unreadable
        byte[] fake = new byte[64];
        System.arraycopy("RIFF".getBytes(StandardCharsets.US_ASCII), 0, fake, 0, 4);
        System.arraycopy("WEBPVP8 ".getBytes(StandardCharsets.US_ASCII), 0, fake, 8, 8);
        RequestRefusedException e = assertThrows(RequestRefusedException.class, () -> PhotoCheck.check(fake));
        assertTrue(
                e.violations().get(0).message().contains("WEBP"), e.violations().toString());
    }

    @Test
    void aTextFileRenamedToJpgIsRefused() {
        byte[] text = "这不是图片 just text named photo.jpg".getBytes(StandardCharsets.UTF_8);
        RequestRefusedException e = assertThrows(RequestRefusedException.class, () -> PhotoCheck.check(text));
        assertEquals("photo", e.violations().get(0).field());
        assertTrue(
                e.violations().get(0).message().contains("only JPEG, PNG or WebP"),
                e.violations().toString());
    }

    @Test
    void aJpegHeaderFollowedByGarbageIsRefusedAsUnreadable() {
        byte[] broken = new byte[2048];
        broken[0] = (byte) 0xFF;
        broken[1] = (byte) 0xD8;
        broken[2] = (byte) 0xFF;
        Arrays.fill(broken, 3, broken.length, (byte) 0x41);
        RequestRefusedException e = assertThrows(RequestRefusedException.class, () -> PhotoCheck.check(broken));
        assertTrue(
                e.violations().get(0).message().contains("not a readable"),
                e.violations().toString());
    }

    @Test
    void aFileOverFiveMegabytesIsRefusedBeforeDecoding() {
        byte[] big = new byte[6 * 1024 * 1024];
        big[0] = (byte) 0xFF;
        big[1] = (byte) 0xD8;
        big[2] = (byte) 0xFF;
        RequestRefusedException e = assertThrows(RequestRefusedException.class, () -> PhotoCheck.check(big));
        assertTrue(
                e.violations().get(0).message().contains("5 MB"), e.violations().toString());
    }

    @Test
    void aPngClaimingTwentyThousandPixelsSquareIsRefusedFromItsHeader() {
        RequestRefusedException e =
                assertThrows(RequestRefusedException.class, () -> PhotoCheck.check(pngBomb(20_000, 20_000)));
        assertTrue(
                e.violations().get(0).message().contains("20000 × 20000"),
                e.violations().toString());
    }

    @Test
    void anSvgWithScriptIsRefused() {
        byte[] svg = "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(document.cookie)</script></svg>"
                .getBytes(StandardCharsets.UTF_8);
        RequestRefusedException e = assertThrows(RequestRefusedException.class, () -> PhotoCheck.check(svg));
        assertTrue(
                e.violations().get(0).message().contains("SVG"), e.violations().toString());
        byte[] xml = "<?xml version=\"1.0\"?>\n<svg/>".getBytes(StandardCharsets.UTF_8);
        assertThrows(RequestRefusedException.class, () -> PhotoCheck.check(xml));
    }

    /** A tiny PNG whose header claims the given size: the signature, an IHDR chunk and an empty IDAT. */
    public static byte[] pngBomb(int width, int height) {
        ByteBuffer ihdr = ByteBuffer.allocate(13)
                .putInt(width)
                .putInt(height)
                .put((byte) 8)
                .put((byte) 2)
                .put((byte) 0)
                .put((byte) 0)
                .put((byte) 0);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A});
        chunk(out, "IHDR", ihdr.array());
        chunk(out, "IDAT", new byte[] {0x78, (byte) 0x9C, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01});
        chunk(out, "IEND", new byte[0]);
        return out.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
        out.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
        byte[] typeBytes = type.getBytes(StandardCharsets.US_ASCII);
        out.writeBytes(typeBytes);
        out.writeBytes(data);
        CRC32 crc = new CRC32();
        crc.update(typeBytes);
        crc.update(data);
        out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }
}

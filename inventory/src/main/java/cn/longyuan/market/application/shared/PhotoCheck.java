package cn.longyuan.market.application.shared;

import cn.longyuan.market.domain.model.shared.PhotoFormat;
import com.twelvemonkeys.imageio.plugins.webp.WebPImageReaderSpi;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;

/**
 * Checks an uploaded photo — a cooperative's product photo, a buyer's photo of a piece she sends back — and makes
 * the pictures that are served. The upload's type is decided by its
 * first bytes, never by its name or the browser's content type: JPEG, PNG and WebP are accepted, anything else
 * (SVG above all: it may carry script) is refused. The dimensions are read from the header before any pixel is
 * decoded, so a small file that claims 20000 × 20000 pixels (an image bomb) is refused without allocating them.
 * The image is then decoded — which proves it is one — and drawn afresh into a plain RGB JPEG: metadata,
 * colour profiles, trailing bytes and anything hidden in the file do not survive. A thumbnail comes with it.
 */
public final class PhotoCheck {

    public static final int MAX_BYTES = 5 * 1024 * 1024;
    public static final int MAX_SIDE = 6000;
    /** The longest side of the picture the shop serves, and of its thumbnail. */
    public static final int SERVED_SIDE = 1600;

    public static final int THUMBNAIL_SIDE = 320;
    public static final String FIELD = "photo";

    private PhotoCheck() {}

    /** A photo that passed: what it was uploaded as, its size, the re-encoded JPEG and its thumbnail. */
    public record CheckedPhoto(PhotoFormat uploadedAs, int width, int height, byte[] jpeg, byte[] thumbnail) {}

    public static CheckedPhoto check(byte[] upload) {
        if (upload == null || upload.length == 0) {
            throw RequestRefusedException.invalid(FIELD, "choose a photo to upload");
        }
        if (upload.length > MAX_BYTES) {
            throw RequestRefusedException.invalid(FIELD, "a photo is at most 5 MB");
        }
        PhotoFormat format = sniff(upload);
        BufferedImage decoded;
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(upload))) {
            ImageReader reader = readerFor(format);
            try {
                reader.setInput(in, true, true);
                int width = reader.getWidth(0);
                int height = reader.getHeight(0);
                if (width <= 0 || height <= 0) {
                    throw new IOException("no dimensions in the header");
                }
                if (width > MAX_SIDE || height > MAX_SIDE) {
                    throw RequestRefusedException.invalid(
                            FIELD,
                            "a photo is at most " + MAX_SIDE + " × " + MAX_SIDE + " pixels; this one is " + width
                                    + " × " + height);
                }
                decoded = reader.read(0);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof RequestRefusedException refused) {
                throw refused;
            }
            throw RequestRefusedException.invalid(FIELD, "the file is not a readable " + format + " image");
        }
        if (decoded == null) {
            throw RequestRefusedException.invalid(FIELD, "the file is not a readable " + format + " image");
        }
        return new CheckedPhoto(
                format,
                decoded.getWidth(),
                decoded.getHeight(),
                jpeg(scaled(decoded, SERVED_SIDE)),
                jpeg(scaled(decoded, THUMBNAIL_SIDE)));
    }

    /**
     * The format the first bytes say, or null when they are none of the accepted ones: for a caller that names the
     * type it sends (the API's {@code contentType}) to be told when the bytes say otherwise. {@link #check} decides.
     */
    public static PhotoFormat formatOf(byte[] upload) {
        try {
            return upload == null ? null : sniff(upload);
        } catch (RequestRefusedException notAPhoto) {
            return null;
        }
    }

    /** The format the first bytes say; refuses SVG and everything else by name. */
    static PhotoFormat sniff(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xD8 && (b[2] & 0xFF) == 0xFF) {
            return PhotoFormat.JPEG;
        }
        if (b.length >= 8
                && (b[0] & 0xFF) == 0x89
                && b[1] == 'P'
                && b[2] == 'N'
                && b[3] == 'G'
                && b[4] == 0x0D
                && b[5] == 0x0A
                && b[6] == 0x1A
                && b[7] == 0x0A) {
            return PhotoFormat.PNG;
        }
        if (b.length >= 12
                && b[0] == 'R'
                && b[1] == 'I'
                && b[2] == 'F'
                && b[3] == 'F'
                && b[8] == 'W'
                && b[9] == 'E'
                && b[10] == 'B'
                && b[11] == 'P') {
            return PhotoFormat.WEBP;
        }
        String head = new String(b, 0, Math.min(b.length, 1024), StandardCharsets.ISO_8859_1).toLowerCase();
        if (head.contains("<svg") || head.stripLeading().startsWith("<?xml")) {
            throw RequestRefusedException.invalid(
                    FIELD, "SVG pictures are not accepted; upload a JPEG, PNG or WebP photo");
        }
        throw RequestRefusedException.invalid(FIELD, "only JPEG, PNG or WebP photos are accepted");
    }

    private static ImageReader readerFor(PhotoFormat format) throws IOException {
        if (format == PhotoFormat.WEBP) {
            // created directly: a plugin in a web application's own jars is not always in ImageIO's registry
            return new WebPImageReaderSpi().createReaderInstance();
        }
        Iterator<ImageReader> readers =
                ImageIO.getImageReadersByFormatName(format == PhotoFormat.JPEG ? "jpeg" : "png");
        if (!readers.hasNext()) {
            throw new IOException("no reader for " + format);
        }
        return readers.next();
    }

    private static BufferedImage scaled(BufferedImage source, int maxSide) {
        double factor = Math.min(1.0, (double) maxSide / Math.max(source.getWidth(), source.getHeight()));
        int w = Math.max(1, (int) Math.round(source.getWidth() * factor));
        int h = Math.max(1, (int) Math.round(source.getHeight() * factor));
        BufferedImage target = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = target.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, w, h);
            g.drawImage(source, 0, 0, w, h, null);
        } finally {
            g.dispose();
        }
        return target;
    }

    private static byte[] jpeg(BufferedImage image) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(stream);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(0.88f);
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new IllegalStateException("cannot encode a JPEG", e);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }
}

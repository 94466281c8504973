package cn.longyuan.market.system;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import javax.imageio.ImageIO;

/** Reads a QR code as a phone's camera would: the text it encodes, decoded by ZXing from the PNG's pixels. */
final class QrCodes {

    private QrCodes() {}

    static String decode(byte[] png) {
        try {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
            if (image == null) {
                throw new AssertionError("not an image: " + png.length + " bytes");
            }
            int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
            BinaryBitmap bitmap = new BinaryBitmap(
                    new HybridBinarizer(new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels)));
            return new QRCodeReader().decode(bitmap).getText();
        } catch (Exception e) {
            throw new AssertionError("no QR code could be read from the image", e);
        }
    }
}

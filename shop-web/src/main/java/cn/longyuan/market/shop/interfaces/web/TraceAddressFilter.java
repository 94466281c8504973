package cn.longyuan.market.shop.interfaces.web;

import cn.longyuan.market.application.catalog.CatalogQueries;
import cn.longyuan.market.web.http.PublicAddress;
import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;

/**
 * The QR code printed on a piece's tag, {@code /trace/{code}/qr.png}: a PNG (drawn by ZXing) of the address of the
 * trace page, {@code PUBLIC_BASE_URL/trace/{code}}, so that a phone's camera opens the piece's provenance. Only for
 * codes of recorded batches; anything else is 404. The page address {@code /trace/{code}} itself is forwarded to
 * {@code trace.xhtml?code=} (as {@code /products/{id}} is, see {@link ProductAddressFilter}): with anything mapped
 * under {@code /trace/} OmniFaces' MultiViews no longer served it, and the forward keeps the address in the bar.
 */
@WebFilter(urlPatterns = "/trace/*", dispatcherTypes = DispatcherType.REQUEST)
public class TraceAddressFilter extends HttpFilter {

    static final int SIZE = 264;
    /** The request attribute that carries the code of {@code /trace/{code}} to the page. */
    public static final String CODE_ATTRIBUTE = "cn.longyuan.market.shop.traceCode";

    private static final Pattern PATH = Pattern.compile("/trace/([^/]{1,40})/qr\\.png");
    private static final Pattern PAGE = Pattern.compile("/trace/([^/]{1,40})/?");

    @Inject
    private CatalogQueries catalog;

    @Inject
    private PublicAddress publicAddress;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Matcher path = PATH.matcher(
                request.getRequestURI().substring(request.getContextPath().length()));
        if (!path.matches()) {
            Matcher page = PAGE.matcher(
                    request.getRequestURI().substring(request.getContextPath().length()));
            if (page.matches()) {
                String code = java.net.URLDecoder.decode(page.group(1), java.nio.charset.StandardCharsets.UTF_8);
                // the code travels as an attribute, not as ?code=: the language switch posts back to the address
                // with the request's query string, which would otherwise gain the forward's
                request.setAttribute(CODE_ATTRIBUTE, code);
                request.getRequestDispatcher("/trace.xhtml").forward(request, response);
                return;
            }
            chain.doFilter(request, response);
            return;
        }
        var trace = catalog.trace(path.group(1));
        if (trace.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        CachedImages.send(
                request, response, "image/png", png(pageAddress(trace.get().code())));
    }

    String pageAddress(String code) {
        return publicAddress.absolute("/trace/" + code);
    }

    static byte[] png(String contents) throws IOException {
        try {
            BitMatrix matrix = new QRCodeWriter()
                    .encode(
                            contents,
                            BarcodeFormat.QR_CODE,
                            SIZE,
                            SIZE,
                            Map.of(
                                    EncodeHintType.MARGIN,
                                    2,
                                    EncodeHintType.ERROR_CORRECTION,
                                    ErrorCorrectionLevel.M,
                                    EncodeHintType.CHARACTER_SET,
                                    "UTF-8"));
            BufferedImage image =
                    new BufferedImage(matrix.getWidth(), matrix.getHeight(), BufferedImage.TYPE_BYTE_BINARY);
            for (int y = 0; y < matrix.getHeight(); y++) {
                for (int x = 0; x < matrix.getWidth(); x++) {
                    image.setRGB(x, y, matrix.get(x, y) ? 0x000000 : 0xFFFFFF);
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (WriterException e) {
            throw new IOException("cannot draw a QR code of " + contents, e);
        }
    }
}

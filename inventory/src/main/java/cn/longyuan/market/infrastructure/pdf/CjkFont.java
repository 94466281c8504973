package cn.longyuan.market.infrastructure.pdf;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.openpdf.text.pdf.BaseFont;

/**
 * A font that writes Chinese into a PDF. Where a Noto Sans CJK (Debian's fonts-noto-cjk) or another CJK font
 * named by {@code PDF_CJK_FONT} is installed it is embedded, so the PDF looks the same everywhere; otherwise
 * the PDF standard's Adobe CJK font STSong-Light (shipped inside OpenPDF as metrics and CMaps only) is
 * referenced without embedding, which every PDF reader with Chinese support draws with its own Song face.
 */
public final class CjkFont {

    private static final Logger LOG = Logger.getLogger(CjkFont.class.getName());
    /** Index 2 of the Noto CJK collections is the Simplified Chinese face. */
    private static final List<String> CANDIDATES = List.of(
            "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc,2",
            "/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc,2",
            "/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc,2");

    private static volatile BaseFont cached;

    private CjkFont() {}

    public static BaseFont get() {
        BaseFont font = cached;
        if (font == null) {
            synchronized (CjkFont.class) {
                if (cached == null) {
                    cached = load();
                }
                font = cached;
            }
        }
        return font;
    }

    /** Whether the font in use is embedded in the PDFs (false: the built-in STSong-Light). */
    public static boolean isEmbedded() {
        return get().getFontType() != BaseFont.FONT_TYPE_CJK;
    }

    private static BaseFont load() {
        String configured = System.getenv("PDF_CJK_FONT");
        List<String> specs = configured == null || configured.isBlank()
                ? CANDIDATES
                : java.util.stream.Stream.concat(java.util.stream.Stream.of(configured.strip()), CANDIDATES.stream())
                        .toList();
        for (String spec : specs) {
            String file = spec.contains(",") && spec.toLowerCase().contains(".ttc,")
                    ? spec.substring(0, spec.lastIndexOf(','))
                    : spec;
            if (!Files.isReadable(Path.of(file))) {
                continue;
            }
            try {
                return BaseFont.createFont(spec, BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
            } catch (Exception e) {
                LOG.log(Level.WARNING, "CJK font " + spec + " cannot be used; trying the next", e);
            }
        }
        try {
            return BaseFont.createFont("STSong-Light", "UniGB-UCS2-H", BaseFont.NOT_EMBEDDED);
        } catch (Exception e) {
            throw new IllegalStateException("OpenPDF's built-in STSong-Light is missing", e);
        }
    }
}

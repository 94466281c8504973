package cn.longyuan.market.application.listing;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * The small piece of HTML a product description may hold: paragraphs and line breaks, bold, italic and
 * underline, lists, and links (http, https, mailto only) that always carry {@code rel="nofollow noopener
 * noreferrer"}. Everything else — scripts, event handlers, styles, images, {@code javascript:} links — is
 * removed by the OWASP HTML Sanitizer, keeping the text. Descriptions are sanitised when saved and again when
 * the shop shows them, so a row written some other way cannot put script on a shop page either.
 */
public final class DescriptionHtml {

    /** Longest description kept, in characters of sanitised HTML. */
    public static final int MAX_LENGTH = 20_000;

    private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements("p", "br", "strong", "b", "em", "i", "u", "ul", "ol", "li", "a")
            .allowUrlProtocols("http", "https", "mailto")
            .allowAttributes("href")
            .onElements("a")
            .requireRelsOnLinks("nofollow", "noopener", "noreferrer")
            .toFactory();

    private static final Pattern BLOCK_END = Pattern.compile("(?i)<br\\s*/?>|</p>|</li>");
    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final Pattern NUMERIC_ENTITY = Pattern.compile("&#(x?)([0-9a-fA-F]+);");

    private DescriptionHtml() {}

    /** The description with only the allowed elements and attributes; never null. */
    public static String sanitise(String html) {
        if (html == null || html.isBlank()) {
            return "";
        }
        return POLICY.sanitize(html).strip();
    }

    /** Whether the sanitised HTML holds any text a buyer would read (an editor's empty "<p><br></p>" does not). */
    public static boolean hasText(String sanitised) {
        return !toPlainText(sanitised).isBlank();
    }

    /** The text without markup, paragraphs and list items on lines of their own: for the JSON API and PDFs. */
    public static String toPlainText(String sanitised) {
        if (sanitised == null) {
            return "";
        }
        String text = TAG.matcher(BLOCK_END.matcher(sanitised).replaceAll("\n")).replaceAll("");
        Matcher numeric = NUMERIC_ENTITY.matcher(text);
        StringBuilder decoded = new StringBuilder();
        while (numeric.find()) {
            int codePoint = Integer.parseInt(numeric.group(2), numeric.group(1).isEmpty() ? 10 : 16);
            numeric.appendReplacement(decoded, Matcher.quoteReplacement(new String(Character.toChars(codePoint))));
        }
        numeric.appendTail(decoded);
        return decoded.toString()
                .replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&quot;", "\"")
                .replace("&nbsp;", " ")
                .replace("&amp;", "&")
                .replaceAll("\n{2,}", "\n")
                .strip();
    }
}

package cn.longyuan.market.domain.model.shared;

/**
 * What a text typed by a person may contain. Control characters (NUL among them, which PostgreSQL refuses in a
 * text column), unpaired surrogates and the non-characters U+FFFE/U+FFFF are never part of a name, an address or
 * a note: they come from broken clients or from someone probing, and are refused rather than stored. Tab and
 * line breaks stay allowed (descriptions and notes have lines).
 * <p>
 * A required text must also have something a reader can see: a name of zero-width spaces or Hangul fillers
 * is as empty as no name.
 */
public final class PlainText {

    private PlainText() {}

    /** The index of the first character that has no place in a typed text, or -1 when there is none. */
    public static int firstForbidden(String text) {
        if (text == null) {
            return -1;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                    continue;
                }
                return i;
            }
            if (Character.isLowSurrogate(c) || c == '\uFFFE' || c == '\uFFFF') {
                return i;
            }
            if (Character.getType(c) == Character.CONTROL && c != '\t' && c != '\n' && c != '\r') {
                return i;
            }
        }
        return -1;
    }

    public static boolean isAcceptable(String text) {
        return firstForbidden(text) < 0;
    }

    /** Why {@code text} is refused, for a field's message: names the character as U+XXXX. */
    public static String whyForbidden(String text) {
        int at = firstForbidden(text);
        return at < 0
                ? null
                : "contains a character that cannot be stored (U+%04X at position %d)"
                        .formatted((int) text.charAt(at), at + 1);
    }

    /** Whether the text has at least one character a reader can see (not only spaces, format or filler characters). */
    public static boolean hasVisibleCharacter(String text) {
        if (text == null) {
            return false;
        }
        return text.codePoints().anyMatch(PlainText::isVisible);
    }

    private static boolean isVisible(int codePoint) {
        if (Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint)) {
            return false;
        }
        int type = Character.getType(codePoint);
        if (type == Character.FORMAT
                || type == Character.CONTROL
                || type == Character.UNASSIGNED
                || type == Character.SURROGATE
                || type == Character.PRIVATE_USE
                || type == Character.NON_SPACING_MARK
                || type == Character.ENCLOSING_MARK) {
            return false;
        }
        // letters that render as nothing: Hangul fillers, the braille blank, the combining grapheme joiner's kin
        return switch (codePoint) {
            case 0x115F, 0x1160, 0x3164, 0xFFA0, 0x2800, 0x034F, 0x180E -> false;
            default -> true;
        };
    }
}

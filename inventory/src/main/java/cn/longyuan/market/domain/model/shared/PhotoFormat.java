package cn.longyuan.market.domain.model.shared;

/**
 * What an uploaded photo was, as its first bytes said (a listing's photo, a buyer's photo of a return): whatever it
 * was, what is kept and served is a JPEG drawn afresh from it.
 */
public enum PhotoFormat {
    JPEG("image/jpeg"),
    PNG("image/png"),
    WEBP("image/webp");

    private final String contentType;

    PhotoFormat(String contentType) {
        this.contentType = contentType;
    }

    /** The media type a client names it by (an API body's {@code contentType}). */
    public String contentType() {
        return contentType;
    }

    /** The format of that media type, or null for any other. */
    public static PhotoFormat ofContentType(String type) {
        for (PhotoFormat f : values()) {
            if (f.contentType.equalsIgnoreCase(type)) {
                return f;
            }
        }
        return null;
    }
}

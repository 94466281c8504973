package cn.longyuan.market.application.imports;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** What a file brings in: its columns (as the forms and the REST bodies name the fields), which are required, an example row. */
public enum ImportKind {
    PRODUCTS(
            "products",
            List.of("craft", "nameZh", "nameEn", "descriptionZh", "descriptionEn", "price", "cooperative"),
            Set.of("craft", "nameZh", "nameEn", "descriptionZh", "descriptionEn", "price"),
            List.of(
                    "sachet",
                    "五毒香包",
                    "Five-creature sachet",
                    "手工刺绣，内装艾草。",
                    "Hand-embroidered, filled with mugwort.",
                    "68.00",
                    "")),
    ARTISANS(
            "artisans",
            List.of(
                    "displayName",
                    "publicConsent",
                    "storyZh",
                    "storyEn",
                    "realName",
                    "phone",
                    "idNumber",
                    "household",
                    "cooperative"),
            Set.of("displayName", "publicConsent"),
            List.of(
                    "绣花张嫂",
                    "yes",
                    "她绣了二十年香包。",
                    "She has embroidered sachets for twenty years.",
                    "",
                    "",
                    "",
                    "NOT_RECORDED",
                    "")),
    OPENING_STOCK(
            "opening-stock",
            List.of("product", "place", "quantity", "cooperative"),
            Set.of("product", "place", "quantity"),
            List.of("五毒香包", "合作社工坊", "12", ""));

    private final String path;
    private final List<String> columns;
    private final Set<String> required;
    private final List<String> example;

    ImportKind(String path, List<String> columns, Set<String> required, List<String> example) {
        this.path = path;
        this.columns = columns;
        this.required = required;
        this.example = example;
    }

    /** The kind as the REST path and the page name it ({@code products}, {@code artisans}, {@code opening-stock}). */
    public String path() {
        return path;
    }

    public List<String> columns() {
        return columns;
    }

    public boolean isRequired(String column) {
        return required.contains(column);
    }

    public List<String> example() {
        return example;
    }

    public static Optional<ImportKind> ofPath(String path) {
        if (path == null) {
            return Optional.empty();
        }
        String p = path.strip().toLowerCase(Locale.ROOT);
        for (ImportKind kind : values()) {
            if (kind.path.equals(p) || kind.name().equalsIgnoreCase(p)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}

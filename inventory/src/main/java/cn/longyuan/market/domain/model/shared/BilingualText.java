package cn.longyuan.market.domain.model.shared;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Locale;
import java.util.Objects;

/** A text that buyers read in Chinese or English (a product's name, a story). Chinese is required. */
@Embeddable
public final class BilingualText {

    @Column(name = "zh")
    private String zh;

    @Column(name = "en")
    private String en;

    protected BilingualText() {
        // for JPA
    }

    public BilingualText(String zh, String en) {
        if (zh == null || zh.isBlank()) {
            throw new IllegalArgumentException("the Chinese text is required");
        }
        this.zh = zh.strip();
        this.en = en == null || en.isBlank() ? null : en.strip();
    }

    public String zh() {
        return zh;
    }

    public String en() {
        return en;
    }

    /** The text in the locale's language; Chinese when English is asked for but missing. */
    public String in(Locale locale) {
        return "en".equals(locale.getLanguage()) && en != null ? en : zh;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof BilingualText other && zh.equals(other.zh) && Objects.equals(en, other.en);
    }

    @Override
    public int hashCode() {
        return Objects.hash(zh, en);
    }

    @Override
    public String toString() {
        return en == null ? zh : zh + " / " + en;
    }
}

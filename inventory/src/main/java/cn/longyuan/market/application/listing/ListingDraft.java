package cn.longyuan.market.application.listing;

import cn.longyuan.market.application.shared.FieldViolation;
import cn.longyuan.market.domain.model.shared.Money;
import java.util.ArrayList;
import java.util.List;

/**
 * A listing as the edit form sends it: craft code, names and descriptions in Chinese and English (descriptions
 * as HTML from the rich-text editor), price as typed ("68", "68.5", "68.50").
 */
public record ListingDraft(
        String craft, String nameZh, String nameEn, String descriptionZh, String descriptionEn, String price) {

    public static final int MAX_NAME = 200;
    /** No handicraft here costs more: a typo of a few zeros is caught. */
    public static final Money MAX_PRICE = Money.ofYuan(100_000);

    /** What is wrong with the fields, named as the form names them; empty when nothing is. */
    public List<FieldViolation> violations() {
        List<FieldViolation> v = new ArrayList<>();
        if (craft == null || craft.isBlank()) {
            v.add(new FieldViolation("craft", "choose a craft"));
        }
        name(v, "nameZh", nameZh);
        // English is optional (a manager may not write it; pages and the shop fall back to Chinese); a given
        // name is at most MAX_NAME, a given description no longer than the Chinese one may be
        if (nameEn != null && nameEn.strip().length() > MAX_NAME) {
            v.add(new FieldViolation("nameEn", "at most " + MAX_NAME + " characters"));
        }
        description(v, "descriptionZh", descriptionZh);
        if (descriptionEn != null && DescriptionHtml.sanitise(descriptionEn).length() > DescriptionHtml.MAX_LENGTH) {
            v.add(new FieldViolation("descriptionEn", "too long"));
        }
        if (price == null || price.isBlank()) {
            v.add(new FieldViolation("price", "required"));
        } else {
            try {
                Money money = Money.parse(price);
                if (money.isZero()) {
                    v.add(new FieldViolation("price", "must be more than 0"));
                } else if (money.compareTo(MAX_PRICE) > 0) {
                    v.add(new FieldViolation("price", "at most " + MAX_PRICE.toDecimalString()));
                }
            } catch (IllegalArgumentException e) {
                v.add(new FieldViolation("price", "a price in yuan with at most two decimals, such as 68.00"));
            }
        }
        return v;
    }

    Money money() {
        return Money.parse(price);
    }

    private static void name(List<FieldViolation> v, String field, String value) {
        if (value == null || value.isBlank()) {
            v.add(new FieldViolation(field, "required"));
        } else if (value.strip().length() > MAX_NAME) {
            v.add(new FieldViolation(field, "at most " + MAX_NAME + " characters"));
        }
    }

    private static void description(List<FieldViolation> v, String field, String html) {
        String clean = DescriptionHtml.sanitise(html);
        if (!DescriptionHtml.hasText(clean)) {
            v.add(new FieldViolation(field, "required"));
        } else if (clean.length() > DescriptionHtml.MAX_LENGTH) {
            v.add(new FieldViolation(field, "too long"));
        }
    }
}

package cn.longyuan.market.shop.interfaces.web.account;

import cn.longyuan.market.domain.model.ordering.ShippingAddress;
import cn.longyuan.market.shop.interfaces.web.ShopTexts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.model.SelectItem;
import jakarta.inject.Named;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The countries and regions a parcel may go to, as select options named in the page's language (the JDK's
 * ISO 3166 names: 德国 / Germany): China first, the others in the language's alphabetical order (pinyin for
 * Chinese). The value is the two-letter code the order keeps and the API takes.
 */
@Named
@ApplicationScoped
public class CountryOptions {

    private final Map<String, List<SelectItem>> byLanguage = new ConcurrentHashMap<>();

    public List<SelectItem> getCountries() {
        return of(ShopTexts.locale());
    }

    /** The options for a language; the same list every time it is asked. */
    public List<SelectItem> of(Locale language) {
        return byLanguage.computeIfAbsent(language.getLanguage(), l -> options(Locale.forLanguageTag(l)));
    }

    private static List<SelectItem> options(Locale language) {
        Collator collator = Collator.getInstance(language);
        List<SelectItem> others = new ArrayList<>(ShippingAddress.countryCodes().stream()
                .filter(code -> !"CN".equals(code))
                .map(code -> new SelectItem(code, name(code, language)))
                .toList());
        others.sort(Comparator.comparing(SelectItem::getLabel, collator));
        List<SelectItem> options = new ArrayList<>(others.size() + 1);
        options.add(new SelectItem("CN", name("CN", language)));
        options.addAll(others);
        return List.copyOf(options);
    }

    private static String name(String code, Locale language) {
        return Locale.of("", code).getDisplayCountry(language);
    }
}

package cn.longyuan.market.shop.interfaces.web.account;

import cn.longyuan.market.domain.model.ordering.ChinaRegions;
import cn.longyuan.market.shop.interfaces.web.ShopTexts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.model.SelectItem;
import jakarta.inject.Named;
import java.util.List;

/**
 * China's provinces and, for a chosen one, its cities, as select options in the page's language; the value is
 * always the Chinese name, which addresses keep. Used by the checkout and the address book.
 */
@Named
@ApplicationScoped
public class RegionOptions {

    public List<SelectItem> getProvinces() {
        return ChinaRegions.provinces().stream()
                .map(p -> new SelectItem(p.name().zh(), ShopTexts.in(p.name())))
                .toList();
    }

    /** The cities of the province (Chinese name); none for no province or an unknown one. */
    public List<SelectItem> cities(String province) {
        return ChinaRegions.province(province)
                .map(p -> p.cities().stream()
                        .map(c -> new SelectItem(c.zh(), ShopTexts.in(c)))
                        .toList())
                .orElse(List.of());
    }

    /** "甘肃省 金昌市" or "Jinchang, Gansu": a stored address's province and city in the page's language. */
    public static String place(String province, String city) {
        var p = ChinaRegions.province(province);
        if (p.isEmpty()) {
            return province + " " + city;
        }
        String cityName = p.get().cities().stream()
                .filter(c -> c.zh().equals(city))
                .findFirst()
                .map(ShopTexts::in)
                .orElse(city);
        return "en".equals(ShopTexts.locale().getLanguage())
                ? cityName + ", " + ShopTexts.in(p.get().name())
                : ShopTexts.in(p.get().name()) + " " + cityName;
    }
}

package cn.longyuan.market.shop.interfaces.web.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.longyuan.market.domain.model.ordering.ShippingAddress;
import jakarta.faces.model.SelectItem;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class CountryOptionsTest {

    private final CountryOptions options = new CountryOptions();

    @Test
    void chinaComesFirstNamedInThePagesLanguageAndEveryOptionIsACodeTheOrderTakes() {
        List<SelectItem> zh = options.of(Locale.SIMPLIFIED_CHINESE);
        List<SelectItem> en = options.of(Locale.ENGLISH);

        assertEquals("CN", zh.get(0).getValue());
        assertEquals("中国", zh.get(0).getLabel());
        assertEquals("China", en.get(0).getLabel());
        assertEquals(ShippingAddress.countryCodes().size(), zh.size());
        assertTrue(zh.stream().allMatch(o -> ShippingAddress.isCountryCode((String) o.getValue())));
        assertEquals(1, zh.stream().filter(o -> o.getValue().equals("CN")).count(), "China once");
        assertEquals("德国", labels(zh).get("DE"));
        assertEquals("Germany", labels(en).get("DE"));
    }

    @Test
    void afterChinaTheEnglishNamesAreInAlphabeticalOrder() {
        List<String> names = options.of(Locale.ENGLISH).stream()
                .skip(1)
                .map(SelectItem::getLabel)
                .toList();

        assertTrue(names.indexOf("Afghanistan") < names.indexOf("Germany"), names.toString());
        assertTrue(names.indexOf("Germany") < names.indexOf("Japan"), names.toString());
        assertTrue(names.indexOf("Japan") < names.indexOf("Zimbabwe"), names.toString());
    }

    private static Map<Object, String> labels(List<SelectItem> items) {
        return items.stream().collect(Collectors.toMap(SelectItem::getValue, SelectItem::getLabel));
    }
}

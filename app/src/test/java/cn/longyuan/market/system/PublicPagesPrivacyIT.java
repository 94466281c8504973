package cn.longyuan.market.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * No public page of the demo data — every page of the product grid, every product page, in both languages —
 * shows an artisan's phone, real name, ID number or household status, or even the words of those fields.
 * (Trace pages are reached only from printed codes; there is no public list of them to walk.)
 */
class PublicPagesPrivacyIT {

    /** Every demo artisan's phone starts so (DemoDataSet). */
    private static final String DEMO_PHONE_PREFIX = "1390000";
    /** The demo artisans' real names, which only the back office may show. */
    private static final List<String> REAL_NAMES =
            List.of("李秀兰", "王桂芳", "赵丽娟", "张翠英", "马玉梅", "陈燕", "刘晓霞", "周淑珍", "孙红霞", "杨兰英", "田小芳", "郭彩霞", "吴静");

    private static final List<String> PRIVATE_WORDS = List.of(
            "phone",
            "id number",
            "idnumber",
            "identity card",
            "household",
            "poverty",
            "poor household",
            "real name",
            "realname",
            "电话",
            "手机",
            "身份证",
            "贫困",
            "建档立卡",
            "脱贫",
            "户籍",
            "真实姓名");
    private static final Pattern SCRIPT = Pattern.compile("(?is)<script.*?</script>");
    private static final Pattern TAG = Pattern.compile("(?s)<[^>]*>");

    private final RunningApp app = RunningApp.get();

    @ParameterizedTest
    @ValueSource(strings = {"zh-CN", "en"})
    void noPublicPageShowsAnArtisansPrivateData(String language) {
        List<String> pages = new ArrayList<>();
        HttpResponse<String> home = Http.get(app.baseUri(), "Accept-Language", language);
        int products = Http.json(Http.get(app.uri("api/v1/products?size=100"))).getInt("total");
        for (int page = 0; page * 12 < products; page++) {
            pages.add("?page=" + page);
        }
        for (JsonObject product : Http.json(Http.get(app.uri("api/v1/products?size=100")))
                .getJsonArray("items")
                .getValuesAs(JsonObject.class)) {
            pages.add("product.xhtml?id=" + product.getString("id"));
        }
        assertEquals(200, home.statusCode());
        assertTrue(pages.size() > 28, pages.toString());

        for (String page : pages) {
            HttpResponse<String> response = Http.get(app.uri(page), "Accept-Language", language);
            assertEquals(200, response.statusCode(), page);
            String source = response.body();
            assertFalse(source.contains(DEMO_PHONE_PREFIX), page + " shows an artisan's phone");
            String text = TAG.matcher(SCRIPT.matcher(source).replaceAll(" "))
                    .replaceAll(" ")
                    .toLowerCase(Locale.ROOT);
            for (String name : REAL_NAMES) {
                assertFalse(text.contains(name), page + " shows the real name " + name);
            }
            for (String word : PRIVATE_WORDS) {
                assertFalse(text.contains(word), page + " shows the word '" + word + "'");
            }
        }
    }
}

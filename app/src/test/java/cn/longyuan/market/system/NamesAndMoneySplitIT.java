package cn.longyuan.market.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Issue 16 over HTTP: the public API and the shop's pages name products, crafts, courses, cooperatives, makers and
 * townships in the buyer's language (Chinese where no English exists), a township facet of the English search page
 * still filters by its township, and a product says where the money of one piece goes — the same in both languages.
 */
class NamesAndMoneySplitIT {

    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");

    private final RunningApp app = RunningApp.get();

    /** The product (in Chinese) whose makers include the demo's 巧手李姐, who has an English name. */
    private JsonObject productMadeBySisterLi() {
        for (JsonObject item : Http.json(Http.get(app.uri("api/v1/products?size=100")))
                .getJsonArray("items")
                .getValuesAs(JsonObject.class)) {
            JsonObject detail = Http.json(Http.get(app.uri("api/v1/products/" + item.getString("id"))));
            if (detail.getJsonArray("makers").getValuesAs(JsonObject.class).stream()
                    .anyMatch(m -> m.getString("displayName").equals("巧手李姐"))) {
                return detail;
            }
        }
        throw new AssertionError("no product made by 巧手李姐 in the demo data");
    }

    @Test
    void theProductApiNamesEverythingInEnglishWithLangEn() {
        JsonObject zh = productMadeBySisterLi();
        String id = zh.getString("id");
        JsonObject en = Http.json(Http.get(app.uri("api/v1/products/" + id + "?lang=en")));

        assertNotEquals(zh.getString("name"), en.getString("name"));
        assertFalse(HAN.matcher(en.getString("name")).find(), en.getString("name"));
        assertFalse(HAN.matcher(en.getString("craftName")).find(), en.getString("craftName"));
        assertFalse(
                HAN.matcher(en.getJsonObject("cooperative").getString("name")).find(),
                en.getJsonObject("cooperative").toString());
        List<JsonObject> zhMakers = zh.getJsonArray("makers").getValuesAs(JsonObject.class);
        List<JsonObject> enMakers = en.getJsonArray("makers").getValuesAs(JsonObject.class);
        assertEquals(zhMakers.size(), enMakers.size());
        int sisterLi =
                zhMakers.stream().map(m -> m.getString("displayName")).toList().indexOf("巧手李姐");
        assertEquals("Sister Li", enMakers.get(sisterLi).getString("displayName"));
        // her trainings: the courses and crafts by their English names
        enMakers.get(sisterLi)
                .getJsonArray("trainings")
                .getValuesAs(JsonObject.class)
                .forEach(t -> {
                    for (String field : List.of("course", "craftName")) {
                        assertFalse(HAN.matcher(t.getString(field)).find(), field + " in English: " + t);
                    }
                });
        // never her real name (李秀兰), in either language
        assertFalse(Http.get(app.uri("api/v1/products/" + id)).body().contains("李秀兰"));
        assertFalse(
                Http.get(app.uri("api/v1/products/" + id + "?lang=en")).body().contains("李秀兰"));
    }

    @Test
    void aProductSaysWhereTheMoneyOfOnePieceGoesTheSameInBothLanguages() {
        JsonObject zh = productMadeBySisterLi();
        String id = zh.getString("id");
        JsonObject split = zh.getJsonObject("split");
        assertEquals(
                split,
                Http.json(Http.get(app.uri("api/v1/products/" + id + "?lang=en")))
                        .getJsonObject("split"));
        assertEquals("CNY", split.getString("currency"));
        BigDecimal price = new BigDecimal(zh.getString("price"));
        BigDecimal maker = new BigDecimal(split.getString("maker"));
        BigDecimal cooperative = new BigDecimal(split.getString("cooperative"));
        BigDecimal broker = new BigDecimal(split.getString("broker"));
        assertEquals(
                0, maker.add(cooperative).add(broker).compareTo(price), "the shares add up to the price: " + split);
        BigDecimal makerPercent = new BigDecimal(split.getString("makerPercent"));
        BigDecimal brokerPercent = new BigDecimal(split.getString("brokerPercent"));
        BigDecimal cooperativePercent = new BigDecimal(split.getString("cooperativePercent"));
        assertEquals(0, makerPercent.add(brokerPercent).add(cooperativePercent).compareTo(new BigDecimal("100")));
        assertTrue(makerPercent.compareTo(new BigDecimal("50")) >= 0, "the maker's is the largest share: " + split);
        // the maker's and the broker's shares are their percent of the price, rounded down to the fen
        assertEquals(percentOf(price, makerPercent), maker, split.toString());
        assertEquals(percentOf(price, brokerPercent), broker, split.toString());
        for (String field : List.of("maker", "cooperative", "broker")) {
            assertTrue(split.getString(field).matches("\\d+\\.\\d{2}"), field + ": " + split);
        }
    }

    private static BigDecimal percentOf(BigDecimal price, BigDecimal percent) {
        return price.multiply(percent).divide(new BigDecimal("100"), 2, RoundingMode.FLOOR);
    }

    @Test
    void theProductPageShowsNamesAndTheSplitInThePagesLanguage() {
        JsonObject zh = productMadeBySisterLi();
        String id = zh.getString("id");
        JsonObject split = zh.getJsonObject("split");
        String en = Http.get(app.uri("products/" + id + "?lang=en")).body();
        assertTrue(en.contains("Sister Li"), "her English name on the English page");
        assertFalse(en.contains("巧手李姐"), "not her Chinese name");
        assertTrue(en.contains("Where the money goes"), "the money split block");
        assertTrue(en.contains("¥" + split.getString("maker")), "the maker's share in yuan");
        assertTrue(en.contains(split.getString("makerPercent").replaceAll("\\.?0+$", "") + "%"), "and in percent");
        assertFalse(en.contains("李秀兰"));
        String chinese = Http.get(app.uri("products/" + id + "?lang=zh")).body();
        assertTrue(chinese.contains("巧手李姐"));
        assertTrue(chinese.contains("钱去了哪里"));
        assertTrue(chinese.contains("¥" + split.getString("cooperative")));
    }

    @Test
    void theEnglishSearchPageNamesTownshipsInEnglishAndItsFacetStillFilters() {
        String page = Http.get(app.uri("search?lang=en")).body();
        String facets = page.substring(page.indexOf("id=\"facet-township\""));
        facets = facets.substring(0, facets.indexOf("</ul>"));
        assertTrue(facets.contains("Ningyuanpu Town"), facets);
        assertTrue(facets.contains("Shuangwan Town"), facets);
        String labels = facets.replaceAll("href=\"[^\"]*\"", "");
        assertFalse(labels.contains("宁远堡镇") || labels.contains("双湾镇"), "no Chinese name left: " + facets);

        Matcher link = Pattern.compile("href=\"([^\"]+)\"[^>]*>(?:(?!</a>).)*Shuangwan Town", Pattern.DOTALL)
                .matcher(facets);
        assertTrue(link.find(), facets);
        String href = link.group(1).replace("&amp;", "&");
        assertTrue(
                href.contains("township=" + URLEncoder.encode("双湾镇", StandardCharsets.UTF_8)),
                "it filters by the township's record: " + href);
        String filtered = Http.get(app.uri(href.replaceFirst("^/", "") + (href.contains("?") ? "&" : "?") + "lang=en"))
                .body();
        List<String> shuangwan = ids("双湾镇");
        List<String> ningyuan = ids("宁远堡镇");
        assertFalse(shuangwan.isEmpty());
        assertFalse(ningyuan.isEmpty());
        Matcher card = Pattern.compile("class=\"product-card\" data-product-id=\"(\\d+)\"")
                .matcher(filtered);
        int cards = 0;
        while (card.find()) {
            cards++;
            assertTrue(shuangwan.contains(card.group(1)), "a piece of Shuangwan: " + card.group(1));
            assertFalse(ningyuan.contains(card.group(1)));
        }
        assertEquals(Math.min(shuangwan.size(), 12), Math.min(cards, 12), "Shuangwan's pieces: " + cards);
    }

    /** The ids of every product on sale in the township, as the API's filter finds them. */
    private List<String> ids(String township) {
        return Http.json(Http.get(app.uri(
                        "api/v1/products?size=100&township=" + URLEncoder.encode(township, StandardCharsets.UTF_8))))
                .getJsonArray("items")
                .getValuesAs(JsonObject.class)
                .stream()
                .map(p -> p.getString("id"))
                .toList();
    }

    @Test
    void theCooperativePageNamesItsTownshipInTheVisitorsLanguage() {
        HttpResponse<String> zh = Http.get(
                app.uri("api/v1/products?size=1&township=" + URLEncoder.encode("宁远堡镇", StandardCharsets.UTF_8)));
        String cooperative = Http.json(zh)
                .getJsonArray("items")
                .getJsonObject(0)
                .getJsonObject("cooperative")
                .getString("id");
        String en =
                Http.get(app.uri("cooperatives/" + cooperative + "?lang=en")).body();
        assertTrue(en.contains("Ningyuanpu Town"), "the township in English");
        assertTrue(
                en.contains("township=" + URLEncoder.encode("宁远堡镇", StandardCharsets.UTF_8)),
                "its link filters by the township's record");
        assertTrue(Http.get(app.uri("cooperatives/" + cooperative + "?lang=zh"))
                .body()
                .contains(">宁远堡镇<"));
    }
}

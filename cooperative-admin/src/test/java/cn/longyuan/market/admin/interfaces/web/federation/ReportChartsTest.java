package cn.longyuan.market.admin.interfaces.web.federation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.longyuan.market.application.report.ChainReport.Figures;
import cn.longyuan.market.application.report.ChainReport.Row;
import cn.longyuan.market.domain.model.shared.BilingualText;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ReportChartsTest {

    private final List<Row> rows = List.of(
            new Row(
                    "c1",
                    new BilingualText("刺绣", "Embroidery"),
                    1L,
                    "EMBROIDERY",
                    new Figures(12, 7, 40, 30, 300000, 123456),
                    new Figures(5, 3, 10, 8, 80000, 5001)),
            new Row(
                    "c2",
                    new BilingualText("剪纸", "Paper-cutting"),
                    2L,
                    "PAPER_CUT",
                    new Figures(4, 0, 0, 0, 0, 0),
                    Figures.NONE));

    private final ReportCharts charts =
            new ReportCharts(rows, row -> row.label().in(Locale.ENGLISH), key -> "[" + key + "]");

    @Test
    void theWomenChartHasABarPerRowForEachFigureOfAllWomenAndOfThePoorHouseholds() {
        JsonObject chart = read(charts.women());

        assertEquals("bar", chart.getString("type"));
        JsonObject data = chart.getJsonObject("data");
        assertEquals(List.of("Embroidery", "Paper-cutting"), strings(data.getJsonArray("labels")));
        JsonArray sets = data.getJsonArray("datasets");
        assertEquals(4, sets.size());
        assertEquals(
                "[report.trained] · [report.allWomen]", sets.getJsonObject(0).getString("label"));
        assertEquals(List.of(12, 4), ints(sets.getJsonObject(0).getJsonArray("data")));
        assertEquals(List.of(7, 0), ints(sets.getJsonObject(1).getJsonArray("data")));
        assertEquals(
                "[report.trained] · [report.poorWomen]", sets.getJsonObject(2).getString("label"));
        assertEquals(List.of(5, 0), ints(sets.getJsonObject(2).getJsonArray("data")));
        assertEquals(List.of(3, 0), ints(sets.getJsonObject(3).getJsonArray("data")));
        assertEquals(
                0,
                chart.getJsonObject("options")
                        .getJsonObject("scales")
                        .getJsonObject("y")
                        .getJsonObject("ticks")
                        .getInt("precision"));
    }

    @Test
    void theIncomeChartIsInYuanWithTwoDecimals() {
        JsonObject chart = read(charts.income());

        JsonArray sets = chart.getJsonObject("data").getJsonArray("datasets");
        assertEquals(2, sets.size());
        assertEquals(
                List.of(new BigDecimal("1234.56"), new BigDecimal("0.00")),
                decimals(sets.getJsonObject(0).getJsonArray("data")));
        assertEquals(
                List.of(new BigDecimal("50.01"), new BigDecimal("0.00")),
                decimals(sets.getJsonObject(1).getJsonArray("data")));
        assertEquals(
                "[report.income] · [report.poorWomen]", sets.getJsonObject(1).getString("label"));
        assertEquals(false, chart.getJsonObject("options").getBoolean("animation"));
    }

    private static JsonObject read(String json) {
        try (var reader = Json.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }

    private static List<String> strings(JsonArray array) {
        return array.getValuesAs(jakarta.json.JsonString.class).stream()
                .map(jakarta.json.JsonString::getString)
                .toList();
    }

    private static List<Integer> ints(JsonArray array) {
        return array.getValuesAs(jakarta.json.JsonNumber.class).stream()
                .map(jakarta.json.JsonNumber::intValueExact)
                .toList();
    }

    private static List<BigDecimal> decimals(JsonArray array) {
        return array.getValuesAs(jakarta.json.JsonNumber.class).stream()
                .map(jakarta.json.JsonNumber::bigDecimalValue)
                .toList();
    }
}

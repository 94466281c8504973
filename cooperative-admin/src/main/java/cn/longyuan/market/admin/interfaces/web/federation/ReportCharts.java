package cn.longyuan.market.admin.interfaces.web.federation;

import cn.longyuan.market.application.report.ChainReport.Figures;
import cn.longyuan.market.application.report.ChainReport.Row;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;

/**
 * The chain report's rows as the Chart.js bar models {@code p:chart} takes: one bar per row, each figure once for all
 * women and once for the poor households' women. Labels and texts come in from the page, so this class needs no
 * Faces context.
 */
final class ReportCharts {

    private static final String DARK_RED = "#7a1f1a";
    private static final String OCHRE = "#d08c60";
    private static final String BLUE = "#3b6e8f";
    private static final String LIGHT_BLUE = "#8fb8d0";

    private final List<Row> rows;
    private final Function<Row, String> rowLabel;
    private final Function<String, String> text;

    /**
     * @param rowLabel the row's name in the page's language
     * @param text a message of the page's bundle by its key
     */
    ReportCharts(List<Row> rows, Function<Row, String> rowLabel, Function<String, String> text) {
        this.rows = rows;
        this.rowLabel = rowLabel;
        this.text = text;
    }

    /** Women trained and women who then produced, per row, all women and the poor households'. */
    String women() {
        return chart(
                List.of(
                        dataset("report.trained", Figures::womenTrained, false, DARK_RED),
                        dataset("report.produced", Figures::womenProduced, false, OCHRE),
                        dataset("report.trained", Figures::womenTrained, true, BLUE),
                        dataset("report.produced", Figures::womenProduced, true, LIGHT_BLUE)),
                0);
    }

    /** The income that reached the women, per row, in yuan (all women, and the poor households'). */
    String income() {
        return chart(
                List.of(
                        dataset("report.income", f -> BigDecimal.valueOf(f.incomeFen(), 2), false, DARK_RED),
                        dataset("report.income", f -> BigDecimal.valueOf(f.incomeFen(), 2), true, BLUE)),
                2);
    }

    private JsonObjectBuilder dataset(String key, Function<Figures, Number> value, boolean poor, String colour) {
        JsonArrayBuilder data = Json.createArrayBuilder();
        for (Row row : rows) {
            Number n = value.apply(poor ? row.poor() : row.all());
            if (n instanceof BigDecimal d) {
                data.add(d);
            } else {
                data.add(n.longValue());
            }
        }
        return Json.createObjectBuilder()
                .add("label", text.apply(key) + " · " + text.apply(poor ? "report.poorWomen" : "report.allWomen"))
                .add("data", data)
                .add("backgroundColor", colour);
    }

    private String chart(List<JsonObjectBuilder> datasets, int precision) {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        rows.forEach(r -> labels.add(rowLabel.apply(r)));
        JsonArrayBuilder sets = Json.createArrayBuilder();
        datasets.forEach(sets::add);
        JsonObjectBuilder yAxis = Json.createObjectBuilder()
                .add("beginAtZero", true)
                .add("ticks", Json.createObjectBuilder().add("precision", precision));
        return Json.createObjectBuilder()
                .add("type", "bar")
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", sets))
                .add(
                        "options",
                        Json.createObjectBuilder()
                                .add("responsive", true)
                                .add("maintainAspectRatio", false)
                                // drawn at once: a printed or captured page shows the bars, not the first frame of an
                                // animation
                                .add("animation", false)
                                .add("scales", Json.createObjectBuilder().add("y", yAxis)))
                .build()
                .toString();
    }
}

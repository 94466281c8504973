package cn.longyuan.market.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The federation's chain report over HTTP and the shop's public impact page (issue 8): the report answers the
 * demo data's figures to federation staff, refuses a backwards period, and the public page shows the same totals
 * with no woman's name, phone or household in its HTML.
 */
class FederationReportIT {

    private final RunningApp app = RunningApp.get();

    private static final Pattern FIGURE = Pattern.compile("id=\"(womenTrained|womenProducing)\"[^>]*>([^<]*)<");

    @Test
    void thePublicImpactPageShowsTheReportsTotalsAndNoWomansPrivateOrPublicIdentity() {
        List<JsonObject> artisans = Http.jsonArray(BackOffice.get(app, "federation", "/api/v1/artisans"));
        assertTrue(artisans.size() >= 10, "the demo data's artisans");
        JsonObject allTime = Http.json(BackOffice.get(app, "federation", "/api/v1/reports/chain?from=2000-01-01"));

        for (String lang : List.of("zh", "en")) {
            HttpResponse<String> page = Http.get(app.uri("impact?lang=" + lang));
            assertEquals(200, page.statusCode());
            String html = page.body();
            Matcher figures = FIGURE.matcher(html);
            assertTrue(figures.find(), html);
            assertEquals(
                    String.valueOf(allTime.getJsonObject("total").getInt("womenTrained")),
                    figures.group(2).strip());
            assertTrue(figures.find(), html);
            assertEquals(
                    String.valueOf(allTime.getJsonObject("total").getInt("womenProduced")),
                    figures.group(2).strip());
            assertTrue(allTime.getJsonObject("total").getInt("womenTrained") >= 10, allTime.toString());

            for (JsonObject artisan : artisans) {
                for (String field : List.of("displayName", "realName", "phone")) {
                    String value = artisan.getString(field, null);
                    if (value != null && !value.isBlank()) {
                        assertFalse(html.contains(value), lang + ": the impact page names " + field + " " + value);
                    }
                }
            }
            for (String word : List.of(
                    "贫困",
                    "建档立卡",
                    "脱贫",
                    "低保",
                    "poor",
                    "Poor",
                    "household",
                    "Household",
                    "REGISTERED_POOR",
                    "LIFTED_OUT",
                    "NOT_POOR")) {
                assertFalse(html.contains(word), lang + ": household word " + word + " on the impact page");
            }
        }
        // the shop's footer leads there
        assertTrue(Http.get(app.uri("")).body().contains("/impact"));
    }

    @Test
    void theChainReportAnswersFederationStaffPerCourseWithThePoorHouseholdsSeparately() {
        HttpResponse<String> answer =
                BackOffice.get(app, "federation", "/api/v1/reports/chain?from=2000-01-01&group=course");
        assertEquals(200, answer.statusCode(), answer.body());
        JsonObject report = Http.json(answer);
        List<JsonObject> rows = report.getJsonArray("rows").getValuesAs(JsonObject.class);
        assertFalse(rows.isEmpty());
        int trainedInRows = 0;
        for (JsonObject row : rows) {
            JsonObject all = row.getJsonObject("all");
            JsonObject poor = row.getJsonObject("registeredPoor");
            assertTrue(poor.getInt("womenTrained") <= all.getInt("womenTrained"), row.toString());
            assertEquals("CNY", all.getString("currency"));
            trainedInRows += all.getInt("womenTrained");
            // the drill-down of the row's course lists as many women as the row counts (all completed in the period)
            JsonObject course = Http.json(BackOffice.get(
                    app,
                    "federation",
                    "/api/v1/reports/chain/courses/" + row.getString("course") + "?from=2000-01-01"));
            assertEquals(
                    all.getInt("womenTrained"), course.getJsonArray("trainees").size(), course.toString());
            assertEquals(all, course.getJsonObject("all"));
        }
        // a woman trained in two courses counts in both rows, once in the total
        assertTrue(report.getJsonObject("total").getInt("womenTrained") <= trainedInRows);

        HttpResponse<String> backwards =
                BackOffice.get(app, "federation", "/api/v1/reports/chain?from=2026-12-31&to=2026-01-01");
        assertEquals(400, backwards.statusCode());
        assertEquals("VALIDATION", Http.json(backwards).getString("error"));
        assertEquals(
                "to",
                Http.json(backwards).getJsonArray("violations").getJsonObject(0).getString("field"));
        ApiErrors.assertNoStackTrace(backwards);

        assertEquals(
                403,
                BackOffice.get(app, "coop-ningyuan", "/api/v1/reports/chain").statusCode());
    }
}

package cn.longyuan.market.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * The import over the back-office API (issue 17): a manager's dry run names the bad rows and writes nothing, the
 * real import with a bad row is 400 naming rows[n].column and writes nothing, the fixed file is 201 and her members
 * are there; an Excel workbook is read like the CSV; another cooperative is 404, a broker 403, federation staff name
 * the cooperative, a body over 1 MB is 413.
 */
class ImportIT {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private final RunningApp app = RunningApp.get();

    private HttpResponse<String> upload(String user, String path, String contentType, byte[] body) {
        return Http.send(HttpRequest.newBuilder(app.uri("admin" + path))
                .timeout(Duration.ofSeconds(120))
                .header("Content-Type", contentType)
                .header("Authorization", BackOffice.basic(user, BackOffice.DEMO_PASSWORD))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build());
    }

    private Set<String> memberNames(String user) {
        return Http.jsonArray(BackOffice.get(app, user, "/api/v1/artisans")).stream()
                .map(a -> a.getString("displayName"))
                .collect(Collectors.toSet());
    }

    @Test
    void aManagersFileIsPreviewedRefusedWithItsBadRowAndWrittenWholeOnceFixed() {
        String tag = Long.toString(System.nanoTime(), 36);
        String good = "\uFEFFdisplayName,publicConsent,storyZh,phone,household\r\n"
                + "接口巧手甲" + tag + ",no,,13900001111,NOT_POOR\r\n"
                + "接口巧手乙" + tag + ",yes,她会剪窗花。,,\r\n";
        String bad = good + "接口巧手丙" + tag + ",maybe,,12345,\r\n";

        HttpResponse<String> preview = upload(
                "coop-ningyuan",
                "/api/v1/imports/artisans?dryRun=true",
                "text/csv",
                bad.getBytes(StandardCharsets.UTF_8));
        assertEquals(200, preview.statusCode(), preview.body());
        JsonObject report = Http.json(preview);
        assertEquals(3, report.getInt("rows"));
        assertEquals(0, report.getInt("created"));
        assertFalse(report.getBoolean("written"));
        assertEquals(
                List.of(4),
                report.getJsonArray("badRows").getValuesAs(jakarta.json.JsonNumber.class).stream()
                        .map(jakarta.json.JsonNumber::intValue)
                        .toList());
        assertEquals(
                Set.of("4 publicConsent yesNo", "4 phone phone"),
                report.getJsonArray("problems").getValuesAs(JsonObject.class).stream()
                        .map(p -> p.getInt("row") + " " + p.getString("column") + " " + p.getString("code"))
                        .collect(Collectors.toSet()));
        assertFalse(preview.body().contains("12345"), "no cell value in the report");
        assertEquals(2, report.getJsonArray("accepted").size());

        HttpResponse<String> refused =
                upload("coop-ningyuan", "/api/v1/imports/artisans", "text/csv", bad.getBytes(StandardCharsets.UTF_8));
        assertEquals(400, refused.statusCode(), refused.body());
        JsonObject error = Http.json(refused);
        assertEquals("VALIDATION", error.getString("error"));
        assertEquals(
                Set.of("rows[4].publicConsent", "rows[4].phone"),
                error.getJsonArray("violations").getValuesAs(JsonObject.class).stream()
                        .map(v -> v.getString("field"))
                        .collect(Collectors.toSet()));
        assertFalse(memberNames("coop-ningyuan").contains("接口巧手甲" + tag), "nothing half-imported");

        HttpResponse<String> written =
                upload("coop-ningyuan", "/api/v1/imports/artisans", "text/csv", good.getBytes(StandardCharsets.UTF_8));
        assertEquals(201, written.statusCode(), written.body());
        assertEquals(2, Http.json(written).getInt("created"));
        assertTrue(memberNames("coop-ningyuan").containsAll(Set.of("接口巧手甲" + tag, "接口巧手乙" + tag)));

        // the same file again: both are members already
        HttpResponse<String> again =
                upload("coop-ningyuan", "/api/v1/imports/artisans", "text/csv", good.getBytes(StandardCharsets.UTF_8));
        assertEquals(400, again.statusCode(), again.body());
        assertTrue(again.body().contains("rows[2].displayName") && again.body().contains("rows[3].displayName"));

        // the audit trail has the import: who, what kind, how many
        HttpResponse<String> audit =
                BackOffice.get(app, "federation", "/api/v1/audit?user=coop-ningyuan&action=IMPORTED");
        assertEquals(200, audit.statusCode(), audit.body());
        assertTrue(
                Http.json(audit).getJsonArray("items").getValuesAs(JsonObject.class).stream()
                        .anyMatch(e -> e.getString("detail").equals("ARTISANS × 2")
                                && e.getString("subjectType").equals("cooperative")),
                audit.body());
    }

    @Test
    void anExcelWorkbookIsReadLikeItsCsv() throws IOException {
        String tag = Long.toString(System.nanoTime(), 36);
        byte[] workbook;
        try (XSSFWorkbook book = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            var sheet = book.createSheet("members");
            String[][] rows = {
                {"displayName", "publicConsent", "idNumber"},
                {"表格巧手" + tag, "否", "11010519491231002X"},
                {"表格巧手" + tag, "否", ""}
            };
            for (int r = 0; r < rows.length; r++) {
                var row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    row.createCell(c).setCellValue(rows[r][c]);
                }
            }
            book.write(out);
            workbook = out.toByteArray();
        }
        HttpResponse<String> preview = upload("coop-ningyuan", "/api/v1/imports/artisans?dryRun=true", XLSX, workbook);
        assertEquals(200, preview.statusCode(), preview.body());
        JsonObject problem = Http.json(preview).getJsonArray("problems").getJsonObject(0);
        assertEquals(3, problem.getInt("row"));
        assertEquals("displayName", problem.getString("column"));
        assertEquals("duplicateInFile", problem.getString("code"));
        assertFalse(preview.body().contains("11010519491231002X"), "no ID number in the report");
    }

    @Test
    void aManagerImportsOnlyIntoHerOwnCooperativeABrokerNotAtAllAndStaffNameTheCooperative() {
        String ningyuan = Http.jsonArray(BackOffice.get(app, "coop-ningyuan", "/api/v1/artisans"))
                .get(0)
                .getJsonObject("cooperative")
                .getString("id");
        String other = Http.jsonArray(BackOffice.get(app, "federation", "/api/v1/cooperatives")).stream()
                .map(c -> c.getString("id"))
                .filter(id -> !id.equals(ningyuan))
                .findFirst()
                .orElseThrow();
        byte[] file = "displayName,publicConsent\n不该进来的人,no\n".getBytes(StandardCharsets.UTF_8);

        HttpResponse<String> intoOther =
                upload("coop-ningyuan", "/api/v1/imports/artisans?dryRun=true&cooperative=" + other, "text/csv", file);
        assertEquals(404, intoOther.statusCode(), intoOther.body());
        assertEquals("NOT_FOUND", Http.json(intoOther).getString("error"));

        byte[] naming =
                ("displayName,publicConsent,cooperative\n不该进来的人,no," + other + "\n").getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> rowOfOther = upload("coop-ningyuan", "/api/v1/imports/artisans", "text/csv", naming);
        assertEquals(400, rowOfOther.statusCode(), rowOfOther.body());
        assertEquals(
                "rows[2].cooperative",
                Http.json(rowOfOther)
                        .getJsonArray("violations")
                        .getJsonObject(0)
                        .getString("field"));

        HttpResponse<String> broker = upload("broker-li", "/api/v1/imports/artisans?dryRun=true", "text/csv", file);
        assertEquals(403, broker.statusCode(), broker.body());
        assertEquals("FORBIDDEN", Http.json(broker).getString("error"));

        HttpResponse<String> staffWithout =
                upload("federation", "/api/v1/imports/artisans?dryRun=true", "text/csv", file);
        assertEquals(400, staffWithout.statusCode(), staffWithout.body());
        assertEquals(
                "cooperative",
                Http.json(staffWithout)
                        .getJsonArray("violations")
                        .getJsonObject(0)
                        .getString("field"));
        HttpResponse<String> staff =
                upload("federation", "/api/v1/imports/artisans?dryRun=true&cooperative=" + other, "text/csv", file);
        assertEquals(200, staff.statusCode(), staff.body());
        assertEquals(other, Http.json(staff).getJsonObject("cooperative").getString("id"));
        assertEquals(1, Http.json(staff).getInt("created"));

        HttpResponse<String> kind = upload("coop-ningyuan", "/api/v1/imports/orders?dryRun=true", "text/csv", file);
        assertEquals(404, kind.statusCode(), kind.body());
        HttpResponse<String> flag = upload("coop-ningyuan", "/api/v1/imports/artisans?dryRun=maybe", "text/csv", file);
        assertEquals(400, flag.statusCode(), flag.body());
        assertEquals(
                "dryRun",
                Http.json(flag).getJsonArray("violations").getJsonObject(0).getString("field"));
        HttpResponse<String> huge = upload(
                "coop-ningyuan",
                "/api/v1/imports/artisans?dryRun=true",
                "text/csv",
                ("displayName,publicConsent\n" + "长,no\n".repeat(300_000)).getBytes(StandardCharsets.UTF_8));
        assertEquals(413, huge.statusCode(), huge.body());
        HttpResponse<String> gbk = upload(
                "coop-ningyuan",
                "/api/v1/imports/artisans?dryRun=true",
                "text/csv",
                "displayName,publicConsent\n香包王嫂,no\n".getBytes(java.nio.charset.Charset.forName("GBK")));
        assertEquals(400, gbk.statusCode(), gbk.body());
        assertEquals(
                "file",
                Http.json(gbk).getJsonArray("violations").getJsonObject(0).getString("field"));
    }
}

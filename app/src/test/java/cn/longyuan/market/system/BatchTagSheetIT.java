package cn.longyuan.market.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A batch's QR tag sheet, as the batches page links it (the page answers the PDF itself, under its login) and as the
 * call answers it: the cooperative's own batch opens, another cooperative's and a made-up one are not found.
 */
class BatchTagSheetIT {

    private final RunningApp app = RunningApp.get();

    @Test
    void aManagerOpensHerBatchsTagSheetAndNoOtherCooperatives() {
        List<JsonObject> batches = Http.jsonArray(BackOffice.get(app, "coop-ningyuan", "/api/v1/production-batches"));
        assertFalse(batches.isEmpty(), "the demo's batches");
        String batch = batches.get(0).getString("id");

        BackOffice.Session manager = BackOffice.session(app, "coop-ningyuan");
        HttpResponse<String> sheet = manager.get("/batch-tags.xhtml?batch=" + batch);
        assertEquals(200, sheet.statusCode(), sheet.body());
        assertEquals(
                "application/pdf", sheet.headers().firstValue("Content-Type").orElse(""));
        assertTrue(
                sheet.headers().firstValue("Content-Disposition").orElse("").startsWith("inline; filename="),
                sheet.headers().map().toString());
        assertTrue(sheet.body().startsWith("%PDF"), "a PDF document");

        HttpResponse<String> call =
                BackOffice.get(app, "coop-ningyuan", "/api/v1/production-batches/" + batch + "/tags.pdf");
        assertEquals(200, call.statusCode());
        assertTrue(call.body().startsWith("%PDF"));

        BackOffice.Session other = BackOffice.session(app, "coop-shuangwan");
        assertEquals(404, other.get("/batch-tags.xhtml?batch=" + batch).statusCode(), "another cooperative's batch");
        assertEquals(404, manager.get("/batch-tags.xhtml?batch=no-such-batch").statusCode());
        assertEquals(
                404,
                BackOffice.get(app, "coop-shuangwan", "/api/v1/production-batches/" + batch + "/tags.pdf")
                        .statusCode());
    }
}

package cn.longyuan.market.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The back-office accounts and the assignment of orders over the REST API (issue 17): an account staff made with a given
 * password reaches nothing but the own-password call until she changed it; a disabled account is refused at once (the
 * minute's cache of Basic checks notwithstanding), a new role counts at once, a reset stops the old password and ends
 * her page session; an order
 * is assigned to a broker by its cooperative's manager. Bad bodies are 4xx with field and reason.
 */
class BackOfficeAccountsIT {

    private final RunningApp app = RunningApp.get();

    private HttpResponse<String> as(String user, String password, String method, String path, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(app.uri("admin" + path))
                .timeout(Duration.ofSeconds(60))
                .header("Authorization", BackOffice.basic(user, password))
                .header("Content-Type", "application/json")
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        return Http.send(request.build());
    }

    private HttpResponse<String> staff(String method, String path, String body) {
        return as("federation", BackOffice.DEMO_PASSWORD, method, path, body);
    }

    @Test
    void aGivenPasswordMustBeChangedAndDisablingReRolingAndResettingCountAtOnce() {
        String user = "api-broker" + System.nanoTime() % 1_000_000;
        HttpResponse<String> created = staff(
                "POST",
                "/api/v1/accounts",
                "{\"username\": \"" + user
                        + "\", \"displayName\": \"接口经纪人\", \"role\": \"BROKER\", \"password\": \"given-password-1\"}");
        assertEquals(201, created.statusCode(), created.body());
        JsonObject account = Http.json(created).getJsonObject("account");
        assertTrue(account.getBoolean("mustChangePassword"));
        assertFalse(Http.json(created).containsKey("setPasswordLink"));

        ApiErrors.assertError(as(user, "given-password-1", "GET", "/api/v1/desk", null), 403, "FORBIDDEN");
        ApiErrors.assertError(
                as(
                        user,
                        "given-password-1",
                        "POST",
                        "/api/v1/account/password",
                        "{\"currentPassword\": \"wrong-password-9\", \"newPassword\": \"own-password-22\"}"),
                400,
                "VALIDATION",
                "currentPassword");
        ApiErrors.assertError(
                as(
                        user,
                        "given-password-1",
                        "POST",
                        "/api/v1/account/password",
                        "{\"currentPassword\": \"given-password-1\", \"newPassword\": \"short\"}"),
                400,
                "VALIDATION",
                "newPassword");
        HttpResponse<String> changed = as(
                user,
                "given-password-1",
                "POST",
                "/api/v1/account/password",
                "{\"currentPassword\": \"given-password-1\", \"newPassword\": \"own-password-22\"}");
        assertEquals(200, changed.statusCode(), changed.body());
        assertEquals(
                200, as(user, "own-password-22", "GET", "/api/v1/desk", null).statusCode());

        assertFalse(Http.json(staff("POST", "/api/v1/accounts/" + user + "/disable", null))
                .getBoolean("active"));
        ApiErrors.assertError(as(user, "own-password-22", "GET", "/api/v1/desk", null), 401, "UNAUTHORIZED");
        ApiErrors.assertError(staff("POST", "/api/v1/accounts/" + user + "/disable", null), 409, "INVALID_STATE");
        assertTrue(Http.json(staff("POST", "/api/v1/accounts/" + user + "/enable", null))
                .getBoolean("active"));
        assertEquals(
                200, as(user, "own-password-22", "GET", "/api/v1/desk", null).statusCode());

        ApiErrors.assertError(
                staff("PUT", "/api/v1/accounts/" + user + "/role", "{\"role\": \"COOP_MANAGER\"}"),
                400,
                "VALIDATION",
                "cooperativeId");
        String ningyuan = Http.jsonArray(BackOffice.get(app, "coop-ningyuan", "/api/v1/artisans"))
                .get(0)
                .getJsonObject("cooperative")
                .getString("id");
        HttpResponse<String> reRoled = staff(
                "PUT",
                "/api/v1/accounts/" + user + "/role",
                "{\"role\": \"COOP_MANAGER\", \"cooperativeId\": \"" + ningyuan + "\"}");
        assertEquals("COOP_MANAGER", Http.json(reRoled).getString("role"), reRoled.body());
        ApiErrors.assertError(as(user, "own-password-22", "GET", "/api/v1/desk", null), 403, "FORBIDDEN");
        assertEquals(
                200,
                as(user, "own-password-22", "GET", "/api/v1/training-courses", null)
                        .statusCode());

        BackOffice.Session page = new BackOffice.Session(app);
        assertEquals(302, page.login(user, "own-password-22").statusCode());
        assertEquals(200, page.get("/index.xhtml").statusCode());
        HttpResponse<String> reset = staff("POST", "/api/v1/accounts/" + user + "/reset", null);
        assertTrue(
                Http.json(reset).getString("setPasswordLink").startsWith("/admin/set-password.xhtml?token="),
                reset.body());
        ApiErrors.assertError(
                as(user, "own-password-22", "GET", "/api/v1/training-courses", null), 401, "UNAUTHORIZED");
        HttpResponse<String> afterReset = page.get("/index.xhtml");
        assertEquals(302, afterReset.statusCode(), "a reset ends her page session too");
        assertTrue(afterReset.headers().firstValue("Location").orElse("").contains("/admin/login.xhtml"));

        List<JsonObject> all = Http.jsonArray(staff("GET", "/api/v1/accounts", null));
        assertTrue(all.stream().anyMatch(a -> a.getString("username").equals(user)));
        assertTrue(all.stream().noneMatch(a -> a.getString("role").equals("BUYER")), "buyers are the shop's");
        ApiErrors.assertError(staff("POST", "/api/v1/accounts/buyer-wang/disable", null), 404, "NOT_FOUND");
        ApiErrors.assertError(staff("POST", "/api/v1/accounts/federation/reset", null), 409, "INVALID_STATE");
    }

    @Test
    void badAccountBodiesAreRefusedWithTheirFields() {
        ApiErrors.assertError(
                staff(
                        "POST",
                        "/api/v1/accounts",
                        "{\"username\": \"Not Valid\", \"displayName\": \" \", \"role\": \"BUYER\"}"),
                400,
                "VALIDATION",
                "username",
                "displayName",
                "role");
        ApiErrors.assertError(
                staff(
                        "POST",
                        "/api/v1/accounts",
                        "{\"username\": \"x-ok-name\", \"role\": \"KING\", \"displayName\": \"x\"}"),
                400,
                "VALIDATION",
                "role");
        ApiErrors.assertError(
                staff(
                        "POST",
                        "/api/v1/accounts",
                        "{\"username\": \"x-ok-name\", \"displayName\": \"x\", \"role\": \"BROKER\","
                                + " \"cooperativeId\": \"abc\"}"),
                400,
                "VALIDATION",
                "cooperativeId");
        ApiErrors.assertError(
                staff(
                        "POST",
                        "/api/v1/accounts",
                        "{\"username\": \"x-ok-name\", \"displayName\": \"x\", \"role\": \"BROKER\","
                                + " \"password\": \"short\"}"),
                400,
                "VALIDATION",
                "password");
        assertEquals(
                400,
                staff("POST", "/api/v1/accounts", "{\"username\": \"x\", \"isAdmin\": true}")
                        .statusCode());
        assertEquals(400, staff("POST", "/api/v1/accounts", "[]").statusCode());
        ApiErrors.assertError(
                staff("POST", "/api/v1/accounts/nobody-at-all/reset", "{\"temporaryPassword\": 12}"),
                400,
                "VALIDATION",
                "temporaryPassword");
        ApiErrors.assertError(staff("PUT", "/api/v1/accounts/broker-li/role", "{}"), 400, "VALIDATION", "role");
        ApiErrors.assertError(
                staff("POST", "/api/v1/accounts/" + "a".repeat(300) + "/disable", null), 404, "NOT_FOUND");
    }

    @Test
    void aManagerAssignsHerCooperativesShopOrderToABroker() {
        BackOfficeFixtures fixtures = new BackOfficeFixtures(app);
        HttpResponse<String> placed = Http.post(
                app.uri("api/v1/orders"),
                "application/json",
                PublicApiIT.orderBody(fixtures.ownProduct, 1, "BANK_TRANSFER"),
                "Idempotency-Key",
                "assign-" + System.nanoTime());
        assertEquals(201, placed.statusCode(), placed.body());
        String number = Http.json(placed).getString("number");

        ApiErrors.assertError(
                BackOffice.post(app, "coop-ningyuan", "/api/v1/orders/" + number + "/broker", "{\"broker\": 5}"),
                400,
                "VALIDATION",
                "broker");
        ApiErrors.assertError(
                BackOffice.post(
                        app,
                        "coop-ningyuan",
                        "/api/v1/orders/" + number + "/broker",
                        "{\"broker\": \"coop-shuangwan\"}"),
                400,
                "VALIDATION",
                "broker");
        ApiErrors.assertError(
                BackOffice.post(
                        app, "coop-shuangwan", "/api/v1/orders/" + number + "/broker", "{\"broker\": \"broker-zhao\"}"),
                404,
                "NOT_FOUND");
        HttpResponse<String> assigned = BackOffice.post(
                app, "coop-ningyuan", "/api/v1/orders/" + number + "/broker", "{\"broker\": \"broker-zhao\"}");
        assertEquals(200, assigned.statusCode(), assigned.body());
        assertTrue(Http.jsonArray(BackOffice.get(app, "broker-zhao", "/api/v1/desk/" + number + "/notes")).stream()
                .anyMatch(n -> n.getString("text").contains("assigned to broker-zhao by coop-ningyuan")));
        ApiErrors.assertError(
                BackOffice.post(
                        app, "federation", "/api/v1/orders/" + number + "/broker", "{\"broker\": \"broker-li\"}"),
                409,
                "INVALID_STATE");
    }

    @Test
    void staffSetAnAccountsEmailSheChangesHerOwnWithHerPasswordAndBadOnesAreRefused() {
        String user = "api-mail" + System.nanoTime() % 1_000_000;
        HttpResponse<String> created = staff(
                "POST",
                "/api/v1/accounts",
                "{\"username\": \"" + user + "\", \"displayName\": \"邮箱经纪人\", \"role\": \"BROKER\", "
                        + "\"password\": \"given-password-1\", \"email\": \" first@coop.example \"}");
        assertEquals(201, created.statusCode(), created.body());
        assertEquals(
                "first@coop.example",
                Http.json(created).getJsonObject("account").getString("email"),
                "trimmed as stored");
        ApiErrors.assertError(
                staff(
                        "POST",
                        "/api/v1/accounts",
                        "{\"username\": \"" + user + "x\", \"displayName\": \"x\", \"role\": \"BROKER\", "
                                + "\"email\": \"first@coop\"}"),
                400,
                "VALIDATION",
                "email");
        as(
                user,
                "given-password-1",
                "POST",
                "/api/v1/account/password",
                "{\"currentPassword\": \"given-password-1\", \"newPassword\": \"own-password-22\"}");

        ApiErrors.assertError(
                staff("PUT", "/api/v1/accounts/" + user + "/email", "{\"email\": \"a@b.cn, c@d.cn\"}"),
                400,
                "VALIDATION",
                "email");
        ApiErrors.assertError(staff("PUT", "/api/v1/accounts/" + user + "/email", "{}"), 400, "VALIDATION", "email");
        ApiErrors.assertError(
                staff("PUT", "/api/v1/accounts/" + user + "/email", "{\"email\": 7}"), 400, "VALIDATION", "email");
        ApiErrors.assertError(
                staff("PUT", "/api/v1/accounts/nobody-here/email", "{\"email\": \"x@y.cn\"}"), 404, "NOT_FOUND");
        HttpResponse<String> set =
                staff("PUT", "/api/v1/accounts/" + user + "/email", "{\"email\": \"second@coop.example\"}");
        assertEquals("second@coop.example", Http.json(set).getString("email"), set.body());
        assertEquals(
                200,
                as(user, "own-password-22", "GET", "/api/v1/desk", null).statusCode(),
                "her cached login still holds: a new address is no reason to sign her out");
        ApiErrors.assertError(
                as(user, "own-password-22", "PUT", "/api/v1/accounts/" + user + "/email", "{\"email\": null}"),
                403,
                "FORBIDDEN");

        ApiErrors.assertError(
                as(
                        user,
                        "own-password-22",
                        "PUT",
                        "/api/v1/account/email",
                        "{\"currentPassword\": \"wrong-password-9\", \"email\": \"mine@coop.example\"}"),
                400,
                "VALIDATION",
                "currentPassword");
        ApiErrors.assertError(
                as(user, "own-password-22", "PUT", "/api/v1/account/email", "{\"email\": \"mine@coop.example\"}"),
                400,
                "VALIDATION",
                "currentPassword");
        HttpResponse<String> mine = as(
                user,
                "own-password-22",
                "PUT",
                "/api/v1/account/email",
                "{\"currentPassword\": \"own-password-22\", \"email\": \"mine@coop.example\"}");
        assertEquals(200, mine.statusCode(), mine.body());
        assertEquals("mine@coop.example", Http.json(mine).getString("email"));
        HttpResponse<String> none = as(
                user,
                "own-password-22",
                "PUT",
                "/api/v1/account/email",
                "{\"currentPassword\": \"own-password-22\", \"email\": null}");
        assertEquals(200, none.statusCode(), none.body());
        assertFalse(Http.json(none).containsKey("email"), none.body());
        assertFalse(Http.jsonArray(staff("GET", "/api/v1/accounts", null)).stream()
                .filter(a -> a.getString("username").equals(user))
                .findFirst()
                .orElseThrow()
                .containsKey("email"));
    }
}

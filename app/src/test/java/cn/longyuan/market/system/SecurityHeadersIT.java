package cn.longyuan.market.system;

import static cn.longyuan.market.system.ResponseHeaders.assertPagePolicy;
import static cn.longyuan.market.system.ResponseHeaders.assertSecurityHeaders;
import static cn.longyuan.market.system.ResponseHeaders.attributes;
import static cn.longyuan.market.system.ResponseHeaders.cookie;
import static cn.longyuan.market.system.ResponseHeaders.policy;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every kind of answer of both wars carries the security headers (nosniff, Referrer-Policy, Permissions-Policy,
 * framing denied, one Content-Security-Policy); pages have PrimeFaces' policy with a nonce, everything else a policy
 * under which nothing runs; the session and language cookies are HttpOnly and SameSite=Lax. With an https public
 * address (a second instance) the answers add Strict-Transport-Security and the cookies are Secure.
 */
class SecurityHeadersIT {

    private final RunningApp app = RunningApp.get();

    @ParameterizedTest
    @ValueSource(
            strings = {"", "products/7", "search?q=%E9%A6%99%E5%8C%85", "login.xhtml", "cart.xhtml", "admin/login.xhtml"
            })
    void pagesHaveTheirPolicyWithANonce(String path) {
        for (int time = 1; time <= 2; time++) { // the second time the catalogue comes from its render cache
            HttpResponse<String> page = Http.get(app.uri(path));

            assertEquals(200, page.statusCode(), path);
            assertSecurityHeaders(page, false, "/" + path);
            assertPagePolicy(page, "/" + path + " (" + time + ")");
        }
    }

    @Test
    void aBackOfficePageAfterLoginHasItsPolicy() {
        HttpResponse<String> dashboard =
                BackOffice.session(app, "coop-ningyuan").get("/index.xhtml");

        assertEquals(200, dashboard.statusCode());
        assertSecurityHeaders(dashboard, false, "the dashboard");
        assertPagePolicy(dashboard, "the dashboard");
        assertFalse(policy(dashboard, "the dashboard").contains("stripe"), "the back office allows no third party");
    }

    @Test
    void errorPagesHaveTheirPolicyToo() {
        for (String path : List.of("no-such-page.xhtml", "products/999999", "trace/NO-SUCH-CODE")) {
            HttpResponse<String> missing = Http.get(app.uri(path));
            assertEquals(404, missing.statusCode(), path);
            assertSecurityHeaders(missing, false, "/" + path);
            assertPagePolicy(missing, "/" + path);
        }
        HttpResponse<String> adminMissing =
                BackOffice.session(app, "federation").get("/no-such-page.xhtml");
        assertEquals(404, adminMissing.statusCode());
        assertSecurityHeaders(adminMissing, false, "the back office's 404 page");
        HttpResponse<String> forbidden = BackOffice.session(app, "broker-li").get("/artisans.xhtml");
        assertEquals(403, forbidden.statusCode());
        assertSecurityHeaders(forbidden, false, "the back office's 403 page");
    }

    @Test
    void answersThatAreNotPagesLetNothingRun() {
        List<HttpResponse<String>> answers = List.of(
                Http.get(app.uri("api/v1/products?q=%E9%A6%99%E5%8C%85")),
                Http.get(app.uri("api/v1/products/no-such-product")),
                BackOffice.get(app, "coop-ningyuan", "/api/v1/stock"),
                Http.get(app.uri("admin/api/v1/stock")),
                Http.get(app.uri("images/products/7.svg")),
                Http.get(app.uri("jakarta.faces.resource/shop.css.xhtml?ln=shop")),
                Http.get(app.uri("admin/jakarta.faces.resource/admin.css.xhtml?ln=admin")));
        List<Integer> statuses = List.of(200, 404, 200, 401, 200, 200, 200);
        for (int i = 0; i < answers.size(); i++) {
            HttpResponse<String> answer = answers.get(i);
            String what = answer.request().uri().getPath();
            assertEquals(statuses.get(i), answer.statusCode(), what);
            assertSecurityHeaders(answer, false, what);
            assertEquals(ResponseHeaders.NOT_A_PAGE, policy(answer, what), what);
        }
    }

    @Test
    void redirectsToTheLoginPagesCarryTheHeaders() {
        HttpResponse<String> backOffice = Http.get(app.uri("admin/index.xhtml"));
        assertEquals(302, backOffice.statusCode());
        assertSecurityHeaders(backOffice, false, "the back office's redirect to its login page");
        HttpResponse<String> account = Http.get(app.uri("account/orders.xhtml"));
        assertEquals(302, account.statusCode());
        assertSecurityHeaders(account, false, "the shop's redirect to its login page");
    }

    @Test
    void theCookiesAreHttpOnlyAndSameSiteLaxButNotSecureOverPlainHttp() {
        String shop = cookie(Http.get(app.uri("login.xhtml")), "SHOPSESSION").orElseThrow();
        assertTrue(attributes(shop).containsAll(List.of("path=/", "httponly", "samesite=lax")), shop);
        assertFalse(attributes(shop).contains("secure"), shop);

        String admin =
                cookie(Http.get(app.uri("admin/login.xhtml")), "ADMINSESSION").orElseThrow();
        assertTrue(attributes(admin).containsAll(List.of("path=/admin", "httponly", "samesite=lax")), admin);
        assertFalse(attributes(admin).contains("secure"), admin);

        HttpResponse<String> switched = Http.get(app.uri("impact?setlang=en"));
        assertEquals(302, switched.statusCode());
        assertSecurityHeaders(switched, false, "the language switch's redirect");
        String lang = cookie(switched, "lang").orElseThrow();
        assertTrue(attributes(lang).containsAll(List.of("lang=en", "path=/", "httponly", "samesite=lax")), lang);
        assertFalse(attributes(lang).contains("secure"), lang);
        assertTrue(Http.get(app.uri("login.xhtml")).body().contains("cookiesSecure:false"));
    }

    @Test
    void withAnHttpsPublicAddressAnswersAskForHttpsAndCookiesAreSecure() {
        RunningApp https =
                RunningApp.startAnother(Map.of("PUBLIC_BASE_URL", "https://shop.example.cn"), null, "app-https.log");
        try {
            HttpResponse<String> login = Http.get(https.uri("login.xhtml"));
            assertSecurityHeaders(login, true, "the shop's login page over https");
            assertPagePolicy(login, "the shop's login page over https");
            assertTrue(login.body().contains("cookiesSecure:true"), "PrimeFaces' own cookies are Secure too");
            String shop = cookie(login, "SHOPSESSION").orElseThrow();
            assertTrue(attributes(shop).containsAll(List.of("httponly", "samesite=lax", "secure")), shop);

            HttpResponse<String> adminLogin = Http.get(https.uri("admin/login.xhtml"));
            assertSecurityHeaders(adminLogin, true, "the back office's login page over https");
            String admin = cookie(adminLogin, "ADMINSESSION").orElseThrow();
            assertTrue(
                    attributes(admin).containsAll(List.of("path=/admin", "httponly", "samesite=lax", "secure")), admin);

            String lang = cookie(Http.get(https.uri("?setlang=en")), "lang").orElseThrow();
            assertTrue(attributes(lang).containsAll(List.of("httponly", "samesite=lax", "secure")), lang);

            assertSecurityHeaders(Http.get(https.uri("api/v1/products")), true, "the public API over https");
            assertSecurityHeaders(
                    Http.get(https.uri("admin/api/v1/stock")), true, "the back-office API's 401 over https");
            assertSecurityHeaders(Http.get(https.uri("images/products/7.svg")), true, "an image over https");
        } finally {
            https.stop();
        }
    }
}

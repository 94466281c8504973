package cn.longyuan.market.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.longyuan.market.admin.interfaces.BackOfficeCall;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every back-office call and page ({@link BackOfficeCall}, the application's own list) × every role and no
 * login × the caller's own and another cooperative's thing. A call added to the list is covered here
 * without editing this test.
 */
class AuthorizationMatrixIT {

    private static final RunningApp app = RunningApp.get();
    /** A subject of the matrix: its user name (null: nobody logged in) and role. */
    private record Subject(String user, String role) {}

    private static final List<Subject> SUBJECTS = List.of(
            new Subject(null, null),
            new Subject("federation", "FEDERATION"),
            new Subject("coop-ningyuan", "COOP_MANAGER"),
            new Subject("broker-li", "BROKER"),
            new Subject("buyer-wang", "BUYER"));

    private static BackOfficeFixtures fixtures;
    private static final Map<String, BackOffice.Session> sessions = new java.util.HashMap<>();

    @BeforeAll
    static void fixtures() {
        fixtures = new BackOfficeFixtures(app);
        for (Subject subject : SUBJECTS) {
            if (subject.user() != null) {
                sessions.put(subject.user(), BackOffice.session(app, subject.user()));
            }
        }
    }

    @TestFactory
    List<DynamicTest> everyCallEveryRoleOwnAndOtherCooperative() {
        List<DynamicTest> tests = new ArrayList<>();
        for (BackOfficeCall call : BackOfficeCall.values()) {
            for (Subject subject : SUBJECTS) {
                List<Boolean> targets =
                        call.scope() == BackOfficeCall.Scope.NONE ? List.of(true) : List.of(true, false);
                for (boolean own : targets) {
                    String name = call + " as " + (subject.user() == null ? "nobody" : subject.user())
                            + (call.scope() == BackOfficeCall.Scope.NONE ? "" : own ? " on own" : " on other");
                    tests.add(DynamicTest.dynamicTest(name, () -> check(call, subject, own)));
                }
            }
        }
        return tests;
    }

    private void check(BackOfficeCall call, Subject subject, boolean own) {
        String path = fixtures.path(call, own, "BROKER".equals(subject.role()));
        String body = fixtures.example(call, own);
        HttpResponse<String> response = send(call, subject, path, body);
        int status = response.statusCode();
        String seen = call + " " + path + " as " + subject.user() + ": " + status + " " + response.body();

        if (subject.user() == null) {
            if (call.kind() == BackOfficeCall.Kind.API) {
                assertJsonError(response, 401, "UNAUTHORIZED", seen);
            } else {
                assertEquals(302, status, seen);
                assertTrue(response.headers().firstValue("Location").orElse("").contains("/admin/login.xhtml"), seen);
            }
            return;
        }
        if (!call.roles().contains(subject.role())) {
            if (call.kind() == BackOfficeCall.Kind.API) {
                assertJsonError(response, 403, "FORBIDDEN", seen);
            } else {
                assertEquals(403, status, seen);
            }
            return;
        }
        assertTrue(status < 500, seen);
        assertFalse(Set.of(401, 403).contains(status), seen);
        boolean confined = (subject.role().equals("COOP_MANAGER") && call.scope() != BackOfficeCall.Scope.NONE)
                || (subject.role().equals("BROKER")
                        && (call.scope() == BackOfficeCall.Scope.ORDER
                                || call.scope() == BackOfficeCall.Scope.QUOTE
                                || call.scope() == BackOfficeCall.Scope.BROKER
                                || call.scope() == BackOfficeCall.Scope.WORK_ORDER));
        if (call.scope() == BackOfficeCall.Scope.NONE && call.example() == null) {
            assertEquals(200, status, seen);
        } else if (call.scope() == BackOfficeCall.Scope.NONE) {
            // a change whose example the business rules refuse (nothing created): reached, and answered
            assertFalse(status == 404, seen);
        } else if (!own && confined) {
            if (call.kind() == BackOfficeCall.Kind.API) {
                assertJsonError(response, 404, "NOT_FOUND", seen);
            } else {
                assertEquals(404, status, seen);
            }
        } else {
            assertFalse(status == 404, seen);
        }
    }

    private static HttpResponse<String> send(BackOfficeCall call, Subject subject, String path, String body) {
        if (call.kind() == BackOfficeCall.Kind.PAGE) {
            BackOffice.Session session =
                    subject.user() == null ? new BackOffice.Session(app) : sessions.get(subject.user());
            return session.get(path);
        }
        String[] auth = subject.user() == null
                ? new String[0]
                : new String[] {"Authorization", BackOffice.basic(subject.user(), BackOffice.DEMO_PASSWORD)};
        if ("GET".equals(call.method())) {
            return Http.get(app.uri("admin" + path), auth);
        }
        java.net.http.HttpRequest.Builder request = java.net.http.HttpRequest.newBuilder(app.uri("admin" + path))
                .timeout(java.time.Duration.ofSeconds(60))
                .header("Content-Type", "application/json")
                .method(call.method(), java.net.http.HttpRequest.BodyPublishers.ofString(body == null ? "" : body));
        if (auth.length > 0) {
            request.headers(auth);
        }
        return Http.send(request.build());
    }

    private static void assertJsonError(HttpResponse<String> response, int status, String code, String seen) {
        assertEquals(status, response.statusCode(), seen);
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"), seen);
        assertEquals(code, Http.json(response).getString("error"), seen);
        ApiErrors.assertNoStackTrace(response);
    }
}

package cn.longyuan.market.admin.interfaces;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Holds the list of back-office calls and pages to the code: every REST method and every page is registered
 * with the roles its {@code @RolesAllowed} names, so that the authorization matrix of the system tests
 * cannot miss one.
 */
class BackOfficeCallTest {

    private static final java.nio.file.Path CLASSES = java.nio.file.Path.of("target/classes");
    private static final java.nio.file.Path WEBAPP = java.nio.file.Path.of("src/main/webapp");

    @Test
    void everyRestMethodIsRegisteredWithTheRolesItAllows() throws Exception {
        Set<String> inCode = new TreeSet<>();
        try (Stream<java.nio.file.Path> files = Files.walk(CLASSES)) {
            for (java.nio.file.Path file :
                    files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name =
                        CLASSES.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                Class<?> type = Class.forName(name, false, getClass().getClassLoader());
                Path root = type.getAnnotation(Path.class);
                if (root == null) {
                    continue;
                }
                for (Method method : type.getDeclaredMethods()) {
                    String verb = verb(method);
                    if (verb == null) {
                        continue;
                    }
                    Path sub = method.getAnnotation(Path.class);
                    String path = normalise("/api/" + root.value() + (sub == null ? "" : "/" + sub.value()));
                    RolesAllowed roles = method.getAnnotation(RolesAllowed.class);
                    inCode.add(verb + " " + path + " "
                            + (roles == null ? "[]" : new TreeSet<>(Arrays.asList(roles.value()))));
                }
            }
        }
        Set<String> registered = Arrays.stream(BackOfficeCall.values())
                .filter(c -> c.kind() == BackOfficeCall.Kind.API)
                .map(c ->
                        c.method() + " " + normalise(c.path().replaceAll("\\?.*", "")) + " " + new TreeSet<>(c.roles()))
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(inCode, registered);
    }

    @Test
    void everyPageBehindTheLoginIsRegistered() throws IOException {
        Set<String> pages;
        try (Stream<java.nio.file.Path> files = Files.walk(WEBAPP)) {
            pages = files.map(WEBAPP::relativize)
                    .map(p -> "/" + p.toString().replace('\\', '/'))
                    .filter(p -> p.endsWith(".xhtml")
                            && !p.startsWith("/WEB-INF/")
                            && !p.startsWith("/resources/")
                            && !p.equals("/login.xhtml")
                            && !p.equals("/set-password.xhtml"))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
        // the login page and the set-password link's page (its single-use token is the key) are open to all, so no
        // role is checked there; files served in the page session (the chain report's Excel and PDF) are registered as
        // pages too, but are no .xhtml
        Set<String> registered = Arrays.stream(BackOfficeCall.values())
                .filter(c -> c.kind() == BackOfficeCall.Kind.PAGE)
                .map(c -> c.path().replaceAll("\\?.*", ""))
                .filter(p -> p.endsWith(".xhtml"))
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(pages, registered);
    }

    @Test
    void whoMayOpenAnOrdersPageMayRefundItThroughItsRefundForm() {
        // payments (issue 9): the refund form on fulfil.xhtml calls the service the REST refund calls
        assertEquals(BackOfficeCall.REFUND.roles(), BackOfficeCall.FULFIL_PAGE.roles());
        assertEquals(BackOfficeCall.REFUND.scope(), BackOfficeCall.FULFIL_PAGE.scope());
    }

    private static String verb(Method method) {
        if (method.isAnnotationPresent(GET.class)) {
            return "GET";
        }
        if (method.isAnnotationPresent(POST.class)) {
            return "POST";
        }
        if (method.isAnnotationPresent(PUT.class)) {
            return "PUT";
        }
        if (method.isAnnotationPresent(DELETE.class)) {
            return "DELETE";
        }
        return method.isAnnotationPresent(PATCH.class) ? "PATCH" : null;
    }

    /** "/api//v1/orders/{number}/x" → "/api/v1/orders/{}/x": placeholders named differently are the same. */
    private static String normalise(String path) {
        return path.replaceAll("/+", "/").replaceAll("\\{[^}]*}", "{}");
    }
}

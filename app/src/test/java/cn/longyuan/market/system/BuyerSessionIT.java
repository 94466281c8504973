package cn.longyuan.market.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A buyer's login to the shop over HTTP, as a browser makes it (the shop's login is a filter and a service, not a
 * Jakarta Security mechanism): her own pages need it and lead back after it, her session gets a new id at login so
 * that the id she had as a guest opens nothing, a back-office account is refused, and logging out ends it.
 */
class BuyerSessionIT {

    private static final String SESSION = "SHOPSESSION";

    private final RunningApp app = RunningApp.get();

    @Test
    void herOwnPagesWithoutALoginGoToTheLoginPageWhichLeadsBack() throws Exception {
        HttpResponse<String> orders = new ShopVisitor().get(app, "account/orders.xhtml?page=2");

        assertEquals(302, orders.statusCode());
        assertEquals(
                "/login.xhtml?next=%2Faccount%2Forders.xhtml%3Fpage%3D2",
                orders.headers().firstValue("Location").orElse(""));
        // the container sends /account to /account/ before any filter; that one is hers too
        HttpResponse<String> folder = new ShopVisitor().get(app, "account/");
        assertEquals(302, folder.statusCode());
        assertEquals(
                "/login.xhtml?next=%2Faccount%2F",
                folder.headers().firstValue("Location").orElse(""));
    }

    @Test
    void theSessionIdChangesAtLoginAndTheGuestsIdOpensNothing() throws Exception {
        ShopVisitor buyer = new ShopVisitor();
        buyer.addToCart(app, productInStock());
        String asGuest = buyer.cookie(SESSION);
        assertNotNull(asGuest, "a cart gives the guest a session");

        buyer.logIn(app, "buyer-wang", BackOffice.DEMO_PASSWORD);

        String loggedIn = buyer.cookie(SESSION);
        assertNotEquals(asGuest, loggedIn, "a new session id at login");
        HttpResponse<String> own = buyer.get(app, "account/orders.xhtml");
        assertEquals(200, own.statusCode(), own.headers().firstValue("Location").orElse(""));
        assertTrue(own.body().contains("id=\"accountLink\""), "her page, with her account link");

        ShopVisitor fixation = new ShopVisitor();
        fixation.setCookie(SESSION, asGuest);
        assertEquals(
                302, fixation.get(app, "account/orders.xhtml").statusCode(), "the guest's session id is not logged in");
    }

    @Test
    void aBackOfficeAccountIsRefusedAtTheShop() throws Exception {
        ShopVisitor manager = new ShopVisitor();

        HttpResponse<String> answer = manager.tryLogIn(app, "coop-ningyuan", BackOffice.DEMO_PASSWORD);

        assertEquals(200, answer.statusCode(), "the login page again, with the refusal");
        assertEquals(302, manager.get(app, "account/orders.xhtml").statusCode(), "not logged in");
    }

    @Test
    void loggingOutEndsTheLogin() throws Exception {
        ShopVisitor buyer = new ShopVisitor();
        buyer.logIn(app, "buyer-wang", BackOffice.DEMO_PASSWORD);
        String loggedIn = buyer.cookie(SESSION);
        HttpResponse<String> orders = buyer.get(app, "account/orders.xhtml");
        assertEquals(200, orders.statusCode());

        PageForms.Form logout = PageForms.of(orders.body()).stream()
                .filter(f -> f.id().equals("logout"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no logout form on her page"));
        Map<String, String> fields = new LinkedHashMap<>();
        logout.fields().forEach(f -> fields.put(f.name(), f.value()));
        fields.put("logout:submit", "logout:submit");
        fields.put("primefaces.nonce", PageForms.cspNonce(orders.body()));
        HttpResponse<String> out = buyer.post(app.uri("account/orders.xhtml"), fields, false);
        assertEquals(302, out.statusCode(), out.body());

        ShopVisitor withOldId = new ShopVisitor();
        withOldId.setCookie(SESSION, loggedIn);
        assertEquals(302, withOldId.get(app, "account/orders.xhtml").statusCode(), "her old session id is logged out");
        String home = buyer.get(app, "").body();
        assertTrue(home.contains("id=\"loginLink\""), "the header offers the login again");
        assertFalse(home.contains("id=\"accountLink\""), "and no account of hers");
    }

    private String productInStock() {
        return Http.json(Http.get(app.uri("api/v1/products?inStock=true&size=1")))
                .getJsonArray("items")
                .getJsonObject(0)
                .getString("id");
    }
}

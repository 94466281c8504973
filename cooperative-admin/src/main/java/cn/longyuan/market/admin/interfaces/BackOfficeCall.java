package cn.longyuan.market.admin.interfaces;

import java.util.Set;

/**
 * Every call of the back-office REST API and every back-office page, with who may use it and what it is
 * scoped by. The REST resources' {@code @RolesAllowed} must say the same (a unit test holds them together),
 * and the system tests' authorization matrix is built from this list: a new call or page registered here is
 * covered by the matrix without editing the test.
 * <p>
 * Paths are relative to {@code /admin}; {@code {product}} and {@code {order}} stand for a product id and an
 * order number, {@code {untrainedArtisan}} for a member of the product's cooperative not trained in its craft; {@code example} is a request body that passes the authorization checks without changing
 * anything once it reaches the business rules (an amount that does not match, an order not ready to ship…).
 */
public enum BackOfficeCall {

    LIST_ARTISANS(Kind.API, "GET", "/api/v1/artisans", null, Scope.NONE, "FEDERATION", "COOP_MANAGER", "BROKER"),
    STOCK(Kind.API, "GET", "/api/v1/stock?productId={product}", null, Scope.PRODUCT, "FEDERATION", "COOP_MANAGER", "BROKER"),
    RECORD_BATCH(Kind.API, "POST", "/api/v1/production-batches",
            "{\"productId\": \"{product}\", \"artisanId\": \"{untrainedArtisan}\", \"quantity\": 1, \"madeOn\": \"2026-11-01\"}",
            Scope.PRODUCT, "COOP_MANAGER"),
    LIST_ORDERS(Kind.API, "GET", "/api/v1/orders", null, Scope.NONE, "FEDERATION", "COOP_MANAGER", "BROKER"),
    PAYMENT_RECEIVED(Kind.API, "POST", "/api/v1/orders/{order}/payment-received",
            "{\"amount\": \"0.01\", \"method\": \"BANK_TRANSFER\", \"receivedOn\": \"2026-11-01\"}",
            Scope.ORDER, "FEDERATION", "COOP_MANAGER", "BROKER"),
    SHIP(Kind.API, "POST", "/api/v1/orders/{order}/shipments",
            "{\"carrier\": \"中国邮政 EMS\", \"trackingNumber\": \"EA000000000CN\"}", Scope.ORDER, "COOP_MANAGER"),
    // listings, fulfilment and income (issue 7); the examples are refused by the rules after the scope check
    PACKED(Kind.API, "POST", "/api/v1/orders/{order}/packed", "{}", Scope.ORDER, "COOP_MANAGER"),
    CANCEL(Kind.API, "POST", "/api/v1/orders/{order}/cancel", "{\"reason\": \"\"}", Scope.ORDER, "COOP_MANAGER"),
    RETURNS(Kind.API, "POST", "/api/v1/orders/{order}/returns",
            "{\"productId\": \"{product}\", \"quantity\": 0, \"disposition\": \"RESTOCK\", \"reason\": \"\"}", Scope.ORDER, "COOP_MANAGER"),
    PICK_LIST(Kind.API, "GET", "/api/v1/orders/{order}/pick-list", null, Scope.ORDER, "FEDERATION", "COOP_MANAGER"),
    PACKING_SLIP(Kind.API, "GET", "/api/v1/orders/{order}/packing-slip", null, Scope.ORDER, "COOP_MANAGER"),

    DASHBOARD_PAGE(Kind.PAGE, "GET", "/index.xhtml", null, Scope.NONE, "FEDERATION", "COOP_MANAGER", "BROKER"),
    STOCK_PAGE(Kind.PAGE, "GET", "/stock.xhtml?product={product}", null, Scope.PRODUCT, "FEDERATION", "COOP_MANAGER", "BROKER"),
    ORDERS_PAGE(Kind.PAGE, "GET", "/orders.xhtml?number={order}", null, Scope.ORDER, "FEDERATION", "COOP_MANAGER", "BROKER"),
    LISTINGS_PAGE(Kind.PAGE, "GET", "/listings.xhtml", null, Scope.NONE, "FEDERATION", "COOP_MANAGER"),
    LISTING_PAGE(Kind.PAGE, "GET", "/listing.xhtml?product={product}", null, Scope.PRODUCT, "FEDERATION", "COOP_MANAGER"),
    PARTS_PAGE(Kind.PAGE, "GET", "/parts.xhtml", null, Scope.NONE, "FEDERATION", "COOP_MANAGER"),
    FULFIL_PAGE(Kind.PAGE, "GET", "/fulfil.xhtml?number={order}", null, Scope.ORDER, "FEDERATION", "COOP_MANAGER"),
    INCOME_PAGE(Kind.PAGE, "GET", "/income.xhtml", null, Scope.NONE, "FEDERATION", "COOP_MANAGER");

    public enum Kind { API, PAGE }

    /** What decides whether the caller may reach the particular thing: nothing, its product, its order. */
    public enum Scope { NONE, PRODUCT, ORDER }

    private final Kind kind;
    private final String method;
    private final String path;
    private final String example;
    private final Scope scope;
    private final Set<String> roles;

    BackOfficeCall(Kind kind, String method, String path, String example, Scope scope, String... roles) {
        this.kind = kind;
        this.method = method;
        this.path = path;
        this.example = example;
        this.scope = scope;
        this.roles = Set.of(roles);
    }

    public Kind kind() {
        return kind;
    }

    public String method() {
        return method;
    }

    public String path() {
        return path;
    }

    public String example() {
        return example;
    }

    public Scope scope() {
        return scope;
    }

    public Set<String> roles() {
        return roles;
    }
}

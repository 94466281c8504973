package cn.longyuan.market.admin.interfaces;

import java.util.Set;

/**
 * Every call of the back-office REST API and every back-office page, with who may use it and what it is
 * scoped by. The REST resources' {@code @RolesAllowed} must say the same (a unit test holds them together),
 * and the system tests' authorization matrix is built from this list: a new call or page registered here is
 * covered by the matrix without editing the test.
 * <p>
 * Paths are relative to {@code /admin}; {@code {product}} and {@code {order}} stand for a product id and an
 * order number, {@code {artisan}}, {@code {batch}} and {@code {course}} for ids of those, {@code {untrainedArtisan}} for a member of the product's cooperative not trained in its craft; {@code example} is a request body that passes the authorization checks without changing
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

    // members, training, production and stock (issue 7, branch coop)
    ARTISAN(Kind.API, "GET", "/api/v1/artisans/{artisan}", null, Scope.ARTISAN, "FEDERATION", "COOP_MANAGER"),
    CREATE_ARTISAN(Kind.API, "POST", "/api/v1/artisans", "{\"displayName\": \"\"}", Scope.NONE, "COOP_MANAGER"),
    UPDATE_ARTISAN(Kind.API, "PUT", "/api/v1/artisans/{artisan}", "{\"version\": -1, \"displayName\": \"矩阵\"}",
            Scope.ARTISAN, "COOP_MANAGER"),
    LIST_BATCHES(Kind.API, "GET", "/api/v1/production-batches", null, Scope.NONE, "FEDERATION", "COOP_MANAGER"),
    BATCH(Kind.API, "GET", "/api/v1/production-batches/{batch}", null, Scope.BATCH, "FEDERATION", "COOP_MANAGER"),
    BATCH_TAGS(Kind.API, "GET", "/api/v1/production-batches/{batch}/tags.pdf", null, Scope.BATCH, "FEDERATION", "COOP_MANAGER"),
    ADJUST_STOCK(Kind.API, "POST", "/api/v1/stock-adjustments",
            "{\"productId\": \"{product}\", \"delta\": 0, \"reason\": \"matrix\"}", Scope.PRODUCT, "COOP_MANAGER"),
    TRANSFER_STOCK(Kind.API, "POST", "/api/v1/stock-transfers",
            "{\"productId\": \"{product}\", \"fromLocationId\": \"1\", \"toLocationId\": \"1\", \"quantity\": 1}",
            Scope.PRODUCT, "COOP_MANAGER"),
    LIST_COURSES(Kind.API, "GET", "/api/v1/training-courses", null, Scope.NONE, "FEDERATION", "COOP_MANAGER"),
    COURSE(Kind.API, "GET", "/api/v1/training-courses/{course}", null, Scope.COURSE, "FEDERATION", "COOP_MANAGER"),

    DASHBOARD_PAGE(Kind.PAGE, "GET", "/index.xhtml", null, Scope.NONE, "FEDERATION", "COOP_MANAGER", "BROKER"),
    STOCK_PAGE(Kind.PAGE, "GET", "/stock.xhtml?product={product}", null, Scope.PRODUCT, "FEDERATION", "COOP_MANAGER", "BROKER"),
    ORDERS_PAGE(Kind.PAGE, "GET", "/orders.xhtml?number={order}", null, Scope.ORDER, "FEDERATION", "COOP_MANAGER", "BROKER"),
    ARTISANS_PAGE(Kind.PAGE, "GET", "/artisans.xhtml", null, Scope.NONE, "FEDERATION", "COOP_MANAGER"),
    ARTISAN_PAGE(Kind.PAGE, "GET", "/artisan.xhtml?artisan={artisan}", null, Scope.ARTISAN, "FEDERATION", "COOP_MANAGER"),
    COURSES_PAGE(Kind.PAGE, "GET", "/courses.xhtml", null, Scope.NONE, "FEDERATION", "COOP_MANAGER"),
    COURSE_PAGE(Kind.PAGE, "GET", "/course.xhtml?course={course}", null, Scope.COURSE, "FEDERATION", "COOP_MANAGER"),
    BATCHES_PAGE(Kind.PAGE, "GET", "/batches.xhtml", null, Scope.NONE, "FEDERATION", "COOP_MANAGER"),
    BATCH_TAGS_PAGE(Kind.PAGE, "GET", "/batch-tags.xhtml?batch={batch}", null, Scope.BATCH, "FEDERATION", "COOP_MANAGER"),
    STOCK_TASKS_PAGE(Kind.PAGE, "GET", "/stock-tasks.xhtml", null, Scope.NONE, "FEDERATION", "COOP_MANAGER");

    public enum Kind { API, PAGE }

    /**
     * What decides whether the caller may reach the particular thing: nothing, its product, its order, its artisan,
     * its production batch, its training course (the federation's programme courses are everybody's; the matrix
     * uses cooperatives' own courses).
     */
    public enum Scope { NONE, PRODUCT, ORDER, ARTISAN, BATCH, COURSE }

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

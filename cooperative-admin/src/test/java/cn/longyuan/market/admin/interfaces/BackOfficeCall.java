package cn.longyuan.market.admin.interfaces;

import java.util.Set;

/**
 * Every call of the back-office REST API and every back-office page, with who may use it and what it is
 * scoped by. The REST resources' {@code @RolesAllowed} must say the same (a unit test holds them together),
 * and the system tests' authorization matrix is built from this list: a new call or page registered here is
 * covered by the matrix without editing the test.
 * <p>
 * Paths are relative to {@code /admin}; {@code {product}} and {@code {order}} stand for a product id and an
 * order number, {@code {quote}} for a quote number, {@code {untrainedArtisan}} for a member of the product's cooperative not trained in its craft; {@code example} is a request body that passes the authorization checks without changing
 * order number, {@code {artisan}}, {@code {batch}} and {@code {course}} for ids of those, {@code {untrainedArtisan}} for a member of the product's cooperative not trained in its craft; {@code example} is a request body that passes the authorization checks without changing
 * anything once it reaches the business rules (an amount that does not match, an order not ready to ship…).
 */
public enum BackOfficeCall {

    // the API's own OpenAPI document, for back-office staff only (it names artisans' private fields)
    API_DOCUMENT(Kind.API, "GET", "/api/v1/openapi.yaml", null, Scope.NONE, "FEDERATION", "COOP_MANAGER", "BROKER"),
    LIST_ARTISANS(Kind.API, "GET", "/api/v1/artisans", null, Scope.NONE, "FEDERATION", "COOP_MANAGER", "BROKER"),
    STOCK(
            Kind.API,
            "GET",
            "/api/v1/stock?productId={product}",
            null,
            Scope.PRODUCT,
            "FEDERATION",
            "COOP_MANAGER",
            "BROKER"),
    RECORD_BATCH(
            Kind.API,
            "POST",
            "/api/v1/production-batches",
            "{\"productId\": \"{product}\", \"artisanId\": \"{untrainedArtisan}\", \"quantity\": 1, \"madeOn\": \"2026-11-01\"}",
            Scope.PRODUCT,
            "COOP_MANAGER"),
    LIST_ORDERS(Kind.API, "GET", "/api/v1/orders", null, Scope.NONE, "FEDERATION", "COOP_MANAGER", "BROKER"),
    PAYMENT_RECEIVED(
            Kind.API,
            "POST",
            "/api/v1/orders/{order}/payment-received",
            "{\"amount\": \"0.01\", \"method\": \"BANK_TRANSFER\", \"receivedOn\": \"2026-11-01\"}",
            Scope.ORDER,
            "FEDERATION",
            "COOP_MANAGER",
            "BROKER"),
    SHIP(
            Kind.API,
            "POST",
            "/api/v1/orders/{order}/shipments",
            "{\"carrier\": \"中国邮政 EMS\", \"trackingNumber\": \"EA000000000CN\"}",
            Scope.ORDER,
            "COOP_MANAGER"),
    // delivery confirmed: a day to come is refused after the scope check, so nothing changes
    CONFIRM_DELIVERY(
            Kind.API,
            "POST",
            "/api/v1/orders/{order}/delivered",
            "{\"deliveredOn\": \"2999-12-31\"}",
            Scope.ORDER,
            "FEDERATION",
            "COOP_MANAGER",
            "BROKER"),
    // assignment to a broker: an unknown broker is refused after the scope check, so nothing changes
    ASSIGN_BROKER(
            Kind.API,
            "POST",
            "/api/v1/orders/{order}/broker",
            "{\"broker\": \"no-such-broker\"}",
            Scope.ORDER,
            "FEDERATION",
            "COOP_MANAGER"),
    // payments: an unpaid order cannot be refunded (409), so the example changes nothing
    REFUND(
            Kind.API,
            "POST",
            "/api/v1/orders/{order}/refunds",
            "{\"restock\": true, \"reason\": \"authorization check\"}",
            Scope.ORDER,
            "FEDERATION",
            "COOP_MANAGER"),
    PAYMENT_RECONCILIATION(Kind.API, "GET", "/api/v1/payments/reconciliation", null, Scope.NONE, "FEDERATION"),

    // the broker's desk: claiming is open to every broker (scope NONE: she claims her own order again, a no-op)
    DESK(Kind.API, "GET", "/api/v1/desk", null, Scope.NONE, "FEDERATION", "BROKER"),
    CLAIM(Kind.API, "POST", "/api/v1/desk/{order}/claim", null, Scope.NONE, "BROKER"),
    HAND_BACK(
            Kind.API,
            "POST",
            "/api/v1/desk/{order}/hand-back",
            "{\"reason\": \"" + "长".repeat(2000) + "\"}",
            Scope.ORDER,
            "BROKER"),
    NOTES(Kind.API, "GET", "/api/v1/desk/{order}/notes", null, Scope.ORDER, "FEDERATION", "BROKER"),
    ADD_NOTE(Kind.API, "POST", "/api/v1/desk/{order}/notes", "{\"text\": \"\"}", Scope.ORDER, "FEDERATION", "BROKER"),
    PHONE_ORDER(
            Kind.API,
            "POST",
            "/api/v1/desk/orders",
            "{\"lines\": [{\"productId\": \"{product}\", \"quantity\": 0}]}",
            Scope.PRODUCT,
            "BROKER"),
    LIST_QUOTES(Kind.API, "GET", "/api/v1/quotes", null, Scope.NONE, "FEDERATION", "BROKER"),
    CREATE_QUOTE(
            Kind.API,
            "POST",
            "/api/v1/quotes",
            "{\"customer\": {\"name\": \"x\", \"phone\": \"13900000000\"}, \"lines\": [{\"productId\": \"{product}\", \"quantity\": 0}]}",
            Scope.PRODUCT,
            "BROKER"),
    QUOTE(Kind.API, "GET", "/api/v1/quotes/{quote}", null, Scope.QUOTE, "FEDERATION", "BROKER"),
    ACCEPT_QUOTE(Kind.API, "POST", "/api/v1/quotes/{quote}/accept", null, Scope.QUOTE, "BROKER"),
    DECLINE_QUOTE(Kind.API, "POST", "/api/v1/quotes/{quote}/decline", null, Scope.QUOTE, "BROKER"),
    ORDER_QUOTE(
            Kind.API,
            "POST",
            "/api/v1/quotes/{quote}/order",
            "{\"shippingAddress\": {\"province\": \"甘肃省\", \"city\": \"酒泉市\", \"line\": \"鸣山路 9 号\"}, \"paymentMethod\": \"BANK_TRANSFER\"}",
            Scope.QUOTE,
            "BROKER"),
    WHOLESALE_PRICES(
            Kind.API,
            "GET",
            "/api/v1/wholesale-prices/{product}",
            null,
            Scope.PRODUCT,
            "FEDERATION",
            "COOP_MANAGER",
            "BROKER"),
    SET_WHOLESALE_PRICES(
            Kind.API,
            "PUT",
            "/api/v1/wholesale-prices/{product}",
            "{\"tiers\": [{\"minQuantity\": 2, \"unitPrice\": \"0.00\"}]}",
            Scope.PRODUCT,
            "FEDERATION",
            "COOP_MANAGER"),

    // members, training, production and stock
    ARTISAN(Kind.API, "GET", "/api/v1/artisans/{artisan}", null, Scope.ARTISAN, "FEDERATION", "COOP_MANAGER"),
    CREATE_ARTISAN(Kind.API, "POST", "/api/v1/artisans", "{\"displayName\": \"\"}", Scope.NONE, "COOP_MANAGER"),
    UPDATE_ARTISAN(
            Kind.API,
            "PUT",
            "/api/v1/artisans/{artisan}",
            "{\"version\": -1, \"displayName\": \"矩阵\"}",
            Scope.ARTISAN,
            "COOP_MANAGER"),
    LIST_BATCHES(Kind.API, "GET", "/api/v1/production-batches", null, Scope.NONE, "FEDERATION", "COOP_MANAGER"),
    BATCH(Kind.API, "GET", "/api/v1/production-batches/{batch}", null, Scope.BATCH, "FEDERATION", "COOP_MANAGER"),
    BATCH_TAGS(
            Kind.API,
            "GET",
            "/api/v1/production-batches/{batch}/tags.pdf",
            null,
            Scope.BATCH,
            "FEDERATION",
            "COOP_MANAGER"),
    ADJUST_STOCK(
            Kind.API,
            "POST",
            "/api/v1/stock-adjustments",
            "{\"productId\": \"{product}\", \"delta\": 0, \"reason\": \"matrix\"}",
            Scope.PRODUCT,
            "COOP_MANAGER"),
    TRANSFER_STOCK(
            Kind.API,
            "POST",
            "/api/v1/stock-transfers",
            "{\"productId\": \"{product}\", \"fromLocationId\": \"1\", \"toLocationId\": \"1\", \"quantity\": 1}",
            Scope.PRODUCT,
            "COOP_MANAGER"),
    // the import of a file (issue 17): a header without rows is refused (400) before anything is written;
    // {importKind} is artisans
    IMPORT(
            Kind.API,
            "POST",
            "/api/v1/imports/{importKind}?dryRun=false",
            "displayName,publicConsent\n",
            Scope.NONE,
            "FEDERATION",
            "COOP_MANAGER"),
    // inventory depth (issue 17): a wrong batch corrected or voided, places added and retired; the examples are
    // refused by the rules (a count of 0, no reason, no name, no place), so they change nothing
    CORRECT_BATCH(
            Kind.API,
            "POST",
            "/api/v1/production-batches/{batch}/correction",
            "{\"quantity\": 0, \"reason\": \"matrix\"}",
            Scope.BATCH,
            "COOP_MANAGER"),
    VOID_BATCH(
            Kind.API,
            "POST",
            "/api/v1/production-batches/{batch}/void",
            "{\"reason\": \"\"}",
            Scope.BATCH,
            "COOP_MANAGER"),
    PLACES(Kind.API, "GET", "/api/v1/places", null, Scope.NONE, "COOP_MANAGER"),
    ADD_PLACE(Kind.API, "POST", "/api/v1/places", "{\"nameZh\": \"\"}", Scope.NONE, "COOP_MANAGER"),
    RETIRE_PLACE(
            Kind.API, "POST", "/api/v1/place-retirements", "{\"locationId\": \"none\"}", Scope.NONE, "COOP_MANAGER"),
    LIST_COURSES(Kind.API, "GET", "/api/v1/training-courses", null, Scope.NONE, "FEDERATION", "COOP_MANAGER"),
    COURSE(Kind.API, "GET", "/api/v1/training-courses/{course}", null, Scope.COURSE, "FEDERATION", "COOP_MANAGER"),

    // listings, fulfilment and income; the examples are refused by the rules after the scope check
    PACKED(Kind.API, "POST", "/api/v1/orders/{order}/packed", "{}", Scope.ORDER, "COOP_MANAGER"),
    CANCEL(Kind.API, "POST", "/api/v1/orders/{order}/cancel", "{\"reason\": \"\"}", Scope.ORDER, "COOP_MANAGER"),
    RETURNS(
            Kind.API,
            "POST",
            "/api/v1/orders/{order}/returns",
            "{\"productId\": \"{product}\", \"quantity\": 0, \"disposition\": \"RESTOCK\", \"reason\": \"\"}",
            Scope.ORDER,
            "COOP_MANAGER"),
    PICK_LIST(Kind.API, "GET", "/api/v1/orders/{order}/pick-list", null, Scope.ORDER, "FEDERATION", "COOP_MANAGER"),
    PACKING_SLIP(Kind.API, "GET", "/api/v1/orders/{order}/packing-slip", null, Scope.ORDER, "COOP_MANAGER"),

    // brokers' commissions: {broker} is a broker's user name (own: broker-li; other: broker-zhao);
    // the examples are refused by validation, so nothing changes
    COMMISSIONS(
            Kind.API,
            "GET",
            "/api/v1/commissions?month=2026-11&broker={broker}",
            null,
            Scope.BROKER,
            "FEDERATION",
            "BROKER"),
    COMMISSION_STATEMENT(
            Kind.API,
            "GET",
            "/api/v1/commissions/statement.pdf?month=2026-11&broker={broker}",
            null,
            Scope.BROKER,
            "FEDERATION",
            "BROKER"),
    COMMISSION_RULES(Kind.API, "GET", "/api/v1/commission-rules/{broker}", null, Scope.BROKER, "FEDERATION", "BROKER"),
    SET_COMMISSION_RULES(
            Kind.API,
            "PUT",
            "/api/v1/commission-rules/{broker}",
            "{\"rules\": [{\"basisPoints\": 10001}]}",
            Scope.BROKER,
            "FEDERATION"),
    SETTLE_COMMISSIONS(
            Kind.API,
            "POST",
            "/api/v1/commission-settlements",
            "{\"broker\": \"{broker}\", \"month\": \"2026-13\"}",
            Scope.NONE,
            "FEDERATION"),

    // piecework dispatch: {workOrder} is a work order number, {task} one of its tasks' ids;
    // the examples are refused by the rules after the scope check (untrained woman, empty fields, no materials yet)
    LIST_WORK_ORDERS(Kind.API, "GET", "/api/v1/work-orders", null, Scope.NONE, "FEDERATION", "COOP_MANAGER", "BROKER"),
    OPEN_WORK_ORDER(
            Kind.API,
            "POST",
            "/api/v1/work-orders",
            "{\"productId\": \"{product}\", \"quantity\": 0}",
            Scope.PRODUCT,
            "COOP_MANAGER",
            "BROKER"),
    WORK_ORDER(
            Kind.API,
            "GET",
            "/api/v1/work-orders/{workOrder}",
            null,
            Scope.WORK_ORDER,
            "FEDERATION",
            "COOP_MANAGER",
            "BROKER"),
    WORK_CANDIDATES(
            Kind.API,
            "GET",
            "/api/v1/work-orders/{workOrder}/candidates",
            null,
            Scope.WORK_ORDER,
            "COOP_MANAGER",
            "BROKER"),
    ASSIGN_TASK(
            Kind.API,
            "POST",
            "/api/v1/work-orders/{workOrder}/tasks",
            "{\"artisanId\": \"{untrainedArtisan}\", \"quantity\": 1, \"pieceRate\": \"1.00\", \"dueOn\": \"2099-12-31\"}",
            Scope.WORK_ORDER,
            "COOP_MANAGER",
            "BROKER"),
    ISSUE_MATERIALS(
            Kind.API,
            "POST",
            "/api/v1/work-orders/{workOrder}/tasks/{task}/materials",
            "{\"material\": \"\", \"amount\": \"1\", \"unit\": \"卷\"}",
            Scope.WORK_ORDER,
            "COOP_MANAGER",
            "BROKER"),
    RETURN_PIECES(
            Kind.API,
            "POST",
            "/api/v1/work-orders/{workOrder}/tasks/{task}/returns",
            "{\"accepted\": 0, \"rejected\": 0}",
            Scope.WORK_ORDER,
            "COOP_MANAGER",
            "BROKER"),
    CANCEL_TASK(
            Kind.API,
            "POST",
            "/api/v1/work-orders/{workOrder}/tasks/{task}/cancel",
            "{\"reason\": \"\"}",
            Scope.WORK_ORDER,
            "COOP_MANAGER",
            "BROKER"),

    DASHBOARD_PAGE(Kind.PAGE, "GET", "/index.xhtml", null, Scope.NONE, "FEDERATION", "COOP_MANAGER", "BROKER"),
    STOCK_PAGE(
            Kind.PAGE,
            "GET",
            "/stock.xhtml?product={product}",
            null,
            Scope.PRODUCT,
            "FEDERATION",
            "COOP_MANAGER",
            "BROKER"),
    ORDERS_PAGE(
            Kind.PAGE,
            "GET",
            "/orders.xhtml?number={order}",
            null,
            Scope.ORDER,
            "FEDERATION",
            "COOP_MANAGER",
            "BROKER"),
    DESK_PAGE(Kind.PAGE, "GET", "/desk.xhtml?number={order}", null, Scope.ORDER, "FEDERATION", "BROKER"),
    PHONE_ORDER_PAGE(Kind.PAGE, "GET", "/phone-order.xhtml", null, Scope.NONE, "BROKER"),
    QUOTES_PAGE(Kind.PAGE, "GET", "/quotes.xhtml?number={quote}", null, Scope.QUOTE, "FEDERATION", "BROKER"),
    PAYMENTS_PAGE(Kind.PAGE, "GET", "/payments.xhtml", null, Scope.NONE, "FEDERATION"),
    LISTINGS_PAGE(Kind.PAGE, "GET", "/listings.xhtml", null, Scope.NONE, "FEDERATION", "COOP_MANAGER"),
    LISTING_PAGE(
            Kind.PAGE, "GET", "/listing.xhtml?product={product}", null, Scope.PRODUCT, "FEDERATION", "COOP_MANAGER"),
    PARTS_PAGE(Kind.PAGE, "GET", "/parts.xhtml", null, Scope.NONE, "FEDERATION", "COOP_MANAGER"),
    // the order's page holds its refund form too: the same roles as REFUND, a test holds them together
    FULFIL_PAGE(Kind.PAGE, "GET", "/fulfil.xhtml?number={order}", null, Scope.ORDER, "FEDERATION", "COOP_MANAGER"),
    // buyers' requests for pieces none of which is in stock; scoping by cooperative is BuyerRequestsTest's
    REQUESTS_PAGE(Kind.PAGE, "GET", "/requests.xhtml", null, Scope.NONE, "FEDERATION", "COOP_MANAGER"),
    INCOME_ENTRIES(Kind.API, "GET", "/api/v1/income-entries", null, Scope.NONE, "FEDERATION", "COOP_MANAGER"),
    INCOME_PAGE(Kind.PAGE, "GET", "/income.xhtml", null, Scope.NONE, "FEDERATION", "COOP_MANAGER"),
    ARTISANS_PAGE(Kind.PAGE, "GET", "/artisans.xhtml", null, Scope.NONE, "FEDERATION", "COOP_MANAGER"),
    ARTISAN_PAGE(
            Kind.PAGE, "GET", "/artisan.xhtml?artisan={artisan}", null, Scope.ARTISAN, "FEDERATION", "COOP_MANAGER"),
    COURSES_PAGE(Kind.PAGE, "GET", "/courses.xhtml", null, Scope.NONE, "FEDERATION", "COOP_MANAGER"),
    COURSE_PAGE(Kind.PAGE, "GET", "/course.xhtml?course={course}", null, Scope.COURSE, "FEDERATION", "COOP_MANAGER"),
    BATCHES_PAGE(Kind.PAGE, "GET", "/batches.xhtml", null, Scope.NONE, "FEDERATION", "COOP_MANAGER"),
    BATCH_TAGS_PAGE(
            Kind.PAGE, "GET", "/batch-tags.xhtml?batch={batch}", null, Scope.BATCH, "FEDERATION", "COOP_MANAGER"),
    IMPORT_PAGE(Kind.PAGE, "GET", "/import.xhtml", null, Scope.NONE, "FEDERATION", "COOP_MANAGER"),
    STOCK_TASKS_PAGE(Kind.PAGE, "GET", "/stock-tasks.xhtml", null, Scope.NONE, "FEDERATION", "COOP_MANAGER"),
    COMMISSIONS_PAGE(
            Kind.PAGE, "GET", "/commissions.xhtml?broker={broker}", null, Scope.BROKER, "FEDERATION", "BROKER"),
    DISPATCH_PAGE(
            Kind.PAGE,
            "GET",
            "/dispatch.xhtml?workOrder={workOrder}",
            null,
            Scope.WORK_ORDER,
            "FEDERATION",
            "COOP_MANAGER",
            "BROKER"),

    // the federation's chain report and register of cooperatives; the decisions' examples
    // carry a stale version (409 after the role check) for the caller's ({cooperative}: coop-ningyuan's) cooperative,
    // so the matrix changes no cooperative's status
    CHAIN_REPORT(Kind.API, "GET", "/api/v1/reports/chain", null, Scope.NONE, "FEDERATION"),
    CHAIN_REPORT_COURSE(Kind.API, "GET", "/api/v1/reports/chain/courses/{course}", null, Scope.COURSE, "FEDERATION"),
    LIST_COOPERATIVES(Kind.API, "GET", "/api/v1/cooperatives", null, Scope.NONE, "FEDERATION"),
    REGISTER_COOPERATIVE(Kind.API, "POST", "/api/v1/cooperatives", "{\"nameZh\": \"\"}", Scope.NONE, "FEDERATION"),
    APPROVE_COOPERATIVE(
            Kind.API,
            "POST",
            "/api/v1/cooperatives/{cooperative}/approve",
            "{\"version\": -1}",
            Scope.NONE,
            "FEDERATION"),
    SUSPEND_COOPERATIVE(
            Kind.API,
            "POST",
            "/api/v1/cooperatives/{cooperative}/suspend",
            "{\"version\": -1}",
            Scope.NONE,
            "FEDERATION"),
    REPORT_PAGE(Kind.PAGE, "GET", "/report.xhtml", null, Scope.NONE, "FEDERATION"),
    REPORT_COURSE_PAGE(Kind.PAGE, "GET", "/report-course.xhtml?course={course}", null, Scope.COURSE, "FEDERATION"),
    REPORT_EXCEL(Kind.PAGE, "GET", "/report/chain.xlsx", null, Scope.NONE, "FEDERATION"),
    REPORT_PDF(Kind.PAGE, "GET", "/report/chain.pdf", null, Scope.NONE, "FEDERATION"),
    COOPERATIVES_PAGE(Kind.PAGE, "GET", "/cooperatives.xhtml", null, Scope.NONE, "FEDERATION"),

    // the audit trail: who read or changed what, when, before → after; federation staff only
    AUDIT(Kind.API, "GET", "/api/v1/audit", null, Scope.NONE, "FEDERATION"),
    AUDIT_PAGE(Kind.PAGE, "GET", "/audit.xhtml", null, Scope.NONE, "FEDERATION"),

    // back-office accounts: {account} is a user name, the federation's own account ("federation"), which staff
    // may not disable, enable, reset or re-role (409), or carry a wrong current password (400), so nothing changes.
    // Last in the list: the form battery presses the accounts page's buttons on its own instance, after the other
    // pages.
    LIST_ACCOUNTS(Kind.API, "GET", "/api/v1/accounts", null, Scope.NONE, "FEDERATION"),
    CREATE_ACCOUNT(Kind.API, "POST", "/api/v1/accounts", "{\"username\": \"\"}", Scope.NONE, "FEDERATION"),
    DISABLE_ACCOUNT(Kind.API, "POST", "/api/v1/accounts/{account}/disable", "{}", Scope.NONE, "FEDERATION"),
    ENABLE_ACCOUNT(Kind.API, "POST", "/api/v1/accounts/{account}/enable", "{}", Scope.NONE, "FEDERATION"),
    RESET_ACCOUNT(Kind.API, "POST", "/api/v1/accounts/{account}/reset", "{}", Scope.NONE, "FEDERATION"),
    CHANGE_ROLE(Kind.API, "PUT", "/api/v1/accounts/{account}/role", "{\"role\": \"BROKER\"}", Scope.NONE, "FEDERATION"),
    // staff may set their own address, so the example is one that is refused (400)
    CHANGE_EMAIL(
            Kind.API,
            "PUT",
            "/api/v1/accounts/{account}/email",
            "{\"email\": \"not an address\"}",
            Scope.NONE,
            "FEDERATION"),
    CHANGE_OWN_PASSWORD(
            Kind.API,
            "POST",
            "/api/v1/account/password",
            "{\"currentPassword\": \"not-the-current-one\", \"newPassword\": \"matrix-password-1\"}",
            Scope.NONE,
            "FEDERATION",
            "COOP_MANAGER",
            "BROKER"),
    CHANGE_OWN_EMAIL(
            Kind.API,
            "PUT",
            "/api/v1/account/email",
            "{\"currentPassword\": \"not-the-current-one\", \"email\": \"matrix@example.cn\"}",
            Scope.NONE,
            "FEDERATION",
            "COOP_MANAGER",
            "BROKER"),
    PASSWORD_PAGE(Kind.PAGE, "GET", "/password.xhtml", null, Scope.NONE, "FEDERATION", "COOP_MANAGER", "BROKER"),
    ACCOUNTS_PAGE(Kind.PAGE, "GET", "/accounts.xhtml", null, Scope.NONE, "FEDERATION");

    public enum Kind {
        API,
        PAGE
    }

    /**
     * What decides whether the caller may reach the particular thing: nothing, its product, its order, its artisan,
     * its production batch, its training course (the federation's programme courses are everybody's; the matrix
     * uses cooperatives' own courses), its quote, its broker (a broker reaches only her own), its work order (a broker's
     * own; a manager's own or one with tasks of her members).
     */
    public enum Scope {
        NONE,
        PRODUCT,
        ORDER,
        ARTISAN,
        BATCH,
        COURSE,
        QUOTE,
        BROKER,
        WORK_ORDER
    }

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

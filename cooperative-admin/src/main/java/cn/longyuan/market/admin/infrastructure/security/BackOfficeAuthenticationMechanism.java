package cn.longyuan.market.admin.infrastructure.security;

import cn.longyuan.market.application.security.AccountService;
import cn.longyuan.market.application.security.Actor;
import cn.longyuan.market.application.security.LoginThrottle;
import cn.longyuan.market.web.http.SecurityHeaders;
import cn.longyuan.market.web.security.ClientAddresses;
import cn.longyuan.market.web.security.LocalRedirects;
import cn.longyuan.market.web.security.ThrottledLogin;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;

/**
 * One mechanism for the two ways into the back office. Under {@code /api/}: HTTP Basic on every request,
 * never the page session (a script must not ride on a browser's cookie), and a JSON 401 without it. Pages:
 * form login through {@link jakarta.security.enterprise.SecurityContext#authenticate}, a new session id at
 * login against fixation, then the session; a protected page without login goes to the login page. Failed
 * logins of both kinds are throttled ({@link LoginThrottle}): 429 with Retry-After, no password checked.
 * A user who logged in with a password staff gave her must choose her own first: pages lead to
 * {@code password.xhtml}, the API answers 403 to every call but the own-password one.
 */
@ApplicationScoped
public class BackOfficeAuthenticationMechanism implements HttpAuthenticationMechanism {

    public static final String SESSION_USER = "longyuan.user";
    public static final String REQUEST_ACTOR = "longyuan.actor";
    /** Set at login while her password is one staff gave her; the password page removes it. */
    public static final String SESSION_MUST_CHANGE_PASSWORD = "longyuan.mustChangePassword";

    public static final String PASSWORD_PAGE = "/password.xhtml";
    /**
     * The account's version when she logged in: a reset, a new role or disabling by staff ends her session at its next
     * request (her own password change carries the session over, {@code PasswordPage}).
     */
    public static final String SESSION_ACCOUNT_VERSION = "longyuan.accountVersion";

    private static final String OWN_PASSWORD_CALL = "/api/v1/account/password";
    private static final String REALM = "Longyuan back office";

    @Inject
    private AccountService accounts;

    @Inject
    private SecurityHeaders headers;

    @Inject
    private BasicCredentialCache cache;

    @Inject
    private LoginThrottle throttle;

    @Inject
    private ClientAddresses addresses;

    @Override
    public AuthenticationStatus validateRequest(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        // the mechanism runs before the war's filters, and some answers are its own (a 401, a redirect to the login)
        headers.apply(response);
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/api/")) {
            return basic(request, response, context);
        }
        Credential credential = context.getAuthParameters().getCredential();
        if (credential instanceof UsernamePasswordCredential login) {
            String address = addresses.of(request);
            Optional<LoginThrottle.Wait> wait = throttle.refusal(login.getCaller(), address);
            if (wait.isPresent()) {
                ThrottledLogin.mark(request, wait.get());
                return AuthenticationStatus.SEND_FAILURE;
            }
            java.util.OptionalLong versionChecked = accounts.version(login.getCaller());
            Optional<Actor> actor = accounts.authenticate(login.getCaller(), login.getPasswordAsString());
            if (actor.isEmpty()) {
                throttle.failed(login.getCaller(), address);
                return AuthenticationStatus.SEND_FAILURE;
            }
            throttle.succeeded(login.getCaller());
            if (request.getSession(false) != null) {
                request.changeSessionId();
            }
            HttpSession session = request.getSession(true);
            session.setAttribute(SESSION_USER, actor.get().username());
            versionChecked.ifPresent(v -> session.setAttribute(SESSION_ACCOUNT_VERSION, v));
            if (accounts.mustChangePassword(actor.get().username())) {
                session.setAttribute(SESSION_MUST_CHANGE_PASSWORD, Boolean.TRUE);
            }
            return loggedIn(request, context, actor.get());
        }
        HttpSession session = request.getSession(false);
        Object user = session == null ? null : session.getAttribute(SESSION_USER);
        if (user instanceof String username) {
            Optional<Actor> actor = session.getAttribute(SESSION_ACCOUNT_VERSION) instanceof Long version
                    ? accounts.actorAtVersion(username, version)
                    : accounts.actor(username);
            if (actor.isPresent()) {
                if (session.getAttribute(SESSION_MUST_CHANGE_PASSWORD) != null
                        && !path.equals(PASSWORD_PAGE)
                        && !path.startsWith("/jakarta.faces.resource/")) {
                    return LocalRedirects.redirect(response, request.getContextPath() + PASSWORD_PAGE);
                }
                return loggedIn(request, context, actor.get());
            }
            session.invalidate();
        }
        if (context.isProtected()) {
            return LocalRedirects.redirect(response, request.getContextPath() + "/login.xhtml");
        }
        return context.doNothing();
    }

    private AuthenticationStatus basic(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return unauthorized(response, "This API needs HTTP Basic authentication with a back-office account.");
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(header.substring(6).strip()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return unauthorized(response, "The Authorization header is not valid Basic credentials.");
        }
        int colon = decoded.indexOf(':');
        if (colon < 1) {
            return unauthorized(response, "The Authorization header is not valid Basic credentials.");
        }
        String username = decoded.substring(0, colon);
        String password = decoded.substring(colon + 1);
        // credentials checked a moment ago pass without the throttle: the owner's script goes on during a guessing run
        // a hit still reads the account (no password check): once it changed (disabled, reset, a new role or password)
        // the entry no longer counts, and the password is checked again
        Optional<Actor> actor = cache.get(username, password)
                .flatMap(cached -> accounts.actorAtVersion(username, cached.accountVersion()));
        if (actor.isPresent()) {
            throttle.succeeded(username);
        } else {
            String address = addresses.of(request);
            Optional<LoginThrottle.Wait> wait = throttle.refusal(username, address);
            if (wait.isPresent()) {
                return tooManyAttempts(response, wait.get());
            }
            java.util.OptionalLong versionChecked = accounts.version(username);
            actor = accounts.authenticate(username, password);
            if (actor.isEmpty()) {
                throttle.failed(username, address);
                return unauthorized(response, "Wrong user name or password.");
            }
            throttle.succeeded(username);
            if (accounts.mustChangePassword(username)) {
                String path = request.getRequestURI()
                        .substring(request.getContextPath().length());
                if (!path.equals(OWN_PASSWORD_CALL)) {
                    return refuse(
                            response,
                            HttpServletResponse.SC_FORBIDDEN,
                            "FORBIDDEN",
                            "Choose your own password first: "
                                    + "POST /admin/api/v1/account/password with the one you were given.");
                }
                return loggedIn(request, context, actor.get());
            }
            if (versionChecked.isPresent()) {
                cache.put(username, password, actor.get(), versionChecked.getAsLong());
            }
        }
        return loggedIn(request, context, actor.get());
    }

    private static AuthenticationStatus loggedIn(HttpServletRequest request, HttpMessageContext context, Actor actor) {
        request.setAttribute(REQUEST_ACTOR, actor);
        return context.notifyContainerAboutLogin(
                actor.username(), Set.of(actor.role().name()));
    }

    private static AuthenticationStatus tooManyAttempts(HttpServletResponse response, LoginThrottle.Wait wait) {
        response.setHeader("Retry-After", Long.toString(wait.seconds()));
        return refuse(
                response,
                429,
                "TOO_MANY_REQUESTS",
                "Too many failed logins for this " + wait.reason() + "; try again in " + wait.seconds() + " s.");
    }

    private static AuthenticationStatus unauthorized(HttpServletResponse response, String message) {
        response.setHeader("WWW-Authenticate", "Basic realm=\"" + REALM + "\", charset=\"UTF-8\"");
        return refuse(response, HttpServletResponse.SC_UNAUTHORIZED, "UNAUTHORIZED", message);
    }

    private static AuthenticationStatus refuse(HttpServletResponse response, int status, String code, String message) {
        try {
            response.setStatus(status);
            response.setContentType("application/json;charset=UTF-8");
            response.getWriter()
                    .write(Json.createObjectBuilder()
                            .add("error", code)
                            .add("message", message)
                            .add("violations", Json.createArrayBuilder())
                            .build()
                            .toString());
            response.flushBuffer();
        } catch (IOException e) {
            // the client went away; nothing to answer
        }
        return AuthenticationStatus.SEND_FAILURE;
    }
}

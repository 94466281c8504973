package cn.longyuan.market.admin.infrastructure.security;

import cn.longyuan.market.application.security.AccountService;
import cn.longyuan.market.application.security.Actor;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;

/** The authenticated back-office user of this request, as the services want it. */
@RequestScoped
public class CurrentActor {

    @Inject
    private HttpServletRequest request;

    @Inject
    private SecurityContext security;

    @Inject
    private AccountService accounts;

    /** Dependent: an {@link Actor} is an immutable record (not proxyable), looked up once per request anyway. */
    @Produces
    @Named("actor")
    Actor actor() {
        if (request.getAttribute(BackOfficeAuthenticationMechanism.REQUEST_ACTOR) instanceof Actor actor) {
            return actor;
        }
        Principal caller = security.getCallerPrincipal();
        if (caller == null) {
            throw new IllegalStateException("no authenticated caller in this request");
        }
        return accounts.actor(caller.getName())
                .orElseThrow(() -> new IllegalStateException("the caller's account is gone: " + caller.getName()));
    }
}

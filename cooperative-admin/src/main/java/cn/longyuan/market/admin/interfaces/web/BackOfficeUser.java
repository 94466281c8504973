package cn.longyuan.market.admin.interfaces.web;

import cn.longyuan.market.application.security.Actor;
import cn.longyuan.market.domain.model.cooperative.Role;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** What the pages ask of the logged-in user: may she change members, training, production and stock records? */
@Named
@RequestScoped
public class BackOfficeUser {

    @Inject
    private Actor actor;

    /** The user as the services want her; for view-scoped beans, which cannot hold the (unserialisable) actor itself. */
    public Actor actor() {
        return actor;
    }

    /** A cooperative's manager keeps her members, batches and stock; federation staff read them. */
    public boolean isManager() {
        return actor.is(Role.COOP_MANAGER);
    }

    public boolean isFederation() {
        return actor.is(Role.FEDERATION);
    }

    public boolean isBroker() {
        return actor.is(Role.BROKER);
    }

    /** Courses are created by federation staff (the programme) and by cooperatives (their own). */
    public boolean isTrainingStaff() {
        return actor.is(Role.COOP_MANAGER) || actor.is(Role.FEDERATION);
    }
}

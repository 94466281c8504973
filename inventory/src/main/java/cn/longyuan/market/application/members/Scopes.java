package cn.longyuan.market.application.members;

import cn.longyuan.market.application.security.Actor;
import cn.longyuan.market.application.shared.RequestRefusedException;
import cn.longyuan.market.application.shared.RequestRefusedException.Reason;
import cn.longyuan.market.domain.model.cooperative.Role;

/** Who may change members' and training records: a cooperative's manager for her own; federation staff where a rule says so. */
final class Scopes {

    private Scopes() {}

    static void requireManager(Actor actor, String what) {
        if (!actor.is(Role.COOP_MANAGER)) {
            throw new RequestRefusedException(Reason.FORBIDDEN, "Only a cooperative's manager " + what + ".");
        }
    }

    static void requireStaff(Actor actor) {
        if (!actor.is(Role.COOP_MANAGER) && !actor.is(Role.FEDERATION)) {
            throw new RequestRefusedException(
                    Reason.FORBIDDEN, "Only cooperative managers and federation staff keep training records.");
        }
    }
}

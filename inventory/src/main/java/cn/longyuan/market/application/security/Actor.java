package cn.longyuan.market.application.security;

import cn.longyuan.market.domain.model.cooperative.Role;

/**
 * Who is asking: an account's name, role and — for a cooperative manager — her cooperative. Services take
 * it to scope what they answer; the interfaces build it from the authenticated caller.
 */
public record Actor(long accountId, String username, Role role, Long cooperativeId) implements java.io.Serializable {

    public Actor {
        if ((role == Role.COOP_MANAGER) != (cooperativeId != null)) {
            throw new IllegalArgumentException("a cooperative manager, and only she, acts for a cooperative");
        }
    }

    public boolean is(Role other) {
        return role == other;
    }

    /** Whether this actor may see or act on things of the given cooperative. */
    public boolean canSeeCooperative(long cooperative) {
        return switch (role) {
            case FEDERATION -> true;
            case COOP_MANAGER -> cooperativeId == cooperative;
            case BROKER, BUYER -> false;
        };
    }

    /** The cooperative whose data alone this actor may see, or null for all of them. */
    public Long cooperativeScope() {
        return role == Role.COOP_MANAGER ? cooperativeId : null;
    }

    /** Whether the actor may read artisans' private data (phone, ID number, household status) of that cooperative. */
    public boolean canReadPrivateDataOf(long cooperative) {
        return role == Role.FEDERATION || (role == Role.COOP_MANAGER && cooperativeId == cooperative);
    }
}

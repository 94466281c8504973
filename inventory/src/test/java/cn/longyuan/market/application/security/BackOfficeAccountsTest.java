package cn.longyuan.market.application.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.longyuan.market.application.federation.CooperativeRegistry;
import cn.longyuan.market.application.shared.RequestRefusedException;
import cn.longyuan.market.application.shared.RequestRefusedException.Reason;
import cn.longyuan.market.domain.model.cooperative.Role;
import cn.longyuan.market.testing.Chain;
import cn.longyuan.market.testing.TestDatabase;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Federation staff keep the back-office accounts; a new user sets her own password from a single-use, time-limited
 * link or changes a given one; everyone changes her own; a cooperative's first approval (by a second member of staff)
 * makes its manager's account. Every change is in the audit trail.
 */
class BackOfficeAccountsTest {

    private static final String STAFF_PASSWORD = "staff-password-1";

    private record Staff(Chain chain, Actor first, Actor second) {

        <T> T admin(Function<AccountAdministration, T> work) {
            return chain.tx(
                    em -> work.apply(new AccountAdministration(em, chain.clock, new Passwords(em, chain.clock))));
        }

        <T> T passwords(Function<Passwords, T> work) {
            return chain.tx(em -> work.apply(new Passwords(em, chain.clock)));
        }

        <T> T registry(Function<CooperativeRegistry, T> work) {
            return chain.tx(em -> work.apply(chain.registry(em)));
        }

        java.util.Optional<Actor> login(String username, String password) {
            return chain.tx(em -> new AccountService(em, chain.clock).authenticate(username, password));
        }

        List<String> audit(String username) {
            return chain.tx(em -> em.createQuery(
                            "select e.action from AuditEntry e, Account a where e.subjectType = 'account'"
                                    + " and e.subjectId = a.id and a.username = :u order by e.id",
                            String.class)
                    .setParameter("u", username)
                    .getResultList());
        }
    }

    private static Staff staff(TestDatabase.Opened db) {
        Chain chain = new Chain(db);
        Actor[] actors = chain.tx(em -> {
            AccountService accounts = new AccountService(em, chain.clock);
            return new Actor[] {
                actor(accounts.create("staff-ma", STAFF_PASSWORD, Role.FEDERATION, null, "马")),
                actor(accounts.create("staff-zhou", STAFF_PASSWORD, Role.FEDERATION, null, "周"))
            };
        });
        return new Staff(chain, actors[0], actors[1]);
    }

    private static Actor actor(cn.longyuan.market.domain.model.cooperative.Account a) {
        return new Actor(
                a.id(),
                a.username(),
                a.role(),
                a.cooperative() == null ? null : a.cooperative().id());
    }

    private static Reason refusal(Executable call) {
        return assertThrows(RequestRefusedException.class, call).reason();
    }

    private static String violation(Executable call) {
        return assertThrows(RequestRefusedException.class, call)
                .violations()
                .get(0)
                .field();
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aNewManagerSetsHerPasswordOnceFromHerLinkWithinItsLifetime(TestDatabase database) {
        try (TestDatabase.Opened db = database.open()) {
            Staff s = staff(db);
            AccountAdministration.Issued issued = s.admin(a -> a.create(
                    s.first(),
                    new AccountAdministration.NewAccount(
                            "coop-new", "新合作社负责人", Role.COOP_MANAGER, s.chain().cooperativeId, null)));
            assertNotNull(issued.link());
            assertEquals(43, issued.link().token().length());
            assertEquals(Role.COOP_MANAGER, issued.account().role());
            String token = issued.link().token();
            // only the token's hash is stored
            assertEquals(0L, (long) s.chain()
                    .tx(em -> em.createQuery("select count(l) from PasswordLink l where l.tokenHash = :t", Long.class)
                            .setParameter("t", token)
                            .getSingleResult()));
            assertEquals("coop-new", s.passwords(p -> p.holderOf(token)).orElseThrow());

            assertEquals("newPassword", violation(() -> s.passwords(p -> p.setFromLink(token, "short"))));
            assertEquals("coop-new", s.passwords(p -> p.setFromLink(token, "my-own-password")));
            Actor manager = s.login("coop-new", "my-own-password").orElseThrow();
            assertEquals(s.chain().cooperativeId, (long) manager.cooperativeId());
            assertFalse((boolean) s.chain()
                    .tx(em -> new AccountService(em, s.chain().clock).mustChangePassword("coop-new")));

            assertEquals("token", violation(() -> s.passwords(p -> p.setFromLink(token, "another-password-2"))));
            assertTrue(s.passwords(p -> p.holderOf(token)).isEmpty());

            // a reset makes a new link; the old password stops at once, the link expires after its lifetime
            String second =
                    s.admin(a -> a.reset(s.first(), "coop-new", null)).link().token();
            assertTrue(s.login("coop-new", "my-own-password").isEmpty());
            s.chain().clock.advance(Passwords.LINK_LIFETIME.plus(Duration.ofMinutes(1)));
            assertEquals("token", violation(() -> s.passwords(p -> p.setFromLink(second, "late-password-3"))));
            assertEquals("token", violation(() -> s.passwords(p -> p.setFromLink("x".repeat(43), "late-password-3"))));
            assertEquals(List.of("ACCOUNT_CREATED", "ACCOUNT_RESET"), s.audit("coop-new"));
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aGivenPasswordMustBeChangedAndAnyoneChangesHerOwnWithTheCurrentOne(TestDatabase database) {
        try (TestDatabase.Opened db = database.open()) {
            Staff s = staff(db);
            AccountAdministration.Issued issued = s.admin(a -> a.create(
                    s.first(),
                    new AccountAdministration.NewAccount("broker-new", "新经纪人", Role.BROKER, null, "given-password-1")));
            assertNull(issued.link());
            assertTrue(issued.account().mustChangePassword());
            Actor broker = s.login("broker-new", "given-password-1").orElseThrow();

            assertEquals(
                    "currentPassword",
                    violation(() -> s.passwords(p -> {
                        p.change(broker, "wrong-password-9", "chosen-password-2");
                        return null;
                    })));
            assertEquals(
                    "newPassword",
                    violation(() -> s.passwords(p -> {
                        p.change(broker, "given-password-1", "given-password-1");
                        return null;
                    })));
            s.passwords(p -> {
                p.change(broker, "given-password-1", "chosen-password-2");
                return null;
            });
            assertTrue(s.login("broker-new", "given-password-1").isEmpty());
            assertTrue(s.login("broker-new", "chosen-password-2").isPresent());
            assertFalse(s.admin(a -> a.one(s.first(), "broker-new")).mustChangePassword());

            AccountAdministration.Issued reset = s.admin(a -> a.reset(s.first(), "broker-new", "temporary-pass-3"));
            assertNull(reset.link());
            assertTrue(reset.account().mustChangePassword());
            assertTrue(s.login("broker-new", "temporary-pass-3").isPresent());
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void staffDisableEnableAndReRoleOthersButNotThemselvesAndEachChangeIsAudited(TestDatabase database) {
        try (TestDatabase.Opened db = database.open()) {
            Staff s = staff(db);
            s.admin(a -> a.create(
                    s.first(),
                    new AccountAdministration.NewAccount("helper", "帮手", Role.BROKER, null, "helper-password-1")));
            s.admin(a -> a.disable(s.first(), "helper"));
            assertTrue(s.login("helper", "helper-password-1").isEmpty());
            assertEquals(Reason.INVALID_STATE, refusal(() -> s.admin(a -> a.disable(s.first(), "helper"))));
            s.admin(a -> a.enable(s.second(), "helper"));
            assertTrue(s.login("helper", "helper-password-1").isPresent());

            AccountAdministration.AccountView manager =
                    s.admin(a -> a.changeRole(s.first(), "helper", Role.COOP_MANAGER, s.chain().cooperativeId));
            assertEquals(Role.COOP_MANAGER, manager.role());
            assertEquals(s.chain().cooperativeId, (long)
                    s.login("helper", "helper-password-1").orElseThrow().cooperativeId());
            assertEquals(
                    "cooperativeId",
                    violation(() -> s.admin(a -> a.changeRole(s.first(), "helper", Role.COOP_MANAGER, null))));
            assertEquals(
                    "cooperativeId",
                    violation(() ->
                            s.admin(a -> a.changeRole(s.first(), "helper", Role.BROKER, s.chain().cooperativeId))));
            assertEquals("role", violation(() -> s.admin(a -> a.changeRole(s.first(), "helper", Role.BUYER, null))));
            assertEquals(
                    Reason.INVALID_STATE,
                    refusal(() -> s.admin(
                            a -> a.changeRole(s.first(), "helper", Role.COOP_MANAGER, s.chain().cooperativeId))));

            assertEquals(Reason.INVALID_STATE, refusal(() -> s.admin(a -> a.disable(s.first(), "staff-ma"))));
            assertEquals(
                    Reason.INVALID_STATE,
                    refusal(() -> s.admin(a -> a.changeRole(s.first(), "staff-ma", Role.BROKER, null))));
            assertEquals(Reason.INVALID_STATE, refusal(() -> s.admin(a -> a.reset(s.first(), "staff-ma", null))));
            assertEquals(Reason.NOT_FOUND, refusal(() -> s.admin(a -> a.disable(s.first(), "nobody-here"))));
            assertEquals(
                    "username",
                    violation(() -> s.admin(a -> a.create(
                            s.first(),
                            new AccountAdministration.NewAccount("helper", "又一个", Role.BROKER, null, null)))));
            assertEquals(
                    "role",
                    violation(() -> s.admin(a -> a.create(
                            s.first(),
                            new AccountAdministration.NewAccount("buyer-x", "买家", Role.BUYER, null, null)))));

            Actor manager0 = s.login("helper", "helper-password-1").orElseThrow();
            assertEquals(Reason.FORBIDDEN, refusal(() -> s.admin(a -> a.all(manager0))));
            assertEquals(Reason.FORBIDDEN, refusal(() -> s.admin(a -> a.disable(manager0, "staff-ma"))));

            assertEquals(
                    List.of("ACCOUNT_CREATED", "ACCOUNT_DISABLED", "ACCOUNT_ENABLED", "ACCOUNT_ROLE_CHANGED"),
                    s.audit("helper"));
            assertEquals(
                    List.of("staff-ma", "staff-ma", "staff-zhou", "staff-ma"),
                    s.chain()
                            .tx(em -> em.createQuery(
                                            "select e.actor from AuditEntry e where e.subjectType = 'account' order by e.id",
                                            String.class)
                                    .getResultList()));
            assertTrue(s.chain()
                    .tx(em -> em.createQuery(
                                    "select e.detail from AuditEntry e where e.action = 'ACCOUNT_ROLE_CHANGED'",
                                    String.class)
                            .getSingleResult())
                    .contains("BROKER → COOP_MANAGER of cooperative " + s.chain().cooperativeId));
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aCooperativesFirstApprovalByASecondStaffMemberMakesItsManagersAccountWithALink(TestDatabase database) {
        try (TestDatabase.Opened db = database.open()) {
            Staff s = staff(db);
            long id = s.registry(r -> r.register(
                    s.first(),
                    new CooperativeRegistry.NewCooperative(
                            "双湾镇草编合作社",
                            "Shuangwan Straw Cooperative",
                            "双湾镇",
                            null,
                            null,
                            null,
                            "coop-caobian",
                            "草编合作社负责人")));
            assertEquals("staff-ma", s.registry(r -> r.one(s.second(), id)).registeredBy());

            RequestRefusedException sameHands =
                    assertThrows(RequestRefusedException.class, () -> s.registry(r -> r.approve(s.first(), id, null)));
            assertEquals(Reason.FORBIDDEN, sameHands.reason());
            assertTrue(sameHands.getMessage().contains("another member of federation staff"));
            assertTrue(s.chain()
                    .tx(em -> em.createQuery("select a from Account a where a.username = 'coop-caobian'")
                            .getResultList())
                    .isEmpty());

            CooperativeRegistry.Approval approval = s.registry(r -> r.approve(s.second(), id, null));
            assertEquals("APPROVED", approval.cooperative().status().name());
            assertEquals("coop-caobian", approval.managerLink().username());
            s.passwords(p -> p.setFromLink(approval.managerLink().token(), "caobian-password-1"));
            assertEquals(id, (long)
                    s.login("coop-caobian", "caobian-password-1").orElseThrow().cooperativeId());
            assertEquals(List.of("ACCOUNT_CREATED"), s.audit("coop-caobian"));

            // reinstating after a suspension makes no second account
            s.registry(r -> r.suspend(s.first(), id, null));
            assertNull(s.registry(r -> r.approve(s.first(), id, null)).managerLink());
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aCooperativeWithoutANamedManagerIsNotApprovedUntilOneIsNamed(TestDatabase database) {
        try (TestDatabase.Opened db = database.open()) {
            Staff s = staff(db);
            long id = s.registry(r -> r.register(
                    s.first(),
                    new CooperativeRegistry.NewCooperative(
                            "宁远堡镇皮影合作社", "Ningyuanpu Puppet Cooperative", "宁远堡镇", null, null, null)));
            assertEquals("managerUsername", violation(() -> s.registry(r -> r.approve(s.second(), id, null))));
            assertEquals(
                    "managerUsername",
                    violation(() -> s.registry(r -> r.approve(s.second(), id, null, "staff-ma", "马"))));
            assertEquals(
                    "PENDING", s.registry(r -> r.one(s.second(), id)).status().name());
            assertEquals(
                    "managerUsername",
                    violation(() -> s.registry(r -> r.register(
                            s.first(),
                            new CooperativeRegistry.NewCooperative(
                                    "x", "x", "x", null, null, null, "Bad Name", "某")))));

            CooperativeRegistry.Approval approval =
                    s.registry(r -> r.approve(s.second(), id, null, "coop-piying", "皮影负责人"));
            assertEquals("coop-piying", approval.managerLink().username());
            assertEquals("coop-piying", approval.cooperative().managerUsername());
        }
    }
}

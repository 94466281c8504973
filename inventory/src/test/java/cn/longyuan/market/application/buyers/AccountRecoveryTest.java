package cn.longyuan.market.application.buyers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.longyuan.market.application.security.AccountService;
import cn.longyuan.market.application.security.LoginThrottle;
import cn.longyuan.market.application.security.PasswordResetThrottle;
import cn.longyuan.market.application.security.TooManyAttemptsException;
import cn.longyuan.market.application.shared.AccessTokens;
import cn.longyuan.market.application.shared.RequestRefusedException;
import cn.longyuan.market.testing.Chain;
import cn.longyuan.market.testing.TestDatabase;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Account recovery: a reset link by e-mail (once, for an hour, only its hash stored, the same answer for an unknown
 * address, throttled), and a logged-in buyer's change of password and of e-mail address, each with her current password.
 */
class AccountRecoveryTest {

    private static final String OLD = "the old password 1";
    private static final String NEW = "a brand new one 2";

    private final List<PasswordResetRequested> sent = new ArrayList<>();

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aResetLinkWorksOnceWithinItsHourAndOnlyItsHashIsKept(TestDatabase database) {
        try (TestDatabase.Opened db = database.open()) {
            Chain chain = new Chain(db);
            PasswordResetThrottle throttle = throttle(chain, 5);
            register(chain, "fang@example.cn");

            chain.tx(em -> {
                recovery(chain, em, throttle).requestReset("  Fang@Example.CN ", "en", "10.0.0.1");
                return null;
            });
            assertEquals(1, sent.size());
            PasswordResetRequested mail = sent.get(0);
            assertEquals("fang@example.cn", mail.email());
            assertEquals("en", mail.language());
            assertEquals(chain.clock.instant().plus(Duration.ofHours(1)), mail.expiresAt());
            String stored = chain.tx(em -> em.createQuery("select r.tokenHash from PasswordReset r", String.class)
                    .getSingleResult());
            assertNotEquals(mail.token(), stored, "the token itself is not in the database");
            assertEquals(AccessTokens.hash(mail.token()), stored);

            chain.tx(em -> {
                recovery(chain, em, throttle).reset(mail.token(), NEW);
                return null;
            });
            assertTrue(logsIn(chain, "fang@example.cn", NEW));
            assertFalse(logsIn(chain, "fang@example.cn", OLD));

            RequestRefusedException again = assertThrows(
                    RequestRefusedException.class,
                    () -> chain.tx(em -> {
                        recovery(chain, em, throttle).reset(mail.token(), "yet another one 3");
                        return null;
                    }));
            assertEquals("token", again.violations().get(0).field());
            assertTrue(logsIn(chain, "fang@example.cn", NEW), "a used link changes nothing");

            chain.tx(em -> {
                recovery(chain, em, throttle).requestReset("fang@example.cn", "zh", "10.0.0.1");
                return null;
            });
            String late = sent.get(1).token();
            chain.clock.advance(Duration.ofMinutes(61));
            assertFalse(usable(chain, throttle, late));
            assertThrows(
                    RequestRefusedException.class,
                    () -> chain.tx(em -> {
                        recovery(chain, em, throttle).reset(late, "yet another one 3");
                        return null;
                    }));
            assertTrue(logsIn(chain, "fang@example.cn", NEW), "an expired link changes nothing");
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void anUnknownAddressIsAnsweredAlikeAndAsksAreThrottled(TestDatabase database) {
        try (TestDatabase.Opened db = database.open()) {
            Chain chain = new Chain(db);
            PasswordResetThrottle throttle = throttle(chain, 3);
            register(chain, "fang@example.cn");
            register(chain, "username-buyer");

            for (String unknown : List.of("nobody@example.cn", "username-buyer", "", "not an address")) {
                chain.tx(em -> {
                    recovery(chain, em, throttle).requestReset(unknown, "zh", "10.0.0.2");
                    return null;
                });
            }
            assertEquals(List.of(), sent, "nothing is sent, and nothing tells the caller so");
            long links = chain.tx(em -> em.createQuery("select count(r) from PasswordReset r", Long.class)
                    .getSingleResult());
            assertEquals(0, links);

            // a newer link ends the older one
            chain.tx(em -> {
                recovery(chain, em, throttle).requestReset("fang@example.cn", "zh", "10.0.0.3");
                return null;
            });
            chain.tx(em -> {
                recovery(chain, em, throttle).requestReset("fang@example.cn", "zh", "10.0.0.3");
                return null;
            });
            assertFalse(usable(chain, throttle, sent.get(0).token()));
            assertTrue(usable(chain, throttle, sent.get(1).token()));

            chain.tx(em -> {
                recovery(chain, em, throttle).requestReset("fang@example.cn", "zh", "10.0.0.3");
                return null;
            });
            TooManyAttemptsException throttled = assertThrows(
                    TooManyAttemptsException.class,
                    () -> chain.tx(em -> {
                        recovery(chain, em, throttle).requestReset("fang@example.cn", "zh", "10.0.0.4");
                        return null;
                    }));
            assertTrue(throttled.waitTime().seconds() >= 1);
            assertEquals(3, sent.size(), "a refused ask sends nothing");
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aLoggedInBuyerChangesHerPasswordAndHerEmailOnlyWithHerCurrentPassword(TestDatabase database) {
        try (TestDatabase.Opened db = database.open()) {
            Chain chain = new Chain(db);
            long fang = register(chain, "fang@example.cn");
            register(chain, "taken@example.cn");
            LoginThrottle logins = new LoginThrottle(chain.clock, 5, 30, "PT15M");

            RequestRefusedException wrong = assertThrows(
                    RequestRefusedException.class,
                    () -> chain.tx(em -> {
                        settings(chain, em, logins).changePassword(fang, "not my password", NEW, "10.0.0.5");
                        return null;
                    }));
            assertEquals("currentPassword", wrong.violations().get(0).field());
            RequestRefusedException weak = assertThrows(
                    RequestRefusedException.class,
                    () -> chain.tx(em -> {
                        settings(chain, em, logins).changePassword(fang, OLD, "short", "10.0.0.5");
                        return null;
                    }));
            assertEquals("newPassword", weak.violations().get(0).field());
            assertTrue(logsIn(chain, "fang@example.cn", OLD));

            chain.tx(em -> {
                settings(chain, em, logins).changePassword(fang, OLD, NEW, "10.0.0.5");
                return null;
            });
            assertTrue(logsIn(chain, "fang@example.cn", NEW));
            assertFalse(logsIn(chain, "fang@example.cn", OLD));

            RequestRefusedException taken = assertThrows(
                    RequestRefusedException.class,
                    () -> chain.tx(
                            em -> settings(chain, em, logins).changeEmail(fang, NEW, "Taken@Example.cn", "10.0.0.5")));
            assertEquals("email", taken.violations().get(0).field());
            assertThrows(
                    RequestRefusedException.class,
                    () -> chain.tx(em ->
                            settings(chain, em, logins).changeEmail(fang, OLD, "fang.new@example.cn", "10.0.0.5")));

            assertEquals(
                    "fang.new@example.cn",
                    chain.tx(em ->
                            settings(chain, em, logins).changeEmail(fang, NEW, " Fang.New@Example.cn", "10.0.0.5")));
            assertTrue(logsIn(chain, "fang.new@example.cn", NEW));
            assertFalse(logsIn(chain, "fang@example.cn", NEW), "the old address is no login any more");

            // four wrong current passwords and the fifth try waits, even with the right one
            for (int i = 0; i < 5; i++) {
                assertThrows(
                        RequestRefusedException.class,
                        () -> chain.tx(em -> {
                            settings(chain, em, logins).changePassword(fang, "guess", NEW, "10.0.0.6");
                            return null;
                        }));
            }
            assertThrows(
                    TooManyAttemptsException.class,
                    () -> chain.tx(em -> {
                        settings(chain, em, logins).changePassword(fang, NEW, "the newest one 4", "10.0.0.6");
                        return null;
                    }));
        }
    }

    private boolean usable(Chain chain, PasswordResetThrottle throttle, String token) {
        Boolean usable = chain.tx(em -> recovery(chain, em, throttle).isUsable(token));
        return usable;
    }

    private long register(Chain chain, String login) {
        return chain.tx(em -> new BuyerAccounts(em, chain.clock).register(login, "王芳", OLD))
                .accountId();
    }

    private static boolean logsIn(Chain chain, String login, String password) {
        return chain.tx(em -> new AccountService(em, chain.clock).authenticate(login, password))
                .isPresent();
    }

    private AccountRecovery recovery(Chain chain, EntityManager em, PasswordResetThrottle throttle) {
        return new AccountRecovery(em, chain.clock, Duration.ofHours(1), sent::add, throttle);
    }

    private static AccountSettings settings(Chain chain, EntityManager em, LoginThrottle logins) {
        return new AccountSettings(em, chain.clock, logins);
    }

    private static PasswordResetThrottle throttle(Chain chain, int free) {
        return new PasswordResetThrottle(chain.clock, free, 30, "PT15M");
    }
}

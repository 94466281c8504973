package cn.longyuan.market.application.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.longyuan.market.application.members.ArtisanDirectory;
import cn.longyuan.market.application.shared.RequestRefusedException;
import cn.longyuan.market.domain.model.cooperative.Role;
import cn.longyuan.market.domain.model.training.Artisan;
import cn.longyuan.market.testing.Chain;
import cn.longyuan.market.testing.TestDatabase;
import java.sql.ResultSet;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class AccountsAndPrivateDataTest {

    private static final IdNumberCipher CIPHER =
            new IdNumberCipher(Base64.getDecoder().decode("q83vEjRWeJq83vEjRWeJq83vEjRWeJq83vEjRWeJq8M="));

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void theFirstFederationAccountIsCreatedOnceAndAWeakPasswordIsRefused(TestDatabase database) {
        try (TestDatabase.Opened db = database.open()) {
            Chain chain = new Chain(db);
            RequestRefusedException weak = assertThrows(
                    RequestRefusedException.class,
                    () -> chain.tx(em ->
                            new AccountService(em, chain.clock).createFirstFederationAccount("admin", "short-pw")));
            assertEquals("password", weak.violations().get(0).field());

            assertEquals(
                    Boolean.TRUE,
                    chain.tx(em -> new AccountService(em, chain.clock)
                            .createFirstFederationAccount("admin", "a-strong-passphrase")));
            assertEquals(
                    Boolean.FALSE,
                    chain.tx(em -> new AccountService(em, chain.clock)
                            .createFirstFederationAccount("second", "a-strong-passphrase")));

            Actor actor = chain.tx(
                            em -> new AccountService(em, chain.clock).authenticate("admin", "a-strong-passphrase"))
                    .orElseThrow();
            assertEquals(Role.FEDERATION, actor.role());
            assertTrue(chain.tx(em -> new AccountService(em, chain.clock).authenticate("admin", "wrong-passphrase"))
                    .isEmpty());
            assertTrue(chain.tx(em -> new AccountService(em, chain.clock).authenticate("nobody", "a-strong-passphrase"))
                    .isEmpty());
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void theDatabaseHoldsNoReadableIdNumberAndEveryReadOfPrivateDataIsAudited(TestDatabase database) throws Exception {
        try (TestDatabase.Opened db = database.open()) {
            Chain chain = new Chain(db);
            chain.tx(em -> {
                em.find(Artisan.class, chain.trainedArtisanId).recordIdNumber(CIPHER.encrypt("620302198805061234"));
                return null;
            });
            try (var connection = db.dataSource().getConnection();
                    ResultSet rows = connection
                            .createStatement()
                            .executeQuery("select id_number_cipher from artisan where id_number_cipher is not null")) {
                assertTrue(rows.next());
                assertFalse(rows.getString(1).contains("620302198805061234"));
                assertFalse(rows.getString(1).contains("1988"));
            }

            Actor manager = new Actor(1, "coop-ningyuan", Role.COOP_MANAGER, chain.cooperativeId);
            Actor broker = new Actor(2, "broker-li", Role.BROKER, null);
            List<ArtisanDirectory.Entry> seenByManager =
                    chain.tx(em -> new ArtisanDirectory(em, CIPHER, chain.clock).visibleTo(manager));
            List<ArtisanDirectory.Entry> seenByBroker =
                    chain.tx(em -> new ArtisanDirectory(em, CIPHER, chain.clock).visibleTo(broker));

            ArtisanDirectory.Entry trained = seenByManager.stream()
                    .filter(e -> e.id() == chain.trainedArtisanId)
                    .findFirst()
                    .orElseThrow();
            assertEquals(
                    "6203**********1234", trained.privateData().orElseThrow().maskedIdNumber());
            assertEquals("13800000001", trained.privateData().orElseThrow().phone());
            seenByBroker.forEach(e -> assertTrue(e.privateData().isEmpty()));
            long audited = chain.tx(em -> em.createQuery(
                            "select count(a) from AuditEntry a where a.actor = 'coop-ningyuan' "
                                    + "and a.action = 'READ_PRIVATE_DATA'",
                            Long.class)
                    .getSingleResult());
            assertEquals(seenByManager.size(), audited);
            assertEquals(
                    Long.valueOf(0),
                    chain.tx(em -> em.createQuery(
                                    "select count(a) from AuditEntry a where a.actor = 'broker-li'", Long.class)
                            .getSingleResult()));

            Actor otherManager = new Actor(3, "coop-other", Role.COOP_MANAGER, chain.cooperativeId + 1000);
            assertTrue(chain.tx(em -> new ArtisanDirectory(em, CIPHER, chain.clock).visibleTo(otherManager))
                    .isEmpty());
        }
    }
}

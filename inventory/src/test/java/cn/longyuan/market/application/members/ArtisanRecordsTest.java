package cn.longyuan.market.application.members;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.longyuan.market.application.security.Actor;
import cn.longyuan.market.application.security.IdNumberCipher;
import cn.longyuan.market.application.shared.FieldViolation;
import cn.longyuan.market.application.shared.RequestRefusedException;
import cn.longyuan.market.application.shared.RequestRefusedException.Reason;
import cn.longyuan.market.domain.model.cooperative.Cooperative;
import cn.longyuan.market.domain.model.cooperative.Role;
import cn.longyuan.market.domain.model.shared.BilingualText;
import cn.longyuan.market.domain.model.training.Artisan;
import cn.longyuan.market.domain.model.training.HouseholdStatus;
import cn.longyuan.market.testing.Chain;
import cn.longyuan.market.testing.TestDatabase;
import java.util.Base64;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ArtisanRecordsTest {

    static final IdNumberCipher CIPHER =
            new IdNumberCipher(Base64.getDecoder().decode("q83vEjRWeJq83vEjRWeJq83vEjRWeJq83vEjRWeJq8M="));

    static Actor manager(Chain chain) {
        return new Actor(11, "coop-ningyuan", Role.COOP_MANAGER, chain.cooperativeId);
    }

    static ArtisanRecords records(Chain chain, jakarta.persistence.EntityManager em) {
        return new ArtisanRecords(em, CIPHER, chain.clock);
    }

    private static ArtisanRecords.ArtisanForm form(String name, String phone, String idNumber) {
        return new ArtisanRecords.ArtisanForm(
                name,
                true,
                "她从小跟外婆学绣花。",
                "She learned embroidery from her grandmother.",
                "马玉兰",
                phone,
                idNumber,
                false,
                HouseholdStatus.REGISTERED_POOR);
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aNewMemberKeepsHerIdNumberEncryptedAndShowsItMaskedAndEveryPrivateReadIsAudited(TestDatabase database) {
        try (TestDatabase.Opened db = database.open()) {
            Chain chain = new Chain(db);
            long id = chain.tx(em ->
                    records(chain, em).create(manager(chain), form("绣娘小马", "139 0000 0199", "11010519491231002x")));

            String stored = chain.tx(em -> em.find(Artisan.class, id).idNumberCipher());
            assertFalse(stored.contains("110105"), "encrypted at rest");
            assertEquals("11010519491231002X", CIPHER.decrypt(stored));
            ArtisanRecords.Member member = chain.tx(em -> records(chain, em).members(manager(chain))).stream()
                    .filter(m -> m.id() == id)
                    .findFirst()
                    .orElseThrow();
            assertEquals(IdNumberCipher.mask("11010519491231002X"), member.maskedIdNumber());
            assertFalse(member.maskedIdNumber().contains("19491231"));
            assertEquals("13900000199", member.phone());
            assertEquals(HouseholdStatus.REGISTERED_POOR, member.household());
            long before = chain.tx(em -> records(chain, em).privateReadsOf(id));
            chain.tx(em -> records(chain, em).details(manager(chain), id));
            long after = chain.tx(em -> records(chain, em).privateReadsOf(id));
            assertEquals(before + 1, after);
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aWrongPhoneAWrongIdChecksumAndNoNameAreRefusedFieldByField(TestDatabase database) {
        try (TestDatabase.Opened db = database.open()) {
            Chain chain = new Chain(db);
            RequestRefusedException refused = assertThrows(
                    RequestRefusedException.class,
                    () -> chain.tx(
                            em -> records(chain, em).create(manager(chain), form(" ", "1234", "110105194912310021"))));
            assertEquals(Reason.VALIDATION, refused.reason());
            assertEquals(
                    Set.of("displayName", "phone", "idNumber"),
                    refused.violations().stream().map(FieldViolation::field).collect(Collectors.toSet()));
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void anEditMadeOnAnOldVersionIsRefusedAsChangedBySomeoneElseAndOverwritesNothing(TestDatabase database) {
        try (TestDatabase.Opened db = database.open()) {
            Chain chain = new Chain(db);
            long id = chain.tx(em -> records(chain, em).create(manager(chain), form("绣娘小马", "13900000199", null)));
            long opened = chain.tx(em -> em.find(Artisan.class, id).version());

            chain.tx(em -> records(chain, em).update(manager(chain), id, opened, form("马姐", "13900000199", null)));
            RequestRefusedException stale = assertThrows(
                    RequestRefusedException.class,
                    () -> chain.tx(em ->
                            records(chain, em).update(manager(chain), id, opened, form("小马妹", "13900000188", null))));

            assertEquals(Reason.INVALID_STATE, stale.reason());
            assertTrue(stale.getMessage().contains("changed by someone else"), stale.getMessage());
            assertEquals("马姐", chain.tx(em -> em.find(Artisan.class, id).displayName()));
            assertEquals(
                    "13900000199", chain.tx(em -> em.find(Artisan.class, id).phone()));
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aDeactivatedMemberStaysOnTheListAndHerIdNumberIsKeptWhenTheFieldIsLeftEmpty(TestDatabase database) {
        try (TestDatabase.Opened db = database.open()) {
            Chain chain = new Chain(db);
            long id =
                    chain.tx(em -> records(chain, em).create(manager(chain), form("绣娘小马", null, "620302199003151230")));
            long v0 = chain.tx(em -> em.find(Artisan.class, id).version());
            ArtisanRecords.Member edited =
                    chain.tx(em -> records(chain, em).update(manager(chain), id, v0, form("绣娘小马", "13900000177", "")));
            ArtisanRecords.Member off =
                    chain.tx(em -> records(chain, em).deactivate(manager(chain), id, edited.version()));

            assertFalse(off.active());
            assertEquals(IdNumberCipher.mask("620302199003151230"), off.maskedIdNumber());
            assertNotEquals(edited.version(), off.version());
            assertTrue(chain.tx(em -> records(chain, em).members(manager(chain))).stream()
                    .anyMatch(m -> m.id() == id && !m.active()));
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void anotherCooperativesManagerFindsNoSuchArtisanAndFederationStaffReadButDoNotWrite(TestDatabase database) {
        try (TestDatabase.Opened db = database.open()) {
            Chain chain = new Chain(db);
            long otherCoop = chain.tx(em -> {
                Cooperative other = new Cooperative(new BilingualText("双湾镇合作社", "Shuangwan"), "双湾镇", null);
                em.persist(other);
                em.flush();
                return other.id();
            });
            Actor otherManager = new Actor(12, "coop-shuangwan", Role.COOP_MANAGER, otherCoop);
            Actor federation = new Actor(1, "federation", Role.FEDERATION, null);
            long id =
                    chain.tx(em -> records(chain, em).create(manager(chain), form("绣娘小马", null, "620302199003151230")));

            assertEquals(
                    Reason.NOT_FOUND,
                    assertThrows(
                                    RequestRefusedException.class,
                                    () -> chain.tx(em -> records(chain, em).details(otherManager, id)))
                            .reason());
            assertEquals(
                    Reason.NOT_FOUND,
                    assertThrows(
                                    RequestRefusedException.class,
                                    () -> chain.tx(em ->
                                            records(chain, em).update(otherManager, id, 0, form("x", null, null))))
                            .reason());
            assertTrue(chain.tx(em -> records(chain, em).members(otherManager)).isEmpty());
            assertEquals(
                    "马玉兰",
                    chain.tx(em -> records(chain, em).details(federation, id))
                            .member()
                            .realName());
            assertEquals(
                    Reason.FORBIDDEN,
                    assertThrows(
                                    RequestRefusedException.class,
                                    () -> chain.tx(em -> records(chain, em).create(federation, form("x", null, null))))
                            .reason());
            Actor broker = new Actor(3, "broker-li", Role.BROKER, null);
            assertEquals(
                    Reason.FORBIDDEN,
                    assertThrows(
                                    RequestRefusedException.class,
                                    () -> chain.tx(em -> records(chain, em).members(broker)))
                            .reason());
            assertNull(
                    chain.tx(em -> records(chain, em).details(federation, chain.untrainedArtisanId))
                            .member()
                            .maskedIdNumber(),
                    "no ID number recorded");
        }
    }
}

package cn.longyuan.market.application.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.longyuan.market.application.shared.RequestRefusedException;
import cn.longyuan.market.application.shared.RequestRefusedException.Reason;
import cn.longyuan.market.application.stock.LowStockMail;
import cn.longyuan.market.application.stock.StockOperations;
import cn.longyuan.market.application.stock.StockService;
import cn.longyuan.market.domain.model.cooperative.Role;
import cn.longyuan.market.infrastructure.mail.Mailer;
import cn.longyuan.market.testing.Chain;
import cn.longyuan.market.testing.TestDatabase;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A back-office account's e-mail address, where her low-stock mail goes: staff set it when they create the account or
 * later, she changes her own with her current password; a bad address is refused and nothing is stored; each change is
 * audited "before → after" and leaves her logged in. The low-stock mail reaches exactly the managers with an address
 * (GreenMail as the SMTP server, the mailer the container uses).
 */
class AccountEmailsTest {

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    private static final String PASSWORD = "manager-password-1";

    private record Setting(Chain chain, Actor staff) {

        <T> T admin(Function<AccountAdministration, T> work) {
            return chain.tx(
                    em -> work.apply(new AccountAdministration(em, chain.clock, new Passwords(em, chain.clock))));
        }

        <T> T emails(Function<AccountEmails, T> work) {
            return chain.tx(em -> work.apply(new AccountEmails(em, chain.clock)));
        }

        Actor login(String username) {
            return chain.tx(em -> new AccountService(em, chain.clock).authenticate(username, PASSWORD))
                    .orElseThrow();
        }

        long version(String username) {
            return chain.tx(em -> new AccountService(em, chain.clock).version(username))
                    .getAsLong();
        }

        /** A write-off of {@code pieces} from the main place, and the crossings it announced. */
        List<StockService.LowStockCrossed> writeOff(Actor manager, int pieces) {
            List<StockService.LowStockCrossed> told = new ArrayList<>();
            chain.tx(em -> {
                StockService stock = new StockService(em, chain.clock, sold -> {}, told::add);
                new StockOperations(em, stock).adjust(manager, chain.sachetId, chain.mainLocationId, -pieces, "破损");
                return null;
            });
            return told;
        }

        List<String> auditDetails() {
            return chain.tx(em -> em.createQuery(
                            "select e.detail from AuditEntry e where e.action = :a order by e.id", String.class)
                    .setParameter("a", AccountEmails.CHANGED)
                    .getResultList());
        }
    }

    private static Setting setting(TestDatabase.Opened db) {
        Chain chain = new Chain(db);
        Actor staff = chain.tx(em -> {
            var a = new AccountService(em, chain.clock)
                    .create("staff-ma", "staff-password-1", Role.FEDERATION, null, "马");
            return new Actor(a.id(), a.username(), a.role(), null);
        });
        return new Setting(chain, staff);
    }

    private static AccountAdministration.AccountView manager(Setting s, String username, String email) {
        return s.admin(a -> a.create(
                        s.staff(),
                        new AccountAdministration.NewAccount(
                                username, "负责人", Role.COOP_MANAGER, s.chain().cooperativeId, PASSWORD, email)))
                .account();
    }

    private static RequestRefusedException refused(org.junit.jupiter.api.function.Executable call) {
        return assertThrows(RequestRefusedException.class, call);
    }

    private static List<MimeMessage> send(List<StockService.LowStockCrossed> told) throws Exception {
        Mailer mailer = new Mailer(new Mailer.Settings(
                Optional.of("localhost"),
                SMTP.getSmtp().getPort(),
                Optional.empty(),
                Optional.empty(),
                "stock@longyuan.example"));
        int before = SMTP.getReceivedMessages().length;
        for (StockService.LowStockCrossed crossed : told) {
            for (var message : LowStockMail.messages(crossed, "https://market.example")) {
                mailer.send(message);
            }
        }
        List<MimeMessage> all = Arrays.asList(SMTP.getReceivedMessages());
        return all.subList(before, all.size());
    }

    private static String to(MimeMessage message) throws Exception {
        return message.getAllRecipients()[0].toString();
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void theAddressStaffSetReceivesTheLowStockMailAndAManagerWithoutOneGetsNone(TestDatabase database)
            throws Exception {
        try (TestDatabase.Opened db = database.open()) {
            Setting s = setting(db);
            assertNull(manager(s, "coop-wang", null).email());
            assertNull(manager(s, "coop-li", null).email());
            Actor wang = s.login("coop-wang");
            long versionAtLogin = s.version("coop-wang");

            AccountAdministration.AccountView set =
                    s.emails(e -> e.change(s.staff(), "coop-wang", "  wang.manager@coop.example "));
            assertEquals("wang.manager@coop.example", set.email());
            assertEquals(
                    "wang.manager@coop.example",
                    s.admin(a -> a.one(s.staff(), "coop-wang")).email());
            assertEquals(versionAtLogin, s.version("coop-wang"), "a new address does not end her session");
            assertTrue(s.chain()
                    .tx(em -> new AccountService(em, s.chain().clock).actorAtVersion("coop-wang", versionAtLogin))
                    .isPresent());

            s.chain().produce(s.chain().sachetId, s.chain().mainLocationId, 10);
            s.chain().tx(em -> {
                new StockOperations(em, s.chain().stock(em)).setLowStockThreshold(wang, s.chain().sachetId, 5);
                return null;
            });
            assertEquals(List.of(), s.writeOff(wang, 4), "6 left: above the threshold");
            List<StockService.LowStockCrossed> crossed = s.writeOff(wang, 2); // 4 left
            assertEquals(1, crossed.size());
            assertEquals(List.of("wang.manager@coop.example"), crossed.get(0).recipients(), "coop-li has none");
            List<MimeMessage> received = send(crossed);
            assertEquals(1, received.size());
            assertEquals("wang.manager@coop.example", to(received.get(0)));
            assertEquals("库存不足 Low stock: 端午香包", received.get(0).getSubject());
            assertTrue(received.get(0).getContent().toString().contains("只剩 4 件可售"));

            assertEquals(
                    List.of("coop-wang: none → wang.manager@coop.example"),
                    s.auditDetails(),
                    "the change is audited, the address as stored");
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aBadAddressIsRefusedAndNothingIsStored(TestDatabase database) {
        try (TestDatabase.Opened db = database.open()) {
            Setting s = setting(db);
            manager(s, "coop-wang", "wang@coop.example");
            for (String bad : List.of(
                    "wang",
                    "wang@coop",
                    "wang coop@example.cn",
                    "wang@coop.example, thief@elsewhere.example",
                    "<thief@elsewhere.example>",
                    "wang@coop.example\r\nBcc: thief@elsewhere.example",
                    "王@合作社.中国",
                    "a".repeat(60) + "@" + "b".repeat(60) + "." + "c".repeat(60) + "." + "d".repeat(60) + ".cn")) {
                RequestRefusedException byStaff = refused(() -> s.emails(e -> e.change(s.staff(), "coop-wang", bad)));
                assertEquals(Reason.VALIDATION, byStaff.reason(), bad);
                assertEquals("email", byStaff.violations().get(0).field(), bad);
                RequestRefusedException atCreation = refused(() -> manager(s, "coop-new", bad));
                assertEquals("email", atCreation.violations().get(0).field(), bad);
            }
            assertEquals(
                    "at most 200 characters",
                    refused(() -> s.emails(e -> e.change(
                                    s.staff(),
                                    "coop-wang",
                                    "a".repeat(60) + "@" + "b".repeat(60) + "." + "c".repeat(60) + "." + "d".repeat(60)
                                            + ".cn")))
                            .violations()
                            .get(0)
                            .message());
            assertEquals(
                    "wang@coop.example",
                    s.admin(a -> a.one(s.staff(), "coop-wang")).email());
            assertEquals(List.of(), s.auditDetails(), "nothing changed, nothing audited");
            assertEquals(
                    Reason.NOT_FOUND,
                    refused(() -> s.emails(e -> e.change(s.staff(), "nobody-here", "x@y.cn")))
                            .reason());
            Actor wang = s.login("coop-wang");
            assertEquals(
                    Reason.FORBIDDEN,
                    refused(() -> s.emails(e -> e.change(wang, "coop-wang", "x@y.cn")))
                            .reason(),
                    "only staff set another's address");
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void sheChangesHerOwnWithHerCurrentPasswordAndTheNextMailGoesThere(TestDatabase database) throws Exception {
        try (TestDatabase.Opened db = database.open()) {
            Setting s = setting(db);
            manager(s, "coop-wang", "wang@coop.example");
            Actor wang = s.login("coop-wang");
            long version = s.version("coop-wang");
            assertEquals(
                    "currentPassword",
                    refused(() -> s.emails(e -> e.changeOwn(wang, "wrong-password-9", "new@coop.example")))
                            .violations()
                            .get(0)
                            .field());
            assertEquals(
                    "email",
                    refused(() -> s.emails(e -> e.changeOwn(wang, PASSWORD, "new@coop")))
                            .violations()
                            .get(0)
                            .field());
            assertEquals(
                    "new@coop.example",
                    s.emails(e -> e.changeOwn(wang, PASSWORD, "new@coop.example"))
                            .email());
            assertEquals(version, s.version("coop-wang"));

            s.chain().produce(s.chain().sachetId, s.chain().mainLocationId, 6);
            s.chain().tx(em -> {
                new StockOperations(em, s.chain().stock(em)).setLowStockThreshold(wang, s.chain().sachetId, 5);
                return null;
            });
            List<MimeMessage> received = send(s.writeOff(wang, 2));
            assertEquals(
                    List.of("new@coop.example"),
                    received.stream()
                            .map(m -> {
                                try {
                                    return to(m);
                                } catch (Exception e) {
                                    throw new AssertionError(e);
                                }
                            })
                            .toList());

            // an empty address removes it: no more mail
            assertNull(s.emails(e -> e.changeOwn(wang, PASSWORD, "  ")).email());
            s.chain().produce(s.chain().sachetId, s.chain().mainLocationId, 5); // 9: above again
            assertEquals(List.of(), s.writeOff(wang, 5).get(0).recipients(), "crossed again, nobody to tell");
            assertEquals(
                    List.of("coop-wang: wang@coop.example → new@coop.example", "coop-wang: new@coop.example → none"),
                    s.auditDetails());
            assertEquals(
                    List.of("coop-wang", "coop-wang"),
                    s.chain()
                            .tx(em -> em.createQuery(
                                            "select e.actor from AuditEntry e where e.action = :a order by e.id",
                                            String.class)
                                    .setParameter("a", AccountEmails.CHANGED)
                                    .getResultList()),
                    "she changed it herself");
        }
    }
}

package cn.longyuan.market.system;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.List;

/** The mail a test's GreenMail server has received, by recipient. */
final class ReceivedMail {

    private ReceivedMail() {}

    /** Every message received so far with this recipient (case ignored). */
    static List<MimeMessage> to(GreenMailExtension smtp, String address) {
        return Arrays.stream(smtp.getReceivedMessages())
                .filter(m -> {
                    try {
                        return Arrays.stream(m.getAllRecipients())
                                .anyMatch(r -> r.toString().equalsIgnoreCase(address));
                    } catch (MessagingException e) {
                        return false;
                    }
                })
                .toList();
    }

    /** The first message to this recipient, waited for up to 30 s; {@code log} names where to look when none comes. */
    static MimeMessage awaitTo(GreenMailExtension smtp, String address, String log) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 30_000;
        while (System.currentTimeMillis() < deadline) {
            List<MimeMessage> to = to(smtp, address);
            if (!to.isEmpty()) {
                return to.get(0);
            }
            Thread.sleep(200);
        }
        throw new AssertionError("no mail to " + address + " within 30 s; see " + log);
    }
}

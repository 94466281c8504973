package cn.longyuan.market.application.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Base64;
import org.junit.jupiter.api.Test;

class PasswordAndIdNumberTest {

    private static final byte[] KEY = Base64.getDecoder().decode("q83vEjRWeJq83vEjRWeJq83vEjRWeJq83vEjRWeJq8M=");

    @Test
    void aPasswordHashUsesPbkdf2AtTheCurrentCountAndASaltOfItsOwn() {
        String first = PasswordHasher.hash("a long enough secret");
        String second = PasswordHasher.hash("a long enough secret");

        assertTrue(first.startsWith("pbkdf2-sha256$210000$"), first);
        assertNotEquals(first, second);
        assertTrue(PasswordHasher.matches("a long enough secret", first));
        assertTrue(PasswordHasher.matches("a long enough secret", second));
        assertFalse(PasswordHasher.matches("a long enough secreT", first));
        assertFalse(PasswordHasher.matches("anything", "not-a-hash"));
        assertFalse(PasswordHasher.matches(null, first));
    }

    @Test
    void anIdNumberIsEncryptedWithANonceOfItsOwnAndReadsBack() {
        IdNumberCipher cipher = new IdNumberCipher(KEY);
        String one = cipher.encrypt("62030219900315123X");
        String two = cipher.encrypt("62030219900315123X");

        assertNotEquals(one, two);
        assertFalse(one.contains("620302"));
        assertEquals("62030219900315123X", cipher.decrypt(one));
        assertEquals("62030219900315123X", cipher.decrypt(two));
    }

    @Test
    void anotherKeyOrATamperedValueCannotBeRead() {
        String sealed = new IdNumberCipher(KEY).encrypt("620302199003151234");
        byte[] otherKey = KEY.clone();
        otherKey[0] ^= 1;
        assertThrows(IllegalStateException.class, () -> new IdNumberCipher(otherKey).decrypt(sealed));
        // flip one bit of the ciphertext itself (after the 12-byte nonce), not a base64 padding character
        byte[] raw = Base64.getDecoder().decode(sealed.substring("v1:".length()));
        raw[14] ^= 0x01;
        String tampered = "v1:" + Base64.getEncoder().encodeToString(raw);
        assertThrows(IllegalStateException.class, () -> new IdNumberCipher(KEY).decrypt(tampered));
        assertThrows(IllegalArgumentException.class, () -> new IdNumberCipher(new byte[16]));
    }

    @Test
    void aMaskedIdNumberShowsOnlyItsEnds() {
        assertEquals("6203**********1234", IdNumberCipher.mask("620302199003151234"));
        assertEquals("********", IdNumberCipher.mask("12345678"));
    }

    @Test
    void aManagerSeesPrivateDataOfHerOwnCooperativeOnly() {
        Actor manager =
                new Actor(1, "coop-ningyuan", cn.longyuan.market.domain.model.cooperative.Role.COOP_MANAGER, 7L);
        Actor federation =
                new Actor(2, "federation", cn.longyuan.market.domain.model.cooperative.Role.FEDERATION, null);
        Actor broker = new Actor(3, "broker-li", cn.longyuan.market.domain.model.cooperative.Role.BROKER, null);

        assertTrue(manager.canReadPrivateDataOf(7));
        assertFalse(manager.canReadPrivateDataOf(8));
        assertTrue(federation.canReadPrivateDataOf(8));
        assertFalse(broker.canReadPrivateDataOf(7));
        assertThrows(
                IllegalArgumentException.class,
                () -> new Actor(4, "x", cn.longyuan.market.domain.model.cooperative.Role.COOP_MANAGER, null));
    }
}

package cn.longyuan.market.application.security;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encrypts artisans' ID numbers (身份证号) at rest with AES-256-GCM: a random nonce per value, stored as
 * {@code v1:base64(nonce|ciphertext|tag)}; tampering is detected on reading. The key never lives in the
 * database (see {@link IdNumberKey}). {@link #mask} is what screens show.
 */
public final class IdNumberCipher {

    private static final String PREFIX = "v1:";
    private static final int NONCE_BYTES = 12;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKeySpec key;

    public IdNumberCipher(byte[] key) {
        if (key.length != 32) {
            throw new IllegalArgumentException("the ID number key must be 32 bytes (256 bits), not " + key.length);
        }
        this.key = new SecretKeySpec(key.clone(), "AES");
    }

    public String encrypt(String idNumber) {
        if (idNumber == null) {
            return null;
        }
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            RANDOM.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, nonce));
            byte[] sealed = cipher.doFinal(idNumber.getBytes(StandardCharsets.UTF_8));
            return PREFIX
                    + Base64.getEncoder()
                            .encodeToString(ByteBuffer.allocate(nonce.length + sealed.length)
                                    .put(nonce)
                                    .put(sealed)
                                    .array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every JDK", e);
        }
    }

    public String decrypt(String stored) {
        if (stored == null) {
            return null;
        }
        if (!stored.startsWith(PREFIX)) {
            throw new IllegalArgumentException("not an encrypted ID number");
        }
        try {
            byte[] all = Base64.getDecoder().decode(stored.substring(PREFIX.length()));
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(128, all, 0, NONCE_BYTES));
            return new String(cipher.doFinal(all, NONCE_BYTES, all.length - NONCE_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(
                    "the ID number cannot be decrypted with this key (wrong key or tampered value)", e);
        }
    }

    /** "620302199003151234" → "6203**********1234": enough to tell two women apart, not enough to use. */
    public static String mask(String idNumber) {
        if (idNumber == null) {
            return null;
        }
        if (idNumber.length() <= 8) {
            return "*".repeat(idNumber.length());
        }
        return idNumber.substring(0, 4) + "*".repeat(idNumber.length() - 8) + idNumber.substring(idNumber.length() - 4);
    }
}

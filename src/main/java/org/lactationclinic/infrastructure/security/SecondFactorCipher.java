package org.lactationclinic.infrastructure.security;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.lactationclinic.domain.audit.AuditKey;

/**
 * Keeps an account's TOTP secret encrypted in the database (issue 15): AES-256-GCM under a key derived from the
 * server's audit key (HMAC-SHA256 of a fixed label under it), so the secret needs a key the database does not hold,
 * like the audit chain. The account's username is the associated data: a secret copied onto another account does not
 * decrypt. Stored as {@code v1:<audit key id>:<Base64 of nonce and ciphertext>}; the key id finds the right key after
 * the audit key is rotated (keep the old key in AUDIT_HMAC_KEYS, as for the chain).
 */
public final class SecondFactorCipher {

    private static final String VERSION = "v1";
    private static final byte[] LABEL = "lactation-clinic second-factor secret v1".getBytes(StandardCharsets.US_ASCII);
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private SecondFactorCipher() {}

    public static String encrypt(AuditKey key, String username, byte[] secret) {
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, derived(key), new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(username.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(secret);
            return VERSION + ":" + key.id() + ":"
                    + Base64.getEncoder()
                            .encodeToString(ByteBuffer.allocate(nonce.length + sealed.length)
                                    .put(nonce)
                                    .put(sealed)
                                    .array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every JDK", e);
        }
    }

    /** The key id a stored value was sealed with. */
    public static String keyIdOf(String stored) {
        String[] parts = stored.split(":", 3);
        if (parts.length != 3 || !VERSION.equals(parts[0])) {
            throw new IllegalArgumentException("Not a sealed second-factor secret");
        }
        return parts[1];
    }

    /** @throws IllegalArgumentException when the value was changed, sealed for another account or with another key */
    public static byte[] decrypt(AuditKey key, String username, String stored) {
        if (!keyIdOf(stored).equals(key.id())) {
            throw new IllegalArgumentException("Sealed with key " + keyIdOf(stored) + ", not " + key.id());
        }
        byte[] packed = Base64.getDecoder().decode(stored.split(":", 3)[2]);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, derived(key), new GCMParameterSpec(TAG_BITS, packed, 0, NONCE_BYTES));
            cipher.updateAAD(username.getBytes(StandardCharsets.UTF_8));
            return cipher.doFinal(packed, NONCE_BYTES, packed.length - NONCE_BYTES);
        } catch (javax.crypto.AEADBadTagException e) {
            throw new IllegalArgumentException(
                    "The second-factor secret does not open: changed, or not this account's", e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static SecretKeySpec derived(AuditKey key) throws GeneralSecurityException {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key.secret(), "HmacSHA256"));
        return new SecretKeySpec(mac.doFinal(LABEL), "AES");
    }
}

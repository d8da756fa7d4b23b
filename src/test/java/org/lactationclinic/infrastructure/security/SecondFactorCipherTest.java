package org.lactationclinic.infrastructure.security;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.lactationclinic.domain.audit.AuditKey;

/** The second factor's secret, sealed under a key the database does not hold (issue 15). */
class SecondFactorCipherTest {

    private static final AuditKey KEY = new AuditKey("k1", filled(32, (byte) 7));
    private static final AuditKey OTHER = new AuditKey("k2", filled(32, (byte) 9));

    @Test
    void sealed_shouldOpenOnlyForItsAccountWithItsKey() {
        byte[] secret = Totp.newSecret();
        String sealed = SecondFactorCipher.encrypt(KEY, "ana.lopez", secret);
        assertEquals("k1", SecondFactorCipher.keyIdOf(sealed));
        assertFalse(sealed.contains(Base32.encode(secret)), "not in clear");
        assertNotEquals(sealed, SecondFactorCipher.encrypt(KEY, "ana.lopez", secret), "a fresh nonce each time");
        assertArrayEquals(secret, SecondFactorCipher.decrypt(KEY, "ana.lopez", sealed));

        assertThrows(
                IllegalArgumentException.class,
                () -> SecondFactorCipher.decrypt(KEY, "grace.okafor", sealed),
                "copied onto another account");
        assertThrows(
                IllegalArgumentException.class,
                () -> SecondFactorCipher.decrypt(OTHER, "ana.lopez", sealed),
                "another key");
        String forged = sealed.replace("k1:", "k2:");
        assertThrows(
                IllegalArgumentException.class,
                () -> SecondFactorCipher.decrypt(
                        new AuditKey("k2", KEY.secret()),
                        "ana.lopez",
                        forged.substring(0, forged.length() - 4) + "AAA="),
                "changed");
        byte[] packed = Base64.getDecoder().decode(sealed.split(":", 3)[2]);
        packed[20] ^= 1;
        String flipped = "v1:k1:" + Base64.getEncoder().encodeToString(packed);
        assertThrows(
                IllegalArgumentException.class,
                () -> SecondFactorCipher.decrypt(KEY, "ana.lopez", flipped),
                "one bit flipped");
        assertThrows(
                IllegalArgumentException.class,
                () -> SecondFactorCipher.keyIdOf(Base32.encode(secret)),
                "a clear secret");
    }

    private static byte[] filled(int length, byte value) {
        byte[] bytes = new byte[length];
        Arrays.fill(bytes, value);
        return bytes;
    }
}

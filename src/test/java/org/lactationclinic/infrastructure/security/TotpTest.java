package org.lactationclinic.infrastructure.security;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** RFC 6238 (TOTP) and RFC 4648 (Base32) against their published test vectors, and the rules of use around them. */
class TotpTest {

    // RFC 6238 appendix B: the seeds are the ASCII digits "1234567890" repeated to the hash's key length.
    private static final byte[] SEED_SHA1 = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] SEED_SHA256 = "12345678901234567890123456789012".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] SEED_SHA512 =
            "1234567890123456789012345678901234567890123456789012345678901234".getBytes(StandardCharsets.US_ASCII);

    /** Every row of RFC 6238 appendix B's table: time (s), TOTP, mode. */
    @ParameterizedTest
    @CsvSource({
        "59, 94287082, HmacSHA1", "59, 46119246, HmacSHA256", "59, 90693936, HmacSHA512",
        "1111111109, 07081804, HmacSHA1", "1111111109, 68084774, HmacSHA256", "1111111109, 25091201, HmacSHA512",
        "1111111111, 14050471, HmacSHA1", "1111111111, 67062674, HmacSHA256", "1111111111, 99943326, HmacSHA512",
        "1234567890, 89005924, HmacSHA1", "1234567890, 91819424, HmacSHA256", "1234567890, 93441116, HmacSHA512",
        "2000000000, 69279037, HmacSHA1", "2000000000, 90698825, HmacSHA256", "2000000000, 38618901, HmacSHA512",
        "20000000000, 65353130, HmacSHA1", "20000000000, 77737706, HmacSHA256", "20000000000, 47863826, HmacSHA512"
    })
    void code_shouldMatchRfc6238AppendixB(long unixSeconds, String expected, String algorithm) {
        byte[] seed = switch (algorithm) {
            case "HmacSHA256" -> SEED_SHA256;
            case "HmacSHA512" -> SEED_SHA512;
            default -> SEED_SHA1;
        };
        assertEquals(expected, Totp.code(seed, Totp.stepOf(Instant.ofEpochSecond(unixSeconds)), 8, algorithm));
    }

    @Test
    void code_shouldBeTheLastSixDigitsAsAppsShowThem() {
        // RFC 4226 appendix D, counter 0 and 1 (the same secret): 755224, 287082
        assertEquals("755224", Totp.code(SEED_SHA1, 0));
        assertEquals("287082", Totp.code(SEED_SHA1, 1));
    }

    @Test
    void verify_shouldAcceptOneStepEitherSideOnlyOnce() {
        Instant now = Instant.ofEpochSecond(1_234_567_890);
        long step = Totp.stepOf(now);
        String current = Totp.code(SEED_SHA1, step);
        assertEquals(OptionalLong.of(step), Totp.verify(SEED_SHA1, current, now, 0));
        assertEquals(
                OptionalLong.of(step),
                Totp.verify(SEED_SHA1, current.substring(0, 3) + " " + current.substring(3), now, 0));
        assertEquals(OptionalLong.of(step - 1), Totp.verify(SEED_SHA1, Totp.code(SEED_SHA1, step - 1), now, 0));
        assertEquals(OptionalLong.of(step + 1), Totp.verify(SEED_SHA1, Totp.code(SEED_SHA1, step + 1), now, 0));
        assertTrue(
                Totp.verify(SEED_SHA1, Totp.code(SEED_SHA1, step - 2), now, 0).isEmpty(), "two steps late");
        assertTrue(
                Totp.verify(SEED_SHA1, Totp.code(SEED_SHA1, step + 2), now, 0).isEmpty(), "two steps early");
        assertTrue(Totp.verify(SEED_SHA1, current, now, step).isEmpty(), "the same code a second time");
        assertTrue(
                Totp.verify(SEED_SHA1, Totp.code(SEED_SHA1, step - 1), now, step)
                        .isEmpty(),
                "an older code after a newer one");
        assertTrue(Totp.verify(SEED_SHA1, "12345", now, 0).isEmpty());
        assertTrue(Totp.verify(SEED_SHA1, "abcdef", now, 0).isEmpty());
        assertTrue(Totp.verify(SEED_SHA1, null, now, 0).isEmpty());
    }

    /** RFC 4648 section 10's Base32 vectors (unpadded), and a secret round trip. */
    @ParameterizedTest
    @CsvSource({"f, MY", "fo, MZXQ", "foo, MZXW6", "foob, MZXW6YQ", "fooba, MZXW6YTB", "foobar, MZXW6YTBOI"})
    void base32_shouldMatchRfc4648(String plain, String encoded) {
        assertEquals(encoded, Base32.encode(plain.getBytes(StandardCharsets.US_ASCII)));
        assertArrayEquals(plain.getBytes(StandardCharsets.US_ASCII), Base32.decode(encoded.toLowerCase() + "=="));
        byte[] secret = Totp.newSecret();
        assertArrayEquals(secret, Base32.decode(Base32.encode(secret)));
        assertEquals(32, Base32.encode(secret).length());
    }

    @Test
    void otpauthUri_shouldNameTheClinicAndTheAccount() {
        assertEquals(
                "otpauth://totp/Lactation%20Clinic:ana.lopez?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"
                        + "&issuer=Lactation%20Clinic&algorithm=SHA1&digits=6&period=30",
                Totp.otpauthUri("Lactation Clinic", "ana.lopez", SEED_SHA1));
    }
}

package org.lactationclinic.infrastructure.security;

import java.net.URLEncoder;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.OptionalLong;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Time-based one-time passwords, RFC 6238 (TOTP) over RFC 4226 (HOTP), as authenticator apps make them: HMAC-SHA1,
 * 30-second steps counted from the Unix epoch, 6 digits, a 160-bit secret shown as Base32 (RFC 4648). The JDK's
 * {@link Mac} does the HMAC; {@code TotpTest} checks the RFC's appendix B test vectors.
 *
 * <p>A code is accepted in its own step or one step either side (RFC 6238 section 5.2 allows "one time step" of delay;
 * a phone's clock a little off), and only once: the caller keeps the last step used and a code of that step or an
 * earlier one is refused (section 5.2: "the verifier MUST NOT accept the second attempt of the same OTP").
 */
public final class Totp {

    public static final int STEP_SECONDS = 30;
    public static final int DIGITS = 6;
    /** RFC 4226 section 4, R6: a shared secret of at least 128 bits, 160 recommended. */
    public static final int SECRET_BYTES = 20;
    /** Steps either side of now that are still accepted. */
    static final int WINDOW = 1;

    private static final int[] POWERS = {1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000};
    private static final SecureRandom RANDOM = new SecureRandom();

    private Totp() {}

    /** A new random secret. */
    public static byte[] newSecret() {
        byte[] secret = new byte[SECRET_BYTES];
        RANDOM.nextBytes(secret);
        return secret;
    }

    /** The step an instant falls in: T = floor(unix seconds / 30) (RFC 6238 section 4.2, T0 = 0). */
    public static long stepOf(Instant instant) {
        return Math.floorDiv(instant.getEpochSecond(), STEP_SECONDS);
    }

    /** The 6-digit code of a step with HMAC-SHA1, zero-padded. */
    public static String code(byte[] secret, long step) {
        return code(secret, step, DIGITS, "HmacSHA1");
    }

    /**
     * HOTP (RFC 4226 section 5.3) of the step as an 8-byte big-endian counter: dynamic truncation of the HMAC, modulo
     * 10^digits, zero-padded.
     *
     * @param algorithm HmacSHA1, HmacSHA256 or HmacSHA512 (RFC 6238 section 1.2)
     */
    static String code(byte[] secret, long step, int digits, String algorithm) {
        byte[] hash;
        try {
            Mac mac = Mac.getInstance(algorithm);
            mac.init(new SecretKeySpec(secret, "RAW"));
            hash = mac.doFinal(ByteBuffer.allocate(Long.BYTES).putLong(step).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(algorithm + " is part of every JDK", e);
        }
        int offset = hash[hash.length - 1] & 0x0f;
        int binary = ((hash[offset] & 0x7f) << 24)
                | ((hash[offset + 1] & 0xff) << 16)
                | ((hash[offset + 2] & 0xff) << 8)
                | (hash[offset + 3] & 0xff);
        String otp = Integer.toString(binary % POWERS[digits]);
        return "0".repeat(digits - otp.length()) + otp;
    }

    /**
     * The step whose code was typed, if it is within the window around {@code now} and later than {@code lastUsedStep}
     * (a code is good once); empty otherwise. Spaces in the typed code are ignored (apps show "123 456"); the
     * comparison takes the same time whatever the digits.
     */
    public static OptionalLong verify(byte[] secret, String typed, Instant now, long lastUsedStep) {
        if (typed == null) {
            return OptionalLong.empty();
        }
        String digits = typed.replace(" ", "");
        if (digits.length() != DIGITS || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return OptionalLong.empty();
        }
        long current = stepOf(now);
        OptionalLong matched = OptionalLong.empty();
        for (long step = current - WINDOW; step <= current + WINDOW; step++) {
            boolean same = MessageDigest.isEqual(
                    code(secret, step).getBytes(StandardCharsets.US_ASCII), digits.getBytes(StandardCharsets.US_ASCII));
            if (same && step > lastUsedStep && matched.isEmpty()) {
                matched = OptionalLong.of(step);
            }
        }
        return matched;
    }

    /**
     * The otpauth:// address an authenticator app reads from a QR code (Google Authenticator's "Key Uri Format", which
     * the others follow): issuer and account in the label and the issuer parameter, the Base32 secret, and the defaults
     * spelled out.
     */
    public static String otpauthUri(String issuer, String account, byte[] secret) {
        String label = encode(issuer) + ":" + encode(account);
        return "otpauth://totp/" + label + "?secret=" + Base32.encode(secret) + "&issuer=" + encode(issuer)
                + "&algorithm=SHA1&digits=" + DIGITS + "&period=" + STEP_SECONDS;
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}

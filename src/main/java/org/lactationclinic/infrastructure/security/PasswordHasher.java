package org.lactationclinic.infrastructure.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;

/**
 * Hashes and checks staff passwords with the platform's PBKDF2 implementation, configured to PBKDF2-HMAC-SHA256 with
 * {@value #ITERATIONS} iterations: OWASP's Password Storage Cheat Sheet figure for this algorithm (the Jakarta default
 * of 2,048 iterations is far too low). The iteration count is stored in each hash, so raising it later still verifies
 * old hashes.
 */
@ApplicationScoped
public class PasswordHasher {

    public static final int ITERATIONS = 600_000;
    public static final int MIN_PASSWORD_LENGTH = 12;

    @Inject
    private Pbkdf2PasswordHash pbkdf2;

    /** Checked against when the username is unknown, so the answer takes as long as for a known user. */
    private String decoyHash;

    /**
     * The parameters the platform's PBKDF2 implementation is initialised with (also read by the scale data generator,
     * src/generator, so that its accounts carry hashes the application verifies).
     */
    public static final Map<String, String> PBKDF2_PARAMETERS = Map.of(
            "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA256",
            "Pbkdf2PasswordHash.Iterations", Integer.toString(ITERATIONS),
            "Pbkdf2PasswordHash.SaltSizeBytes", "32",
            "Pbkdf2PasswordHash.KeySizeBytes", "32");

    @PostConstruct
    void configure() {
        pbkdf2.initialize(PBKDF2_PARAMETERS);
        decoyHash = pbkdf2.generate("decoy-password-never-used".toCharArray());
    }

    public String hash(char[] password) {
        if (password.length < MIN_PASSWORD_LENGTH) {
            throw new IllegalArgumentException("A password needs at least " + MIN_PASSWORD_LENGTH + " characters");
        }
        return pbkdf2.generate(password);
    }

    public boolean verify(char[] password, String hash) {
        return pbkdf2.verify(password, hash);
    }

    /** Spends the time of one verification and fails. */
    public boolean verifyDecoy(char[] password) {
        pbkdf2.verify(password, decoyHash);
        return false;
    }
}

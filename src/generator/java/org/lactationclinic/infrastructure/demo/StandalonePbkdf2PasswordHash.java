package org.lactationclinic.infrastructure.demo;

import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Map;
import java.util.Random;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * The platform's PBKDF2 password hash for a command that runs outside the container (the scale data generator), so that
 * {@link org.lactationclinic.infrastructure.security.PasswordHasher} configures it exactly as in the application. It
 * writes the encoding the container's implementation (Soteria) reads:
 * {@code algorithm:iterations:base64(salt):base64(hash)}.
 *
 * <p>The salt comes from the random source it is given: the generator passes its seeded one, so that the same seed
 * gives the same database byte for byte. Only for generated demo accounts, never for real ones.
 */
final class StandalonePbkdf2PasswordHash implements Pbkdf2PasswordHash {

    private final Random saltSource;
    private String algorithm = "PBKDF2WithHmacSHA256";
    private int iterations = 210_000;
    private int saltSizeBytes = 32;
    private int keySizeBytes = 32;

    StandalonePbkdf2PasswordHash(Random saltSource) {
        this.saltSource = saltSource;
    }

    @Override
    public void initialize(Map<String, String> parameters) {
        parameters.forEach((key, value) -> {
            switch (key) {
                case "Pbkdf2PasswordHash.Algorithm" -> algorithm = value;
                case "Pbkdf2PasswordHash.Iterations" -> iterations = Integer.parseInt(value);
                case "Pbkdf2PasswordHash.SaltSizeBytes" -> saltSizeBytes = Integer.parseInt(value);
                case "Pbkdf2PasswordHash.KeySizeBytes" -> keySizeBytes = Integer.parseInt(value);
                default -> throw new IllegalArgumentException("Unknown PBKDF2 parameter " + key);
            }
        });
    }

    @Override
    public String generate(char[] password) {
        byte[] salt = new byte[saltSizeBytes];
        saltSource.nextBytes(salt);
        return algorithm + ":" + iterations + ":" + Base64.getEncoder().encodeToString(salt) + ":"
                + Base64.getEncoder().encodeToString(pbkdf2(password, salt, algorithm, iterations, keySizeBytes));
    }

    @Override
    public boolean verify(char[] password, String hashedPassword) {
        String[] parts = hashedPassword.split(":");
        if (parts.length != 4) {
            return false;
        }
        byte[] expected = Base64.getDecoder().decode(parts[3]);
        byte[] actual = pbkdf2(
                password, Base64.getDecoder().decode(parts[2]), parts[0], Integer.parseInt(parts[1]), expected.length);
        return MessageDigest.isEqual(expected, actual);
    }

    private static byte[] pbkdf2(char[] password, byte[] salt, String algorithm, int iterations, int keySizeBytes) {
        try {
            return SecretKeyFactory.getInstance(algorithm)
                    .generateSecret(new PBEKeySpec(password, salt, iterations, keySizeBytes * 8))
                    .getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2 is not available: " + algorithm, e);
        }
    }
}

package org.lactationclinic.infrastructure.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;
import org.lactationclinic.domain.audit.AuditKey;
import org.lactationclinic.infrastructure.database.DatabaseSettings;

/**
 * The audit chain's keys (issue 15, point 1), from the server's configuration, never from the database.
 *
 * <ol>
 *   <li>{@value #KEYS}: {@code id:base64-secret}, several separated by commas; the first signs new events, the others
 *       only check the events they signed (a rotation adds a new first key and keeps the old ones). Set it in the
 *       environment file (deploy/lactation-clinic.env, readable by root and the service only).
 *   <li>Otherwise the key file {@value #KEY_FILE} (default {@value #DEFAULT_KEY_FILE}, relative to the server's working
 *       directory), the same format one key a line. Without the production switch a missing file is created with a new
 *       random key (readable by its owner only), so the embedded demo clinic and a developer's PostgreSQL need nothing
 *       configured; an in-memory database gets a key that lives as long as it does.
 *   <li>With the production switch ({@value SecuritySettings#PRODUCTION}) and no key configured the server refuses to
 *       start (ProductionStartCheck): a key generated on the server would be lost with it, and every event signed with
 *       it would become unverifiable.
 * </ol>
 */
@ApplicationScoped
public class ConfiguredAuditKeys implements AuditKey.Ring {

    public static final String KEYS = "AUDIT_HMAC_KEYS";
    public static final String KEY_FILE = "AUDIT_HMAC_KEY_FILE";
    public static final String DEFAULT_KEY_FILE = "./data/audit-hmac.key";

    private static final Logger LOG = Logger.getLogger(ConfiguredAuditKeys.class.getName());

    @Inject
    private Config config;

    private List<AuditKey> keys;

    @PostConstruct
    void load() {
        keys = resolve(config);
    }

    @Override
    public AuditKey current() {
        return keys.getFirst();
    }

    @Override
    public Optional<AuditKey> find(String id) {
        return keys.stream().filter(key -> key.id().equals(id)).findFirst();
    }

    /** True when a key is configured (the variable or an existing key file), as production requires. */
    public static boolean isConfigured(Config config) {
        return config.getOptionalValue(KEYS, String.class)
                        .filter(s -> !s.isBlank())
                        .isPresent()
                || Files.isRegularFile(keyFile(config));
    }

    static List<AuditKey> resolve(Config config) {
        Optional<String> configured =
                config.getOptionalValue(KEYS, String.class).filter(s -> !s.isBlank());
        if (configured.isPresent()) {
            return parse(configured.get());
        }
        Path file = keyFile(config);
        try {
            if (Files.isRegularFile(file)) {
                return parse(Files.readString(file, StandardCharsets.UTF_8));
            }
            if (SecuritySettings.isProduction(config)) {
                throw new IllegalStateException(
                        "No audit key: set " + KEYS + " or " + KEY_FILE + " (deploy/README.md)");
            }
            AuditKey generated = generate();
            String url = config.getOptionalValue(DatabaseSettings.URL_KEY, String.class)
                    .orElse(DatabaseSettings.DEFAULT_URL);
            if (url.startsWith("jdbc:h2:mem:")) {
                return List.of(generated);
            }
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, format(generated) + "\n", StandardCharsets.UTF_8);
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException notPosix) {
                LOG.warning("Could not make " + file + " readable by its owner only");
            }
            LOG.warning("Generated a new audit key in " + file.toAbsolutePath() + ": keep a copy of it with the backups"
                    + " (deploy/README.md); without it the audit trail cannot be verified");
            return List.of(generated);
        } catch (IOException e) {
            throw new UncheckedIOException("The audit key file " + file + " could not be read or written", e);
        }
    }

    private static Path keyFile(Config config) {
        return Path.of(config.getOptionalValue(KEY_FILE, String.class)
                .filter(s -> !s.isBlank())
                .orElse(DEFAULT_KEY_FILE));
    }

    /** {@code id:base64} entries, separated by commas or line breaks; blank entries and # comments are skipped. */
    static List<AuditKey> parse(String text) {
        List<AuditKey> parsed = new ArrayList<>();
        for (String entry : text.split("[,\\n]")) {
            String trimmed = entry.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            int colon = trimmed.indexOf(':');
            if (colon < 1) {
                throw new IllegalArgumentException("An audit key is id:base64-secret (deploy/README.md)");
            }
            byte[] secret;
            try {
                secret = Base64.getDecoder().decode(trimmed.substring(colon + 1).strip());
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("The audit key " + trimmed.substring(0, colon) + " is not base64");
            }
            AuditKey key = new AuditKey(trimmed.substring(0, colon), secret);
            if (parsed.stream().anyMatch(k -> k.id().equals(key.id()))) {
                throw new IllegalArgumentException("The audit key id " + key.id() + " is given twice");
            }
            parsed.add(key);
        }
        if (parsed.isEmpty()) {
            throw new IllegalArgumentException("No audit key in the configuration");
        }
        return List.copyOf(parsed);
    }

    /** A new random key named after today, as {@code deploy/generate-audit-key.sh} makes one. */
    static AuditKey generate() {
        byte[] secret = new byte[AuditKey.MIN_SECRET_BYTES];
        new SecureRandom().nextBytes(secret);
        return new AuditKey("k" + LocalDate.now(ZoneOffset.UTC).toString().replace("-", ""), secret);
    }

    static String format(AuditKey key) {
        return key.id() + ":" + Base64.getEncoder().encodeToString(key.secret());
    }
}

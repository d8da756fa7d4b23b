package org.lactationclinic.infrastructure.security;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lactationclinic.domain.audit.AuditKey;

class ConfiguredAuditKeysTest {

    @TempDir
    Path dir;

    private static String b64(int fill) {
        byte[] secret = new byte[32];
        java.util.Arrays.fill(secret, (byte) fill);
        return Base64.getEncoder().encodeToString(secret);
    }

    @Test
    void parse_shouldTakeTheFirstKeyAsCurrentAndKeepTheOthersForChecking() {
        List<AuditKey> keys = ConfiguredAuditKeys.parse("k2:" + b64(2) + ", k1:" + b64(1));
        assertEquals(List.of("k2", "k1"), keys.stream().map(AuditKey::id).toList());
        assertArrayEquals(Base64.getDecoder().decode(b64(1)), keys.get(1).secret());
    }

    @Test
    void parse_shouldRefuseMalformedShortOrRepeatedKeys() {
        assertThrows(IllegalArgumentException.class, () -> ConfiguredAuditKeys.parse("k1"));
        assertThrows(IllegalArgumentException.class, () -> ConfiguredAuditKeys.parse("k1:not base64!"));
        assertThrows(
                IllegalArgumentException.class,
                () -> ConfiguredAuditKeys.parse("k1:" + Base64.getEncoder().encodeToString(new byte[16])));
        assertThrows(IllegalArgumentException.class, () -> ConfiguredAuditKeys.parse("k1:" + b64(1) + ",k1:" + b64(2)));
        assertThrows(IllegalArgumentException.class, () -> ConfiguredAuditKeys.parse(" # nothing\n"));
    }

    @Test
    void resolve_withoutAConfiguredKey_shouldCreateAKeyFileOnceAndReadItAfterwards() throws Exception {
        Path file = dir.resolve("data/audit-hmac.key");
        MapConfig config =
                new MapConfig(Map.of("AUDIT_HMAC_KEY_FILE", file.toString(), "DB_URL", "jdbc:h2:file:./data/x"));
        List<AuditKey> first = ConfiguredAuditKeys.resolve(config);
        assertTrue(Files.isRegularFile(file));
        assertEquals(PosixFilePermissions.fromString("rw-------"), Files.getPosixFilePermissions(file));
        assertEquals(first, ConfiguredAuditKeys.resolve(config), "the same key at the next start");
        assertTrue(ConfiguredAuditKeys.isConfigured(config));
    }

    @Test
    void resolve_forAnInMemoryDatabase_shouldWriteNoFile() {
        Path file = dir.resolve("mem.key");
        ConfiguredAuditKeys.resolve(
                new MapConfig(Map.of("AUDIT_HMAC_KEY_FILE", file.toString(), "DB_URL", "jdbc:h2:mem:x")));
        assertFalse(Files.exists(file));
    }

    @Test
    void resolve_inProductionWithoutAKey_shouldRefuse() {
        MapConfig config = new MapConfig(Map.of(
                "PRODUCTION",
                "true",
                "AUDIT_HMAC_KEY_FILE",
                dir.resolve("missing.key").toString()));
        assertThrows(IllegalStateException.class, () -> ConfiguredAuditKeys.resolve(config));
        assertFalse(ConfiguredAuditKeys.isConfigured(config));
    }
}

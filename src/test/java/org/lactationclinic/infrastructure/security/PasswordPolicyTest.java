package org.lactationclinic.infrastructure.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordPolicyTest {

    /** The shipped list, as the application loads it. */
    private static final PasswordPolicy POLICY = new PasswordPolicy();

    private static Optional<String> check(String password) {
        return POLICY.refusal(password.toCharArray(), "ana.lopez");
    }

    @Test
    void refusal_shouldCountLengthInCharactersAtBothEnds() {
        assertEquals(Optional.of(PasswordPolicy.TOO_SHORT), check("Vq7#mLp2xZr"), "11 characters");
        assertEquals(Optional.empty(), check("Vq7#mLp2xZr9"), "12 characters");
        assertEquals(Optional.empty(), check("Vq7#mLp2xZr9".repeat(10) + "Vq7#mLp2"), "128 characters");
        assertEquals(
                Optional.of(PasswordPolicy.TOO_LONG), check("Vq7#mLp2xZr9".repeat(10) + "Vq7#mLp2x"), "129 characters");
    }

    /**
     * The examples and their kind: repeated, sequential, common and dressed-up common passwords. The demo
     * clinic's published password is among them: it is loaded by the demo clinic, never accepted for an account.
     */
    @ParameterizedTest
    @ValueSource(
            strings = {
                "aaaaaaaaaaaa",
                "password1234",
                "123456789012",
                "abcdefghijkl",
                "qwertyuiop12",
                "abcabcabcabc",
                "121212121212",
                "monkeymonkey",
                "iloveyou2026!",
                "Dragon-2026!",
                "PASSWORD2026!!",
                "qwerty123456",
                "football1990",
                "sunshine!!!!",
                "ana.lopez2026",
                "lactation2026",
                "Clinic123456",
                "zxcvbnm12345",
                "letmein12345",
                "welcome2clinic",
                "1qaz2wsx3edc",
                "987654321000",
                "demo-password-2026"
            })
    void refusal_shouldRefuseGuessablePasswords(String password) {
        assertEquals(Optional.of(PasswordPolicy.GUESSABLE), check(password), password);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Vq7#mLp2xZr9",
                "correct horse battery staple",
                "a-brand-new-password",
                "integration-test-password",
                "a-long-enough-password",
                "tulip river quietly 42",
                "monkey-violin-harbour",
                "8#3!9@1%2^7&"
            })
    void refusal_shouldAcceptPasswordsThatAreNotGuessable(String password) {
        assertEquals(Optional.empty(), check(password), password);
    }

    @Test
    void refusal_shouldFoldCaseAgainstTheList() {
        assertEquals(Optional.of(PasswordPolicy.GUESSABLE), check("BASEBALL1234"));
    }

    @Test
    void theShippedList_shouldHoldTenThousandPasswords() throws Exception {
        try (var in = PasswordPolicy.class.getResourceAsStream("/org/lactationclinic/security/common-passwords.txt")) {
            String text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            assertEquals(10_000, text.lines().count());
            assertTrue(text.startsWith("password\n123456\n"));
        }
    }

    @Test
    void pieces_shouldBeRecognisedAtTheirBoundaries() {
        assertTrue(PasswordPolicy.isSequence("abc"));
        assertTrue(PasswordPolicy.isSequence("4321"));
        assertTrue(!PasswordPolicy.isSequence("abd"));
        assertTrue(PasswordPolicy.isKeyboardRun("poiuy"));
        assertTrue(!PasswordPolicy.isKeyboardRun("qwa"));
        assertTrue(PasswordPolicy.isPadding("2026", ""));
        assertTrue(!PasswordPolicy.isPadding("2126", ""));
        assertTrue(PasswordPolicy.isRepeatedUnit("xyxy"));
        assertTrue(!PasswordPolicy.isRepeatedUnit("xyxyx"));
    }
}

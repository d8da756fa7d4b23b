package org.lactationclinic.infrastructure.security;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Which passwords staff may choose (issue 15; OWASP ASVS 4.0.3 section 2.1, NIST SP 800-63B 5.1.1.2).
 *
 * <ul>
 *   <li>At least {@value #MIN_LENGTH} characters (ASVS 2.1.1), at most {@value #MAX_LENGTH} (2.1.2 asks that at least
 *       64 be allowed); any character, spaces included, no composition rules (2.1.9).
 *   <li>Not a common or breached password (2.1.7): the 10,000 most common ones ship with the application
 *       ({@code org/lactationclinic/security/common-passwords.txt}, its README gives the source and licence). A common
 *       password dressed up is refused too: a password made of <em>one</em> common password plus guessable padding
 *       (repeated characters, sequences like 1234 or abcd or qwerty, a year, the username, the clinic's own words, up
 *       to two single digits or symbols), such as {@code password1234}, {@code iloveyou2026!} or
 *       {@code demo-password-2026}. (The same common word twice with a separator, {@code dragon-dragon}, still passes:
 *       one word is counted once per password.) Phrases of several words are allowed: guessing them is what a long
 *       password is for.
 *   <li>Not made of repeated or sequential characters (NIST 800-63B): {@code aaaaaaaaaaaa}, {@code 123456789012},
 *       {@code abcabcabcabc}, or fewer than {@value #MIN_DISTINCT} different characters.
 * </ul>
 *
 * Case is folded before any comparison. The check answers with a message key, never with the password.
 */
@ApplicationScoped
public class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;
    static final int MIN_DISTINCT = 5;
    private static final int MAX_SINGLES = 2;
    private static final String LIST = "/org/lactationclinic/security/common-passwords.txt";
    /** Words of this clinic that an attacker tries first. */
    private static final Set<String> CONTEXT_WORDS = Set.of(
            "lactation",
            "clinic",
            "breastfeeding",
            "breast",
            "milk",
            "baby",
            "mother",
            "ibclc",
            "consultant",
            "admin",
            "administrator",
            "password",
            "passwort",
            "contrasena",
            "welcome");

    private static final String[] KEYBOARD_ROWS = {
        "1234567890",
        "qwertyuiop",
        "asdfghjkl",
        "zxcvbnm",
        "qwertzuiop",
        "azertyuiop",
        "qsdfghjklm",
        "wxcvbn",
        "1qaz2wsx3edc4rfv5tgb6yhn7ujm8ik9ol0p"
    };

    public static final String TOO_SHORT = "admin_staff_edit.message.error.passwordTooShort";
    public static final String TOO_LONG = "staff.message.error.passwordTooLong";
    public static final String GUESSABLE = "staff.message.error.passwordGuessable";

    private final Set<String> common;

    public PasswordPolicy() {
        this(loadList());
    }

    PasswordPolicy(Set<String> common) {
        this.common = common;
    }

    /** Empty when the password may be used; otherwise the message key saying why not. */
    public Optional<String> refusal(char[] password, String username) {
        if (password.length < MIN_LENGTH) {
            return Optional.of(TOO_SHORT);
        }
        if (password.length > MAX_LENGTH) {
            return Optional.of(TOO_LONG);
        }
        String folded = new String(password).toLowerCase(Locale.ROOT);
        String user = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        if (folded.codePoints().distinct().count() < MIN_DISTINCT
                || isRepeatedUnit(folded)
                || common.contains(folded)
                || !user.isEmpty()
                        && folded.contains(user)
                        && user.length() >= 3
                        && folded.length() - user.length() < MIN_LENGTH / 2
                || isPaddedCommonWord(folded, user)) {
            return Optional.of(GUESSABLE);
        }
        return Optional.empty();
    }

    /** "abcabcabcabc", "monkeymonkey": one piece said again and again. */
    static boolean isRepeatedUnit(String password) {
        return (password + password).indexOf(password, 1) < password.length();
    }

    /**
     * True when the password splits into guessable pieces with at most one common word among them. A dynamic programme
     * over positions: {@code reach[i][w][s]} = the first i characters split with w common words and s single digits or
     * symbols.
     */
    private boolean isPaddedCommonWord(String password, String user) {
        int n = password.length();
        boolean[][][] reach = new boolean[n + 1][2][MAX_SINGLES + 1];
        reach[0][0][0] = true;
        for (int i = 0; i < n; i++) {
            for (int w = 0; w < 2; w++) {
                for (int s = 0; s <= MAX_SINGLES; s++) {
                    if (!reach[i][w][s]) {
                        continue;
                    }
                    char c = password.charAt(i);
                    if (!Character.isLetter(c) && s < MAX_SINGLES) {
                        reach[i + 1][w][s + 1] = true;
                    }
                    for (int j = i + 2; j <= n; j++) {
                        String piece = password.substring(i, j);
                        if (isPadding(piece, user)) {
                            reach[j][w][s] = true;
                        } else if (w == 0 && piece.length() >= 3 && common.contains(piece)) {
                            reach[j][1][s] = true;
                        }
                    }
                }
            }
        }
        for (int w = 0; w < 2; w++) {
            for (int s = 0; s <= MAX_SINGLES; s++) {
                if (reach[n][w][s]) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A piece of at least two characters that a guesser tries without thinking. */
    static boolean isPadding(String piece, String user) {
        return piece.chars().distinct().count() == 1
                || piece.length() >= 3 && (isSequence(piece) || isKeyboardRun(piece))
                || piece.length() == 4 && piece.matches("(19|20)\\d\\d")
                || piece.equals(user)
                || CONTEXT_WORDS.contains(piece);
    }

    /** abcd, 4321: each character one after (or before) the last, letters or digits. */
    static boolean isSequence(String piece) {
        int step = piece.charAt(1) - piece.charAt(0);
        if (Math.abs(step) != 1) {
            return false;
        }
        for (int k = 1; k < piece.length(); k++) {
            char c = piece.charAt(k);
            if (c - piece.charAt(k - 1) != step || !Character.isLetterOrDigit(c)) {
                return false;
            }
        }
        return Character.isLetterOrDigit(piece.charAt(0));
    }

    static boolean isKeyboardRun(String piece) {
        String reversed = new StringBuilder(piece).reverse().toString();
        for (String row : KEYBOARD_ROWS) {
            if (row.contains(piece) || row.contains(reversed)) {
                return true;
            }
        }
        return false;
    }

    private static Set<String> loadList() {
        Set<String> words = new HashSet<>(16_384);
        try (InputStream in = PasswordPolicy.class.getResourceAsStream(LIST)) {
            if (in == null) {
                throw new IllegalStateException(LIST + " is missing from the application");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String word = line.strip().toLowerCase(Locale.ROOT);
                if (!word.isEmpty()) {
                    words.add(word);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(words);
    }
}

package org.lactationclinic.domain.shared;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Folds text for searching: lower case, accents and apostrophes removed, hyphens and dots made spaces, whitespace
 * collapsed, so that "José" is found by "jose", "ÓRLA" by "orla" and "O'Brien" by "obrien". Stored in a column beside
 * the name so the database can index it, the same way on H2 and PostgreSQL (neither needs an extension).
 */
public final class SearchText {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("[\\s\u00A0]+");
    private static final Pattern NOT_DIGITS = Pattern.compile("[^0-9]");
    /** Apostrophes join ("O'Brien" is found by "obrien"); hyphens and dots separate ("Al-Sayed" by "sayed"). */
    private static final Pattern APOSTROPHES = Pattern.compile("['\u2019\u02bc`]");

    private static final Pattern SEPARATORS = Pattern.compile("[\\-.]");

    private SearchText() {}

    public static String fold(String text) {
        if (text == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
        // Letters that carry no combining mark to strip: fold them by hand.
        String unaccented = MARKS.matcher(decomposed)
                .replaceAll("")
                .replace('ø', 'o')
                .replace("ß", "ss")
                .replace('ł', 'l');
        String joined = SEPARATORS
                .matcher(APOSTROPHES.matcher(unaccented).replaceAll(""))
                .replaceAll(" ");
        return SPACES.matcher(joined).replaceAll(" ").strip();
    }

    /** Phone numbers are compared on their digits only: "+44 (0)20 7946-0018" matches "0207946". */
    public static String digits(String phone) {
        return phone == null ? "" : NOT_DIGITS.matcher(phone).replaceAll("");
    }
}

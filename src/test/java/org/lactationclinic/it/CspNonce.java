package org.lactationclinic.it;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Content-Security-Policy nonce of a page (issue 15). With {@code primefaces.CSP} on, PrimeFaces' script adds the
 * page's nonce to every postback as {@code primefaces.nonce}, and the server refuses a postback without it ("Missing
 * CSP nonce") or with another page's; a test posting a form over HTTP sends it as the browser does.
 */
final class CspNonce {

    static final String PARAMETER = "primefaces.nonce";
    private static final Pattern NONCE = Pattern.compile("\\bnonce=\"([^\"]+)\"");

    private CspNonce() {}

    /** The page's nonce, or null when the page has none (not a Faces page). */
    static String of(String html) {
        Matcher nonce = NONCE.matcher(html);
        return nonce.find() ? nonce.group(1) : null;
    }

    /** Adds the page's nonce to the fields of a form of that page, as PrimeFaces does before it posts. */
    static void addTo(Map<String, String> fields, String html) {
        String nonce = of(html);
        if (nonce != null) {
            fields.putIfAbsent(PARAMETER, nonce);
        }
    }
}

package org.lactationclinic.domain.provider;

/**
 * The US National Provider Identifier: ten digits, the last a Luhn check digit computed over the first nine prefixed
 * with the card issuer number 80840 (CMS, "Requirements for Check Digit Calculation", NPI final rule, 45 CFR 162.406;
 * the constant 24 that CMS adds is the Luhn sum of that prefix).
 */
public final class Npi {

    /** The FHIR identifier system of an NPI (US Core, hl7.org/fhir/sid/us-npi). */
    public static final String SYSTEM = "http://hl7.org/fhir/sid/us-npi";

    private Npi() {}

    /** Whether the text is ten digits whose last is the right check digit. */
    public static boolean isValid(String npi) {
        if (npi == null || !npi.matches("[0-9]{10}")) {
            return false;
        }
        return checkDigit(npi.substring(0, 9)) == npi.charAt(9) - '0';
    }

    /** The check digit of the nine digits given: Luhn over "80840" followed by them. */
    public static int checkDigit(String firstNine) {
        String digits = "80840" + firstNine;
        int sum = 0;
        // the check digit will be appended on the right, so the rightmost of these is doubled
        for (int i = digits.length() - 1, position = 0; i >= 0; i--, position++) {
            int digit = digits.charAt(i) - '0';
            if (position % 2 == 0) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9;
                }
            }
            sum += digit;
        }
        return (10 - sum % 10) % 10;
    }
}

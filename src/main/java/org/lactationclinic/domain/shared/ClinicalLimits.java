package org.lactationclinic.domain.shared;

/**
 * Validation limits shared by Bean Validation annotations and the CHECK constraints of the Flyway migrations
 * ({@code V1__foundation.sql}). {@code ValidationLimitsTest} checks the annotations at each boundary and that the
 * migration's CHECK ranges match these numbers; {@code ClinicIT} proves the running database refuses out-of-range
 * values written behind the application's back. Change both together.
 */
public final class ClinicalLimits {

    /** Personal names: letters (any script), combining marks, spaces, apostrophes, hyphens and dots; no markup. */
    public static final String NAME_PATTERN = "^[\\p{L}\\p{M}][\\p{L}\\p{M} '.\\-]*$";
    /** Staff names may carry credentials after a comma: "Ana López, IBCLC". */
    public static final String STAFF_NAME_PATTERN = "^[\\p{L}\\p{M}][\\p{L}\\p{M} '.,\\-]*$";

    public static final int NAME_MAX = 100;
    public static final int USERNAME_MAX = 60;
    /** Lower-case letters, digits, dots, hyphens and underscores, starting with a letter or digit. */
    public static final String USERNAME_PATTERN = "^[a-z0-9][a-z0-9._\\-]*$";

    public static final int PHONE_MAX = 30;
    /**
     * Digits, spaces, a leading plus, brackets and hyphens; or nothing at all. The phone is optional, and Faces
     * validates the field as typed, before {@code Mother.setPhone} turns a blank value into null, so the pattern itself
     * must accept a blank one (issue 13, item 7).
     */
    public static final String PHONE_PATTERN = "^(\\s*|\\+?[0-9 ()\\-]{6,30})$";

    public static final int EMAIL_MAX = 200;
    public static final int REASON_MAX = 500;
    public static final int NOTE_MAX = 10_000;

    /**
     * Birth weight range accepted at registration, grams. 300 g is below the smallest surviving extremely preterm
     * infants a lactation clinic sees; 7000 g is above any recorded term macrosomia seen in practice. Anything outside
     * is a typing error (often kilograms typed as grams).
     */
    public static final int BIRTH_WEIGHT_MIN_GRAMS = 300;

    public static final int BIRTH_WEIGHT_MAX_GRAMS = 7000;

    /** Gestational age at birth, in days: 22+0 to 44+6 weeks. */
    public static final int GESTATIONAL_AGE_MIN_DAYS = 22 * 7;

    public static final int GESTATIONAL_AGE_MAX_DAYS = 44 * 7 + 6;

    /** Birth length (cm) and head circumference (cm), when known. */
    public static final int BIRTH_LENGTH_MIN_CM = 20;

    public static final int BIRTH_LENGTH_MAX_CM = 65;
    public static final int HEAD_CIRCUMFERENCE_MIN_CM = 15;
    public static final int HEAD_CIRCUMFERENCE_MAX_CM = 45;

    /**
     * Any infant weight after birth, in grams: the 300-15,000 g (the WHO 97th percentile at 5 years is about 24
     * kg, but a clinic sees infants).
     */
    public static final int WEIGHT_MIN_GRAMS = 300;

    public static final int WEIGHT_MAX_GRAMS = 15_000;
    /** One observed feed, minutes: long enough for a slow feed with a break. */
    public static final int FEED_DURATION_MAX_MINUTES = 120;
    /** Numeric pain rating scale (clinical-reference.md, section 1). */
    public static final int PAIN_MAX = 10;
    /** A supplement's total volume in the last 24 h, mL: above the ~1350 mL/day upper range (Kent 2006). */
    public static final int SUPPLEMENT_VOLUME_MAX_ML = 1500;

    private ClinicalLimits() {}
}

package org.lactationclinic.domain.wellbeing;

/**
 * The clinic's EPDS cut-offs, with the source a clinic shows next to them (clinical-reference.md, section 1:
 * <b>configurable per clinic</b>).
 *
 * <ul>
 *   <li>{@code referralAtOrAbove}: a complete screening totalling this or more means assess for depression (referral).
 *       Default 13 (Cox, Holden &amp; Sagovsky, Br J Psychiatry 1987;150:782-6).
 *   <li>{@code advisoryAtOrAbove}: a total from this up to below the referral cut-off is flagged for greater
 *       sensitivity (advisory). Default 10 (Cox 1987: "may be used for greater sensitivity").
 * </ul>
 *
 * Local validations of the scale, in other languages and settings, found other cut-offs best (e.g. 11 or 12), so a
 * clinic may change them; whoever does must give the source of the new numbers. Setting both cut-offs to the same value
 * switches the advisory band off. The self-harm item (item 10) has no setting: any answer above 0 is urgent whatever
 * the cut-offs, see {@link EpdsScreening#isSelfHarmPositive()}.
 */
public record EpdsThresholds(int referralAtOrAbove, int advisoryAtOrAbove, String source) {

    /** The highest possible EPDS total: ten items of at most 3. */
    public static final int MAX_TOTAL = EpdsItemType.values().length * EpdsItemType.MAX_ITEM_SCORE;

    public static final int DEFAULT_REFERRAL_AT_OR_ABOVE = 13;
    public static final int DEFAULT_ADVISORY_AT_OR_ABOVE = 10;
    public static final String DEFAULT_SOURCE =
            "EPDS >= 13 referral, >= 10 advisory: Cox, Holden & Sagovsky, Br J Psychiatry 1987;150:782-6";

    /** The cut-offs of clinical-reference.md, section 1: 13 and 10 (Cox 1987). */
    public static final EpdsThresholds DEFAULTS =
            new EpdsThresholds(DEFAULT_REFERRAL_AT_OR_ABOVE, DEFAULT_ADVISORY_AT_OR_ABOVE, DEFAULT_SOURCE);

    public EpdsThresholds {
        requireTotal(referralAtOrAbove, "referral");
        requireTotal(advisoryAtOrAbove, "advisory");
        if (advisoryAtOrAbove > referralAtOrAbove) {
            throw new IllegalArgumentException("EPDS advisory cut-off " + advisoryAtOrAbove
                    + " cannot be above the referral cut-off " + referralAtOrAbove);
        }
        if (source == null || source.isBlank()) {
            throw new IllegalArgumentException("EPDS cut-offs need the source of their numbers");
        }
        source = source.strip();
    }

    private static void requireTotal(int cutOff, String which) {
        if (cutOff < 0 || cutOff > MAX_TOTAL) {
            throw new IllegalArgumentException("EPDS " + which + " cut-off must be 0-" + MAX_TOTAL + ", was " + cutOff);
        }
    }
}

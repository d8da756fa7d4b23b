package org.lactationclinic.domain.breast;

import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * The nipple pain rule of clinical-reference.md, section 1, "Pain and breast/nipple findings" (ABM protocol #26, 2016):
 * pain that needs its cause found is the <b>highest</b> nipple pain recorded anywhere in the consultation (either side
 * of the breast findings, or any observed feed) of {@value #DEFAULT_CAUSE_AT_OR_ABOVE}/10 (default; the reference marks
 * the threshold configurable, so a clinic admin may set 1-10) or more (moderate or severe on the usual 0-10 bands: 1-3
 * mild, 4-6 moderate, 7-10 severe), or damaged nipple skin (blistered, cracked, bleeding;
 * {@link NippleIntegrityType#isDamage()}). Either raises {@link BreastFlagType#NIPPLE_PAIN_EVALUATE_CAUSE} whatever the
 * EPDS; with an EPDS at or above the advisory cut-off as well it is also {@link BreastFlagType#PAIN_WITH_LOW_MOOD}.
 *
 * <p>Pain is read from every place the form records it because the consultant often scores it while watching a feed and
 * leaves the breast section's spinner empty: reading one place only let a severe pain with cracked, bleeding nipples
 * raise nothing.
 *
 * @param highestPain the highest pain recorded, 0-10; null when none was recorded anywhere
 * @param damage the damaging skin findings on either side, empty when none
 */
public record NipplePain(Integer highestPain, Set<NippleIntegrityType> damage) {

    /**
     * The lower end of "moderate" on the 0-10 bands of the reference (1-3 mild, 4-6 moderate, 7-10 severe). The
     * reference marks the threshold configurable; this is its default (the clinic setting
     * {@code NIPPLE_PAIN_CAUSE_AT_OR_ABOVE}).
     */
    public static final int DEFAULT_CAUSE_AT_OR_ABOVE = 4;
    /** Lowest and highest threshold a clinic may set: a pain of 0 is no pain, and 10 is the top of the scale. */
    public static final int MIN_CAUSE_AT_OR_ABOVE = 1;

    public static final int MAX_CAUSE_AT_OR_ABOVE = 10;
    /** Source of the default threshold. */
    public static final String DEFAULT_SOURCE =
            "ABM protocol #26 (2016); 0-10 bands: 1-3 mild, 4-6 moderate, 7-10 severe";

    public NipplePain {
        damage = Collections.unmodifiableSet(
                damage.isEmpty() ? EnumSet.noneOf(NippleIntegrityType.class) : EnumSet.copyOf(damage));
    }

    /**
     * @param breasts the breast findings of both sides
     * @param observedFeedPains the pain recorded on each observed feed of every infant; nulls (not recorded) are
     *     skipped
     */
    public static NipplePain of(Collection<BreastFindings> breasts, Collection<Integer> observedFeedPains) {
        Integer highest = null;
        Set<NippleIntegrityType> damage = EnumSet.noneOf(NippleIntegrityType.class);
        for (BreastFindings breast : breasts) {
            highest = higher(highest, breast.getNipplePain());
            damage.addAll(breast.getNippleDamage());
        }
        for (Integer pain : observedFeedPains) {
            highest = higher(highest, pain);
        }
        return new NipplePain(highest, damage);
    }

    private static Integer higher(Integer highest, Integer pain) {
        if (pain == null) {
            return highest;
        }
        return highest == null ? pain : Math.max(highest, pain);
    }

    /** {@link #needsCauseFound(int)} with the default threshold, {@value #DEFAULT_CAUSE_AT_OR_ABOVE}/10. */
    public boolean needsCauseFound() {
        return needsCauseFound(DEFAULT_CAUSE_AT_OR_ABOVE);
    }

    /**
     * Pain at or above the clinic's threshold (moderate or severe with the default 4), or damaged skin: the cause must
     * be found (latch, anatomy, infection, ...).
     *
     * @throws IllegalArgumentException when the threshold is outside 1-10
     */
    public boolean needsCauseFound(int causeAtOrAbove) {
        if (causeAtOrAbove < MIN_CAUSE_AT_OR_ABOVE || causeAtOrAbove > MAX_CAUSE_AT_OR_ABOVE) {
            throw new IllegalArgumentException("A pain threshold is 1-10: " + causeAtOrAbove);
        }
        return (highestPain != null && highestPain >= causeAtOrAbove) || !damage.isEmpty();
    }

    /** What a flag's reason quotes: the highest pain as "n/10", or a dash when only the skin raised it. */
    public String detail() {
        return highestPain == null ? "—" : highestPain + "/10";
    }
}

package org.lactationclinic.domain.intake;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * The feeds, wet diapers and stools of the last 24 hours as the mother reports them, and the flags of
 * clinical-reference.md, sections 2 and 4, they raise. A {@code null} count means the question was not asked (or she
 * does not know), which is not the same as none: it raises no flag, and a rule that needs two counts stays silent while
 * either is missing.
 *
 * <p>The rules, by day of life (birth = day 0):
 *
 * <ul>
 *   <li>{@link IntakeFlagType#FEW_FEEDS}: fewer than 8 feeds, on any day (8-12 per 24 h expected; common guidance).
 *   <li>{@link IntakeFlagType#FEW_WET_DIAPERS}: on days 1-5 fewer wet diapers than the day of life (1 on day 1 ... 5 on
 *       day 5), from day 6 fewer than 6; no rule on day 0, before the first full day (common guidance).
 *   <li>{@link IntakeFlagType#FEW_STOOLS}: fewer than 3 stools "after day 4", that is from day 5 (common guidance).
 *   <li>{@link IntakeFlagType#OUTPUT_RED_FLAG}: fewer than 6 wet diapers <em>and</em> fewer than 3 stools "by day 5",
 *       that is from day 5 (clinical-reference.md, section 4). The referral rule counts wet diapers against 6 already
 *       on day 5, where the day-of-life guidance expects 5: on day 5, 5 wet diapers with 2 stools is a red flag without
 *       {@code FEW_WET_DIAPERS}. Both rules are kept as their sources state them.
 * </ul>
 *
 * @param feeds feeds in the last 24 hours, or {@code null} when not asked
 * @param wetDiapers wet diapers in the last 24 hours, or {@code null} when not asked
 * @param stools stools (dirty diapers) in the last 24 hours, or {@code null} when not asked
 */
public record DailyOutput(Integer feeds, Integer wetDiapers, Integer stools) {

    /**
     * Largest feeds per 24 hours a form accepts; more is a typing error. The record itself refuses only negative
     * counts: plausibility is for validation, not for the rules.
     */
    public static final int MAX_FEEDS = 40;
    /** Largest wet diapers per 24 hours a form accepts. */
    public static final int MAX_WET_DIAPERS = 30;
    /** Largest stools per 24 hours a form accepts. */
    public static final int MAX_STOOLS = 30;

    /** Feeds per 24 hours below which feeding is too infrequent: 8-12 expected. Source: common guidance. */
    public static final int MIN_FEEDS = 8;
    /**
     * Wet diapers expected per day from day 6 (source: common guidance), and the count under which section 4 refers
     * from day 5.
     */
    public static final int MIN_WET_DIAPERS_ESTABLISHED = 6;
    /** Stools expected per day from this day of life ("after day 4"); also the red-flag day ("by day 5"). */
    public static final int FIRST_DAY_STOOL_RULES = 5;
    /** Stools expected per day after day 4; fewer is low, and with few wet diapers a red flag. Common guidance. */
    public static final int MIN_STOOLS = 3;

    /**
     * Refuses a negative count, which no answer can be; a count above the form limits is left to validation.
     *
     * @throws IllegalArgumentException when a count is negative
     */
    public DailyOutput {
        requireNotNegative(feeds, "feeds");
        requireNotNegative(wetDiapers, "wetDiapers");
        requireNotNegative(stools, "stools");
    }

    /**
     * The flags these counts raise on the given day of life, in declaration order; unmodifiable.
     *
     * @throws IllegalArgumentException when the day of life is negative
     */
    public Set<IntakeFlagType> flags(long dayOfLife) {
        if (dayOfLife < 0) {
            throw new IllegalArgumentException("Day of life must not be negative: " + dayOfLife);
        }
        Set<IntakeFlagType> flags = EnumSet.noneOf(IntakeFlagType.class);
        if (feeds != null && feeds < MIN_FEEDS) {
            flags.add(IntakeFlagType.FEW_FEEDS);
        }
        // day 0 is the day of birth, often only a few hours long: the guidance starts at 1 on day 1
        if (wetDiapers != null && dayOfLife >= 1 && wetDiapers < expectedWetDiapers(dayOfLife)) {
            flags.add(IntakeFlagType.FEW_WET_DIAPERS);
        }
        boolean fewStools = stools != null && stools < expectedStools(dayOfLife);
        if (fewStools) {
            flags.add(IntakeFlagType.FEW_STOOLS);
        }
        if (fewStools && wetDiapers != null && wetDiapers < MIN_WET_DIAPERS_ESTABLISHED) {
            flags.add(IntakeFlagType.OUTPUT_RED_FLAG);
        }
        return Collections.unmodifiableSet(flags);
    }

    /**
     * Wet diapers expected on a day of life: the day of life on days 1-5 (1 on day 1 ... 5 on day 5), 6 from day 6
     * (common guidance, clinical-reference.md section 2); 1 on the day of birth, where the guidance has not started
     * yet.
     */
    public static int expectedWetDiapers(long dayOfLife) {
        return (int) Math.max(1, Math.min(dayOfLife, MIN_WET_DIAPERS_ESTABLISHED));
    }

    /** Stools expected on a day of life: 3 after day 4, none before (the guidance sets no count there). */
    public static int expectedStools(long dayOfLife) {
        return dayOfLife >= FIRST_DAY_STOOL_RULES ? MIN_STOOLS : 0;
    }

    private static void requireNotNegative(Integer count, String name) {
        if (count != null && count < 0) {
            throw new IllegalArgumentException(name + " must not be negative: " + count);
        }
    }
}

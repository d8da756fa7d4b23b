package org.lactationclinic.domain.assessment;

/**
 * The published readings of a HATLFF score a clinic can choose between (clinical-reference.md, section 1:
 * "configurable; document which one the clinic uses"). The choice is
 * {@link AssessmentThresholds#hatlffInterpretation()}; each constant carries the citation shown with its result. A =
 * appearance total (0-10), F = function total (0-14).
 *
 * <ul>
 *   <li>{@link #HAZELBAKER}, the default. Function outweighs appearance. In order: F = 14 &rarr;
 *       {@link HatlffFindingType#PERFECT} (whatever A); F &lt; 11 and A &lt; 8 &rarr;
 *       {@link HatlffFindingType#FRENOTOMY_SUGGESTED}; F &lt; 11 (A &gt;= 8) &rarr; {@link HatlffFindingType#IMPAIRED};
 *       F 11-13 and A = 10 &rarr; {@link HatlffFindingType#ACCEPTABLE}; F 11-13 and A &lt; 10 &rarr;
 *       {@link HatlffFindingType#INDETERMINATE} (the source says nothing).
 *   <li>{@link #BALLARD}: Ballard, Auer &amp; Khoury, Pediatrics 2002;110:e63, Table 1 footnote: significant
 *       ankyloglossia when "appearance score total was 8 or less and/or function score total was 11 or less". A &lt;= 8
 *       or F &lt;= 11 &rarr; {@link HatlffFindingType#FRENOTOMY_SUGGESTED}; otherwise
 *       {@link HatlffFindingType#ACCEPTABLE}. Note the "or": under Ballard a low appearance alone is enough, and the
 *       cut-offs include 8 and 11 where Hazelbaker's exclude them.
 * </ul>
 */
public enum HatlffInterpretationType {
    HAZELBAKER("Hazelbaker, Assessment Tool for Lingual Frenulum Function"),
    BALLARD("Ballard, Auer & Khoury, Pediatrics 2002;110:e63");

    static final int HAZELBAKER_PERFECT_FUNCTION = 14;
    static final int HAZELBAKER_IMPAIRED_FUNCTION_BELOW = 11;
    static final int HAZELBAKER_ACCEPTABLE_APPEARANCE = 10;
    static final int HAZELBAKER_FRENOTOMY_APPEARANCE_BELOW = 8;
    static final int BALLARD_APPEARANCE_AT_OR_BELOW = 8;
    static final int BALLARD_FUNCTION_AT_OR_BELOW = 11;

    private final String source;

    HatlffInterpretationType(String source) {
        this.source = source;
    }

    /** Short citation shown with a result read this way. */
    public String source() {
        return source;
    }

    /** The finding for the given appearance (0-10) and function (0-14) totals. */
    public HatlffFindingType classify(int appearanceTotal, int functionTotal) {
        if (appearanceTotal < 0 || appearanceTotal > HatlffAssessment.MAX_APPEARANCE) {
            throw new IllegalArgumentException("HATLFF appearance total must be 0-10, was " + appearanceTotal);
        }
        if (functionTotal < 0 || functionTotal > HatlffAssessment.MAX_FUNCTION) {
            throw new IllegalArgumentException("HATLFF function total must be 0-14, was " + functionTotal);
        }
        return switch (this) {
            case HAZELBAKER -> hazelbaker(appearanceTotal, functionTotal);
            case BALLARD ->
                appearanceTotal <= BALLARD_APPEARANCE_AT_OR_BELOW || functionTotal <= BALLARD_FUNCTION_AT_OR_BELOW
                        ? HatlffFindingType.FRENOTOMY_SUGGESTED
                        : HatlffFindingType.ACCEPTABLE;
        };
    }

    private static HatlffFindingType hazelbaker(int appearanceTotal, int functionTotal) {
        if (functionTotal == HAZELBAKER_PERFECT_FUNCTION) {
            return HatlffFindingType.PERFECT;
        }
        if (functionTotal < HAZELBAKER_IMPAIRED_FUNCTION_BELOW) {
            return appearanceTotal < HAZELBAKER_FRENOTOMY_APPEARANCE_BELOW
                    ? HatlffFindingType.FRENOTOMY_SUGGESTED
                    : HatlffFindingType.IMPAIRED;
        }
        return appearanceTotal == HAZELBAKER_ACCEPTABLE_APPEARANCE
                ? HatlffFindingType.ACCEPTABLE
                : HatlffFindingType.INDETERMINATE;
    }
}

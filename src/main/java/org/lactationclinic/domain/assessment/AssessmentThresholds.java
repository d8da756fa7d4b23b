package org.lactationclinic.domain.assessment;

import java.util.Objects;

/**
 * The cut-offs the clinical reference marks <b>configurable</b>, each with the source a clinic shows next to it. The
 * sources are weak or disagree, so a clinic admin may change a cut-off; whoever does must give the source of the new
 * number, which is why every setting is paired with its citation rather than the citation living in the rule. Citations
 * are bibliographic names, not UI text, so they stay out of the bundle.
 *
 * <ul>
 *   <li>LATCH: total below {@code latchFlagBelow} suggests further evaluation. Default 7 ("total &lt; 7", fpnotebook;
 *       Kumar et al., J Hum Lact 2006 found LATCH &gt;= 9 at 16-24 h most predictive of breastfeeding at 6 weeks).
 *       Allowed 1-10: a cut-off of 1 flags only a total of 0, 10 flags everything short of perfect.
 *   <li>BTAT: total at or below {@code btatReferAtOrBelow} means refer for frenotomy assessment. Default 4 ("total
 *       &lt;= 4", secondary sources on Ingram et al., Arch Dis Child Fetal Neonatal Ed 2015;100:F344). Allowed 0-7.
 *   <li>HATLFF: which published reading of the scores the clinic uses, see {@link HatlffInterpretationType}. Default
 *       {@link HatlffInterpretationType#HAZELBAKER}, the tool's author; the citation comes with the choice.
 * </ul>
 *
 * IBFAT has no published cut-off in the reference, so it has no setting here.
 */
public record AssessmentThresholds(
        int latchFlagBelow,
        String latchSource,
        int btatReferAtOrBelow,
        String btatSource,
        HatlffInterpretationType hatlffInterpretation) {

    public static final int DEFAULT_LATCH_FLAG_BELOW = 7;
    public static final String DEFAULT_LATCH_SOURCE =
            "LATCH < 7: fpnotebook; Jensen, Wallace & Kelsay, JOGNN 1994;23:27-32";
    public static final int DEFAULT_BTAT_REFER_AT_OR_BELOW = 4;
    public static final String DEFAULT_BTAT_SOURCE =
            "BTAT <= 4: secondary sources; Ingram et al., Arch Dis Child Fetal Neonatal Ed 2015;100:F344";
    public static final HatlffInterpretationType DEFAULT_HATLFF_INTERPRETATION = HatlffInterpretationType.HAZELBAKER;

    private static final AssessmentThresholds DEFAULTS = new AssessmentThresholds(
            DEFAULT_LATCH_FLAG_BELOW,
            DEFAULT_LATCH_SOURCE,
            DEFAULT_BTAT_REFER_AT_OR_BELOW,
            DEFAULT_BTAT_SOURCE,
            DEFAULT_HATLFF_INTERPRETATION);

    public AssessmentThresholds {
        if (latchFlagBelow < 1 || latchFlagBelow > LatchAssessment.MAX_TOTAL) {
            throw new IllegalArgumentException("LATCH cut-off must be 1-10, was " + latchFlagBelow);
        }
        if (btatReferAtOrBelow < 0 || btatReferAtOrBelow >= BtatAssessment.MAX_TOTAL) {
            throw new IllegalArgumentException("BTAT cut-off must be 0-7, was " + btatReferAtOrBelow);
        }
        latchSource = requireSource(latchSource, "LATCH");
        btatSource = requireSource(btatSource, "BTAT");
        Objects.requireNonNull(hatlffInterpretation, "hatlffInterpretation");
    }

    /** The defaults of clinical-reference.md, section 1. */
    public static AssessmentThresholds defaults() {
        return DEFAULTS;
    }

    public AssessmentThresholds withLatchFlagBelow(int flagBelow, String source) {
        return new AssessmentThresholds(flagBelow, source, btatReferAtOrBelow, btatSource, hatlffInterpretation);
    }

    public AssessmentThresholds withBtatReferAtOrBelow(int referAtOrBelow, String source) {
        return new AssessmentThresholds(latchFlagBelow, latchSource, referAtOrBelow, source, hatlffInterpretation);
    }

    public AssessmentThresholds withHatlffInterpretation(HatlffInterpretationType interpretation) {
        return new AssessmentThresholds(latchFlagBelow, latchSource, btatReferAtOrBelow, btatSource, interpretation);
    }

    private static String requireSource(String source, String instrument) {
        if (source == null || source.isBlank()) {
            throw new IllegalArgumentException(instrument + " cut-off needs the source of its number");
        }
        return source.strip();
    }
}

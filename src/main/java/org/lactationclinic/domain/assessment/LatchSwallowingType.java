package org.lactationclinic.domain.assessment;

/**
 * LATCH item A, audible swallowing (Jensen, Wallace &amp; Kelsay, JOGNN 1994;23:27-32; clinical-reference.md, section
 * 1).
 *
 * <p>The instrument words score 2 by age: "spontaneous and intermittent (&lt;24 h old); spontaneous and frequent
 * (&gt;24 h old)". It is one answer with one score, so it is one constant; only the definition shown changes, through
 * {@link #definitionKey(long)}. The source leaves exactly 24 h unassigned: an infant who has completed 24 hours is no
 * longer in the first day, so 24 h and later get the "frequent" wording.
 */
public enum LatchSwallowingType implements ScoredAnswer {
    /** None. */
    NONE(0),
    /** A few with stimulation. */
    A_FEW_WITH_STIMULATION(1),
    /** Spontaneous and intermittent (&lt;24 h old); spontaneous and frequent (&gt;24 h old). */
    SPONTANEOUS(2);

    /** Hours of life from which score 2 means "spontaneous and frequent" rather than "intermittent". */
    public static final long FREQUENT_FROM_HOURS = 24;

    private final int score;

    LatchSwallowingType(int score) {
        this.score = score;
    }

    @Override
    public int score() {
        return score;
    }

    /**
     * For {@link #SPONTANEOUS}: {@code LatchSwallowingType.SPONTANEOUS.under24h} before 24 completed hours,
     * {@code LatchSwallowingType.SPONTANEOUS.from24h} from then on. {@link #bundleKey()} keeps the combined wording for
     * when the age is unknown.
     */
    @Override
    public String definitionKey(long infantAgeHours) {
        String combined = ScoredAnswer.super.definitionKey(infantAgeHours);
        if (this != SPONTANEOUS) {
            return combined;
        }
        return combined + (infantAgeHours < FREQUENT_FROM_HOURS ? ".under24h" : ".from24h");
    }
}

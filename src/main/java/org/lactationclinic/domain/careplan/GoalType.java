package org.lactationclinic.domain.careplan;

import org.lactationclinic.domain.shared.Labelled;

/**
 * The kinds of goal a plan sets, each with one number the consultant fills in ("baby back to birth weight by day {0}").
 * Chosen from a list rather than typed so the goal prints in the mother's language; {@link #OTHER} carries the
 * consultant's own words instead.
 */
public enum GoalType implements Labelled {
    BACK_TO_BIRTH_WEIGHT_BY_DAY(true),
    FEEDS_PER_DAY(true),
    PUMP_SESSIONS_PER_DAY(true),
    PUMPED_ML_PER_DAY(true),
    WET_DIAPERS_PER_DAY(true),
    GAIN_GRAMS_PER_DAY(true),
    COMFORTABLE_FEEDS(false),
    OTHER(false);

    private final boolean takesTarget;

    GoalType(boolean takesTarget) {
        this.takesTarget = takesTarget;
    }

    /** Whether the goal needs a number ({@code {0}} in its text). */
    public boolean takesTarget() {
        return takesTarget;
    }
}

package org.lactationclinic.domain.charting;

import org.lactationclinic.domain.shared.Labelled;

/**
 * The suck/swallow pattern the consultant saw and heard during an observed feed: effective transfer shows long, slow,
 * rhythmic sucks with audible swallows. The label is the bundle entry {@code SuckSwallowPatternType.VALUE}.
 */
public enum SuckSwallowPatternType implements Labelled {
    RHYTHMIC_WITH_SWALLOWS,
    SHORT_BURSTS_FEW_SWALLOWS,
    RAPID_SHALLOW_NO_SWALLOWS,
    DISORGANISED,
    NO_SUSTAINED_SUCKING;
}

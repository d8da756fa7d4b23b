package org.lactationclinic.domain.assessment;

import org.lactationclinic.domain.shared.Labelled;

/**
 * One printed answer of a scored assessment item. Implemented by enums only: {@link #name()} and
 * {@link #getDeclaringClass()} are then supplied by {@link Enum}, which is what lets the bundle key follow the house
 * rule {@code EnumName.VALUE} without each enum repeating it.
 */
public interface ScoredAnswer extends Labelled {

    /** The points this answer contributes to the instrument's total. */
    int score();

    /**
     * Bundle key of the definition to show for an infant of the given age. The same as {@link #bundleKey()} unless the
     * instrument words an answer differently by age (LATCH audible swallowing, score 2).
     *
     * @param infantAgeHours completed hours since birth, 0 or more
     */
    default String definitionKey(long infantAgeHours) {
        if (infantAgeHours < 0) {
            throw new IllegalArgumentException("Infant age cannot be negative: " + infantAgeHours + " h");
        }
        return bundleKey();
    }
}

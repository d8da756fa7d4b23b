package org.lactationclinic.domain.wellbeing;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.Set;

/**
 * One EPDS questionnaire as the mother answered it: for each item, the position (0-3, in printed order) of the answer
 * she chose. An item missing from the map has not been answered. Cox, Holden &amp; Sagovsky, Br J Psychiatry
 * 1987;150:782-6 (clinical-reference.md, section 1: "store the chosen answer, derive the score").
 *
 * <p>Only the answers are held; item scores, the total and the flags are derived on every call, so a corrected answer
 * can never leave a stale total. The total exists only when all ten items are answered: the cut-offs were validated on
 * the full scale, and a partial sum would understate, which would make a low score look reassuring when it is only
 * incomplete. Item 10 (thoughts of self-harm) is read on its own, whether or not the rest is answered, so an
 * interrupted questionnaire can never hide it.
 *
 * @param answers chosen printed answer index per item, each 0-3; a {@code null} value counts as not answered and is
 *     dropped, so the map held is unmodifiable and free of nulls
 */
public record EpdsScreening(Map<EpdsItemType, Integer> answers) {

    public EpdsScreening {
        Objects.requireNonNull(answers, "answers");
        Map<EpdsItemType, Integer> copy = new EnumMap<>(EpdsItemType.class);
        answers.forEach((item, index) -> {
            Objects.requireNonNull(item, "EPDS item");
            if (index != null) {
                copy.put(item, EpdsItemType.requireAnswerIndex(index));
            }
        });
        answers = Collections.unmodifiableMap(copy);
    }

    /** A questionnaire with no item answered yet. */
    public static EpdsScreening empty() {
        return new EpdsScreening(Map.of());
    }

    /** A copy with the given item answered (or its answer replaced). */
    public EpdsScreening withAnswer(EpdsItemType item, int printedAnswerIndex) {
        Objects.requireNonNull(item, "item");
        Map<EpdsItemType, Integer> changed = new EnumMap<>(EpdsItemType.class);
        changed.putAll(answers);
        changed.put(item, printedAnswerIndex);
        return new EpdsScreening(changed);
    }

    /** True when all ten items are answered. */
    public boolean isComplete() {
        return answers.size() == EpdsItemType.values().length;
    }

    /** The score of one item, when it is answered. */
    public OptionalInt itemScore(EpdsItemType item) {
        Objects.requireNonNull(item, "item");
        Integer index = answers.get(item);
        return index == null ? OptionalInt.empty() : OptionalInt.of(item.score(index));
    }

    /** Sum of the ten item scores, 0-30; empty until every item is answered. */
    public OptionalInt total() {
        if (!isComplete()) {
            return OptionalInt.empty();
        }
        return OptionalInt.of(answers.entrySet().stream()
                .mapToInt(answer -> answer.getKey().score(answer.getValue()))
                .sum());
    }

    /**
     * True when item 10 is answered with a score above 0 ("Hardly ever" or more often), however many other items are
     * answered and whatever the total.
     */
    public boolean isSelfHarmPositive() {
        return itemScore(EpdsItemType.ITEM_10).orElse(0) > 0;
    }

    /**
     * The flags this screening raises with the clinic's cut-offs, in order of urgency:
     *
     * <ul>
     *   <li>{@link EpdsFlagType#SELF_HARM_URGENT} when {@link #isSelfHarmPositive()}, complete or not;
     *   <li>{@link EpdsFlagType#REFERRAL} when the answered items already add up to the referral cut-off or more;
     *   <li>{@link EpdsFlagType#ADVISORY} when they add up to the advisory cut-off or more but below the referral
     *       cut-off (a referral stands for the advisory).
     * </ul>
     *
     * Scores are never negative, so the sum of the answered items is the least the total can be: when it already
     * reaches a cut-off, the complete total would too, and an unanswered item must not hide the flag. Below a cut-off,
     * an incomplete screening raises nothing: its total is unknown.
     */
    public Set<EpdsFlagType> flags(EpdsThresholds thresholds) {
        Objects.requireNonNull(thresholds, "thresholds");
        Set<EpdsFlagType> flags = EnumSet.noneOf(EpdsFlagType.class);
        if (isSelfHarmPositive()) {
            flags.add(EpdsFlagType.SELF_HARM_URGENT);
        }
        int atLeast = answeredSum();
        if (!answers.isEmpty() && atLeast >= thresholds.referralAtOrAbove()) {
            flags.add(EpdsFlagType.REFERRAL);
        } else if (!answers.isEmpty() && atLeast >= thresholds.advisoryAtOrAbove()) {
            flags.add(EpdsFlagType.ADVISORY);
        }
        return Collections.unmodifiableSet(flags);
    }

    /** The sum of the answered items' scores: the total when complete, the least it can be when not. */
    public int answeredSum() {
        return answers.entrySet().stream()
                .mapToInt(answer -> answer.getKey().score(answer.getValue()))
                .sum();
    }
}

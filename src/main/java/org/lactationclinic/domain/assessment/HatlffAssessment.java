package org.lactationclinic.domain.assessment;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * A Hazelbaker Assessment Tool for Lingual Frenulum Function score: the score (0-2) chosen for each of the five
 * appearance items (total 0-10) and seven function items (total 0-14) (clinical-reference.md, section 1). Every item
 * must be answered: a missing item would silently lower a total and could raise a frenotomy flag that the infant does
 * not merit.
 *
 * <p>Totals and the finding are derived; what the scores mean depends on the clinic's {@link HatlffInterpretationType},
 * documented there.
 */
public record HatlffAssessment(
        Map<HatlffAppearanceItemType, Integer> appearance, Map<HatlffFunctionItemType, Integer> function) {

    public static final int MAX_ITEM_SCORE = 2;
    public static final int MAX_APPEARANCE = 10;
    public static final int MAX_FUNCTION = 14;

    public HatlffAssessment {
        appearance = complete(appearance, HatlffAppearanceItemType.class);
        function = complete(function, HatlffFunctionItemType.class);
    }

    public int appearanceTotal() {
        return appearance.values().stream().mapToInt(Integer::intValue).sum();
    }

    public int functionTotal() {
        return function.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** The finding under the given interpretation, with its citation. */
    public HatlffResult interpret(HatlffInterpretationType interpretation) {
        return new HatlffResult(
                interpretation.classify(appearanceTotal(), functionTotal()), interpretation, interpretation.source());
    }

    /** The finding under the clinic's chosen interpretation. */
    public HatlffResult interpret(AssessmentThresholds thresholds) {
        return interpret(thresholds.hatlffInterpretation());
    }

    /** The flag for a flagged finding under the clinic's interpretation, with its citation. */
    public Optional<AssessmentFlag> flag(AssessmentThresholds thresholds) {
        HatlffResult result = interpret(thresholds);
        return switch (result.finding()) {
            case IMPAIRED ->
                Optional.of(new AssessmentFlag(AssessmentFlagType.HATLFF_IMPAIRED_FUNCTION, result.source()));
            case FRENOTOMY_SUGGESTED ->
                Optional.of(new AssessmentFlag(AssessmentFlagType.HATLFF_FRENOTOMY_SUGGESTED, result.source()));
            case PERFECT, ACCEPTABLE, INDETERMINATE -> Optional.empty();
        };
    }

    static int requireItemScore(Integer score, Enum<?> item) {
        if (score == null || score < 0 || score > MAX_ITEM_SCORE) {
            throw new IllegalArgumentException("HATLFF item " + item.name() + " must score 0-2, was " + score);
        }
        return score;
    }

    private static <K extends Enum<K>> Map<K, Integer> complete(Map<K, Integer> scores, Class<K> items) {
        if (scores == null) {
            throw new IllegalArgumentException("HATLFF " + items.getSimpleName() + " scores are missing");
        }
        EnumMap<K, Integer> copy = new EnumMap<>(items);
        for (K item : items.getEnumConstants()) {
            copy.put(item, requireItemScore(scores.get(item), item));
        }
        return Collections.unmodifiableMap(copy);
    }
}

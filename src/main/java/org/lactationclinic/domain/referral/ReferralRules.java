package org.lactationclinic.domain.referral;

import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The referral rules for imported data (clinical-reference.md section 8, from the CDC breastfeeding-support prototype,
 * Georgia Tech 2017, "We Didn't Start the FHIR"). A mother-baby pair is a candidate for a lactation referral when any
 * condition holds; every condition met is returned, so the consultant reads them all.
 *
 * <p>Day = date − birth date (birth is day 0). For data imported later, "today" is the referral's own date (the newest
 * authored or effective date in what was sent), so old data is judged as of when it was sent. A weight is judged on the
 * day it was weighed. A rule whose data was not sent is not applied: nothing is assumed.
 */
public final class ReferralRules {

    private ReferralRules() {}

    /** Every condition of section 8 that the facts meet, in the order of the section. */
    public static Set<ReferralConditionType> conditionsMet(ReferralFacts facts) {
        Set<ReferralConditionType> met = EnumSet.noneOf(ReferralConditionType.class);
        if (Boolean.TRUE.equals(facts.concerns())) {
            met.add(ReferralConditionType.MOTHER_CONCERNS);
        }
        if (facts.birthDate() == null || facts.referralDate() == null) {
            return met; // no day of life: only the concerns rule applies
        }
        long day = ChronoUnit.DAYS.between(facts.birthDate(), facts.referralDate());
        if (day >= 4 && Boolean.FALSE.equals(facts.milkCameIn())) {
            met.add(ReferralConditionType.MILK_NOT_IN_BY_DAY_4);
        }
        if (day < 7 && facts.breastfeeds().size() >= 2) {
            List<Long> intervals = intervalsMinutes(facts.breastfeeds());
            if (median(intervals) > 180) {
                met.add(ReferralConditionType.FEEDS_MEDIAN_INTERVAL_OVER_3H);
            }
            if (intervals.stream().mapToLong(Long::longValue).max().orElse(0) > 300) {
                met.add(ReferralConditionType.FEEDS_LONGEST_INTERVAL_OVER_5H);
            }
        }
        if (day < 7
                && !facts.wetDiapersPerDay().isEmpty()
                && facts.wetDiapersPerDay().stream()
                                .mapToInt(Integer::intValue)
                                .average()
                                .orElse(6)
                        < 6) {
            met.add(ReferralConditionType.FEW_WET_DIAPERS);
        }
        if (Boolean.FALSE.equals(facts.stoolsTransitioned())) {
            if (day >= 4) {
                met.add(ReferralConditionType.STOOLS_NOT_TRANSITIONED_BY_DAY_4);
            }
            if (Boolean.TRUE.equals(facts.milkCameIn())
                    && facts.milkCameInOn() != null
                    && ChronoUnit.DAYS.between(facts.milkCameInOn(), facts.referralDate()) >= 2) {
                met.add(ReferralConditionType.STOOLS_NOT_TRANSITIONED_AFTER_MILK);
            }
        }
        if (facts.birthWeightGrams() != null) {
            int birth = facts.birthWeightGrams();
            for (ReferralFacts.Weight weight : facts.weights()) {
                long weighedOnDay = ChronoUnit.DAYS.between(facts.birthDate(), weight.on());
                // integer arithmetic: grams × 100 against birth × percent, no rounding at the boundary
                if (weighedOnDay < 10 && weight.grams() * 100L < birth * 91L) {
                    met.add(ReferralConditionType.WEIGHT_UNDER_91_PERCENT_BEFORE_DAY_10);
                }
                if (weighedOnDay >= 10 && weighedOnDay <= 14 && weight.grams() * 100L < birth * 95L) {
                    met.add(ReferralConditionType.WEIGHT_UNDER_95_PERCENT_DAY_10_TO_14);
                }
                if (weighedOnDay >= 14 && weight.grams() < birth) {
                    met.add(ReferralConditionType.WEIGHT_BELOW_BIRTH_WEIGHT_FROM_DAY_14);
                }
            }
        }
        return met;
    }

    private static List<Long> intervalsMinutes(List<LocalDateTime> feeds) {
        List<Long> intervals = new ArrayList<>();
        for (int i = 1; i < feeds.size(); i++) {
            intervals.add(ChronoUnit.MINUTES.between(feeds.get(i - 1), feeds.get(i)));
        }
        return intervals;
    }

    private static double median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2.0;
    }
}

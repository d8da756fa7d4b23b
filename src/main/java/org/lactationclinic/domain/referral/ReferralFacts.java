package org.lactationclinic.domain.referral;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * What a referral said about one baby, as far as it was understood: every value here was sent, none guessed. A fact the
 * sender did not send (or sent in a form the reader could not understand) is null or empty, and the rules that need it
 * are not applied.
 *
 * @param birthDate the baby's date of birth
 * @param referralDate the referral's own date: the newest authored or effective date in what was sent
 * @param birthWeightGrams birth weight, null when not sent
 * @param weights later weights with their dates
 * @param concerns whether the mother submitted concerns (null: not asked)
 * @param milkCameIn whether her milk has come in (null: not sent)
 * @param milkCameInOn when it came in, when sent
 * @param breastfeeds the times of breastfeeds the parent logged
 * @param wetDiapersPerDay the wet diapers counted on each day the parent logged
 * @param stoolsTransitioned whether the stools are yellow and seedy (null: not sent)
 */
public record ReferralFacts(
        LocalDate birthDate,
        LocalDate referralDate,
        Integer birthWeightGrams,
        List<Weight> weights,
        Boolean concerns,
        Boolean milkCameIn,
        LocalDate milkCameInOn,
        List<LocalDateTime> breastfeeds,
        List<Integer> wetDiapersPerDay,
        Boolean stoolsTransitioned) {

    /** A weight the sender recorded. */
    public record Weight(LocalDate on, int grams) {}

    public ReferralFacts {
        weights = weights == null ? List.of() : List.copyOf(weights);
        breastfeeds =
                breastfeeds == null ? List.of() : breastfeeds.stream().sorted().toList();
        wetDiapersPerDay = wetDiapersPerDay == null ? List.of() : List.copyOf(wetDiapersPerDay);
    }
}

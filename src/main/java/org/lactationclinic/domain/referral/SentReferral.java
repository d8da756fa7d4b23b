package org.lactationclinic.domain.referral;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.lactationclinic.domain.dyad.Infant;
import org.lactationclinic.domain.dyad.Mother;
import org.lactationclinic.domain.dyad.PersonIdentifier;
import org.lactationclinic.domain.shared.SearchText;

/**
 * What a referral sent, as far as it was understood, and every item that was not: plain values (names, dates, grams,
 * answers as text), no trace of the format they came in. {@code infrastructure.fhir.ReferralReader} makes one from FHIR
 * JSON; the rules of section 8 ({@link #factsFor}), the matching of a baby to an infant ({@link Person#infantOf}) and
 * the form for a new baby ({@link NewBaby}) read it here, so the referral pages can show it without knowing FHIR.
 *
 * @param mother the mother as sent, null when no one could be taken for her
 * @param babies the babies as sent
 * @param weights the babies' weights, in grams
 * @param answers the parent's questionnaire answers, known or not
 * @param concerns the concerns sent as Conditions or Flags
 * @param referralDate the newest authored or effective date sent
 * @param notUnderstood every item that was not understood, with where it was
 * @param note how mother and babies were told apart, when it was inferred
 */
public record SentReferral(
        Person mother,
        List<Person> babies,
        List<Weight> weights,
        List<Answer> answers,
        List<String> concerns,
        LocalDate referralDate,
        List<String> notUnderstood,
        String note)
        implements Serializable {

    /** The questionnaire items the rules read (docs/interoperability.md); other answers are kept and shown. */
    public static final List<String> KNOWN_ANSWERS = List.of(
            "concerns", "milk-came-in", "milk-came-in-date", "breastfeed-time", "wet-diapers", "stools-transitioned");

    /**
     * A person as sent.
     *
     * @param key who the person is within the referral (the sender's reference), to tie weights and forms to a baby
     * @param identifiers each as {@code {system, value}}
     */
    public record Person(
            String key,
            String givenName,
            String familyName,
            LocalDate birthDate,
            LocalDateTime birthTime,
            String gender,
            List<String[]> identifiers)
            implements Serializable {

        /** The identifiers sent, as the clinic keeps them. */
        public List<PersonIdentifier> personIdentifiers() {
            return identifiers.stream()
                    .map(pair -> new PersonIdentifier(pair[0], pair[1]))
                    .toList();
        }

        /**
         * The infant of this mother that this baby is: the one with one of the identifiers sent, else the one with the
         * given name and birth date sent (accents and case aside). Empty when none, or when the sender gave too little
         * to tell.
         */
        public Optional<Infant> infantOf(Mother mother) {
            List<Infant> infants = mother.getActiveInfants();
            for (PersonIdentifier sent : personIdentifiers()) {
                Optional<Infant> byIdentifier = infants.stream()
                        .filter(i -> i.getIdentifiers().stream().anyMatch(sent::sameAs))
                        .findFirst();
                if (byIdentifier.isPresent()) {
                    return byIdentifier;
                }
            }
            if (givenName == null || birthDate == null) {
                return Optional.empty();
            }
            List<Infant> byName = infants.stream()
                    .filter(i -> i.getBirthDateTime().toLocalDate().equals(birthDate)
                            && SearchText.fold(i.getGivenName()).equals(SearchText.fold(givenName)))
                    .toList();
            return byName.size() == 1 ? Optional.of(byName.getFirst()) : Optional.empty();
        }
    }

    /**
     * A weight as sent, converted to grams, with where it came from.
     *
     * @param babyKey the {@link Person#key()} of the baby weighed
     * @param on the day weighed, null for a birth weight sent without one
     * @param source where in the referral it was (e.g. {@code Observation/w1})
     */
    public record Weight(String babyKey, LocalDate on, int grams, boolean birthWeight, String source)
            implements Serializable {}

    /** One questionnaire answer as sent (values as text). */
    public record Answer(String linkId, String text, List<String> values) implements Serializable {}

    /** A referral of which nothing was understood, for this one reason. */
    public static SentReferral notRead(String reason) {
        return new SentReferral(null, List.of(), List.of(), List.of(), List.of(), null, List.of(reason), null);
    }

    /** The birth weight sent for a baby, if any. */
    public Optional<Integer> birthWeightOf(Person baby) {
        return weights.stream()
                .filter(w -> w.babyKey().equals(baby.key()) && w.birthWeight())
                .map(Weight::grams)
                .findFirst();
    }

    /** The weights sent for a baby, birth weight included. */
    public List<Weight> weightsOf(Person baby) {
        return weights.stream().filter(w -> w.babyKey().equals(baby.key())).toList();
    }

    /** The facts of section 8 for one baby, from what was understood. */
    public ReferralFacts factsFor(Person baby) {
        List<ReferralFacts.Weight> later = weights.stream()
                .filter(w -> w.babyKey().equals(baby.key()) && !w.birthWeight() && w.on() != null)
                .map(w -> new ReferralFacts.Weight(w.on(), w.grams()))
                .toList();
        Boolean concernsSent = concerns.isEmpty() ? booleanAnswer("concerns").orElse(null) : Boolean.TRUE;
        if (concernsSent == null && answer("concerns").isPresent()) {
            concernsSent = answer("concerns").get().values().stream().anyMatch(v -> !v.isBlank());
        }
        List<LocalDateTime> feeds = answer("breastfeed-time")
                .map(a -> a.values().stream()
                        .map(SentValues::dateTime)
                        .flatMap(Optional::stream)
                        .toList())
                .orElse(List.of());
        List<Integer> wet = answer("wet-diapers")
                .map(a -> a.values().stream()
                        .map(SentValues::integer)
                        .flatMap(Optional::stream)
                        .toList())
                .orElse(List.of());
        LocalDate milkOn = answer("milk-came-in-date")
                .flatMap(a -> a.values().stream().findFirst())
                .flatMap(SentValues::date)
                .orElse(null);
        return new ReferralFacts(
                baby.birthDate(),
                referralDate,
                birthWeightOf(baby).orElse(null),
                later,
                concernsSent,
                booleanAnswer("milk-came-in").orElse(null),
                milkOn,
                feeds,
                wet,
                booleanAnswer("stools-transitioned").orElse(null));
    }

    private Optional<Answer> answer(String linkId) {
        return answers.stream().filter(a -> a.linkId().equals(linkId)).findFirst();
    }

    private Optional<Boolean> booleanAnswer(String linkId) {
        return answer(linkId).flatMap(a -> a.values().stream().findFirst()).flatMap(SentValues::bool);
    }
}

package org.lactationclinic.infrastructure.fhir;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.lactationclinic.domain.dyad.Infant;
import org.lactationclinic.domain.dyad.Mother;
import org.lactationclinic.domain.dyad.PersonIdentifier;
import org.lactationclinic.domain.dyad.SexType;
import org.lactationclinic.domain.referral.ImportedWeight;
import org.lactationclinic.domain.referral.Referral;
import org.lactationclinic.domain.referral.ReferralChannelType;
import org.lactationclinic.domain.referral.ReferralConditionType;
import org.lactationclinic.domain.referral.ReferralFacts;
import org.lactationclinic.domain.referral.ReferralRules;
import org.lactationclinic.domain.shared.ClinicalRuleException;
import org.lactationclinic.domain.shared.SearchText;

/**
 * From what a referral's reader understood to the clinic's records: the conditions met, the JSON stored as
 * "understood", a baby matched to an infant the clinic knows, a new mother and new babies, the imported weights.
 *
 * <p>Nothing guessed: a new mother needs the name and date of birth the referral sent; a new baby needs what the
 * clinic's record requires (sex, birth date and time, gestational age, birth weight), each taken from the referral when
 * it was sent and otherwise typed by the consultant ({@link NewBaby}); a weight without a date is not imported (the
 * reader already left it out).
 */
public final class ReferralImport {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ReferralImport() {}

    /** Every condition of section 8 met for any of the babies. */
    public static Set<ReferralConditionType> conditionsMet(ReferralReader.Result result) {
        Set<ReferralConditionType> met = EnumSet.noneOf(ReferralConditionType.class);
        for (ReferralReader.Person baby : result.babies()) {
            met.addAll(ReferralRules.conditionsMet(result.factsFor(baby)));
        }
        if (result.babies().isEmpty()) {
            // no baby, no day of life: the concerns rule alone can apply
            met.addAll(ReferralRules.conditionsMet(new ReferralFacts(
                    null,
                    result.referralDate(),
                    null,
                    null,
                    result.concerns().isEmpty() ? null : Boolean.TRUE,
                    null,
                    null,
                    null,
                    null,
                    null)));
        }
        return met;
    }

    /** The referral as received: the text, what was understood (as JSON) and not, the conditions met. */
    public static Referral received(
            ReferralChannelType channel, String fileName, String payload, ReferralReader.Result result) {
        List<String> notUnderstood = new ArrayList<>(result.notUnderstood());
        return new Referral(
                channel,
                fileName,
                payload,
                understoodJson(result),
                notUnderstood,
                conditionsMet(result),
                result.referralDate(),
                result.mother() == null ? null : name(result.mother()),
                result.babies().stream().map(ReferralImport::name).toList());
    }

    /** "Given Family" as sent, parts not sent left out. */
    public static String name(ReferralReader.Person person) {
        String name = ((person.givenName() == null ? "" : person.givenName()) + " "
                        + (person.familyName() == null ? "" : person.familyName()))
                .strip();
        return name.isEmpty() ? "?" : name;
    }

    /** What was understood, as JSON: only values sent (dates as written in ISO form, weights in grams). */
    public static String understoodJson(ReferralReader.Result result) {
        ObjectNode root = JSON.createObjectNode();
        if (result.mother() != null) {
            root.set("mother", person(result.mother()));
        }
        ArrayNode babies = root.putArray("babies");
        result.babies().forEach(baby -> babies.add(person(baby)));
        ArrayNode weights = root.putArray("weights");
        for (ReferralReader.Weight weight : result.weights()) {
            ObjectNode w = weights.addObject()
                    .put("baby", weight.babyKey())
                    .put("grams", weight.grams())
                    .put("birthWeight", weight.birthWeight())
                    .put("source", weight.source());
            if (weight.on() != null) {
                w.put("on", weight.on().toString());
            }
        }
        ArrayNode answers = root.putArray("answers");
        for (ReferralReader.Answer answer : result.answers()) {
            ObjectNode a = answers.addObject().put("linkId", answer.linkId());
            if (answer.text() != null) {
                a.put("text", answer.text());
            }
            ArrayNode values = a.putArray("values");
            answer.values().forEach(values::add);
        }
        ArrayNode concerns = root.putArray("concerns");
        result.concerns().forEach(concerns::add);
        if (result.referralDate() != null) {
            root.put("referralDate", result.referralDate().toString());
        }
        if (result.note() != null) {
            root.put("note", result.note());
        }
        return root.toString();
    }

    private static ObjectNode person(ReferralReader.Person person) {
        ObjectNode node = JSON.createObjectNode().put("key", person.key());
        putIfSent(node, "given", person.givenName());
        putIfSent(node, "family", person.familyName());
        putIfSent(
                node,
                "birthDate",
                person.birthDate() == null ? null : person.birthDate().toString());
        putIfSent(
                node,
                "birthTime",
                person.birthTime() == null ? null : person.birthTime().toString());
        putIfSent(node, "gender", person.gender());
        ArrayNode identifiers = node.putArray("identifiers");
        person.identifiers()
                .forEach(pair -> identifiers.addObject().put("system", pair[0]).put("value", pair[1]));
        return node;
    }

    private static void putIfSent(ObjectNode node, String field, String value) {
        if (value != null) {
            node.put(field, value);
        }
    }

    /** The identifiers sent for a person, as the clinic keeps them. */
    public static List<PersonIdentifier> identifiers(ReferralReader.Person person) {
        return person.identifiers().stream()
                .map(pair -> new PersonIdentifier(pair[0], pair[1]))
                .toList();
    }

    /**
     * The infant of this mother the referral's baby is: the one with one of the identifiers sent, else the one with the
     * given name and birth date sent (accents and case aside). Empty when none, or when the sender gave too little to
     * tell.
     */
    public static Optional<Infant> matchInfant(Mother mother, ReferralReader.Person baby) {
        List<Infant> infants = mother.getActiveInfants();
        for (PersonIdentifier sent : identifiers(baby)) {
            Optional<Infant> byIdentifier = infants.stream()
                    .filter(i -> i.getIdentifiers().stream().anyMatch(sent::sameAs))
                    .findFirst();
            if (byIdentifier.isPresent()) {
                return byIdentifier;
            }
        }
        if (baby.givenName() == null || baby.birthDate() == null) {
            return Optional.empty();
        }
        List<Infant> byName = infants.stream()
                .filter(i -> i.getBirthDateTime().toLocalDate().equals(baby.birthDate())
                        && SearchText.fold(i.getGivenName()).equals(SearchText.fold(baby.givenName())))
                .toList();
        return byName.size() == 1 ? Optional.of(byName.getFirst()) : Optional.empty();
    }

    /**
     * A new mother from what was sent: her name, date of birth and identifiers.
     *
     * @throws ClinicalRuleException when the referral did not send her name or date of birth
     */
    public static Mother newMother(ReferralReader.Person sent) {
        if (sent == null || sent.givenName() == null || sent.familyName() == null || sent.birthDate() == null) {
            throw new ClinicalRuleException(
                    "referral_detail.message.error.motherIncomplete",
                    "The referral does not give the mother's name and date of birth");
        }
        Mother mother = new Mother(sent.givenName().strip(), sent.familyName().strip(), sent.birthDate());
        identifiers(sent).forEach(mother::identifyAs);
        return mother;
    }

    /** The form for a baby the clinic does not know yet, filled with what was sent. */
    public static NewBaby newBabyForm(ReferralReader.Result result, ReferralReader.Person baby) {
        NewBaby form = new NewBaby();
        form.key = baby.key();
        form.sex = "female".equals(baby.gender()) ? SexType.FEMALE : "male".equals(baby.gender()) ? SexType.MALE : null;
        form.sexSent = form.sex != null;
        form.birthDate = baby.birthDate();
        form.birthTime = baby.birthTime() == null ? null : baby.birthTime().toLocalTime();
        form.birthTimeSent = baby.birthTime() != null;
        form.birthWeightGrams = result.weights().stream()
                .filter(w -> w.babyKey().equals(baby.key()) && w.birthWeight())
                .map(ReferralReader.Weight::grams)
                .findFirst()
                .orElse(null);
        form.birthWeightSent = form.birthWeightGrams != null;
        return form;
    }

    /**
     * The new infant: name and identifiers as sent, the rest from the form (sent, or typed by the consultant).
     *
     * @throws ClinicalRuleException when the referral did not send the baby's name or birth date, or a fact the record
     *     requires is still missing
     */
    public static Infant newInfant(ReferralReader.Person sent, NewBaby form) {
        if (sent.givenName() == null || sent.familyName() == null || form.birthDate == null) {
            throw new ClinicalRuleException(
                    "referral_detail.message.error.babyIncomplete",
                    "The referral does not give the baby's name and birth date");
        }
        if (form.sex == null
                || form.birthTime == null
                || form.gestationalWeeks == null
                || form.birthWeightGrams == null) {
            throw new ClinicalRuleException(
                    "referral_detail.message.error.babyFacts",
                    "Sex, birth time, gestation and birth weight are needed");
        }
        Infant infant = new Infant(
                sent.givenName().strip(),
                sent.familyName().strip(),
                form.sex,
                LocalDateTime.of(form.birthDate, form.birthTime),
                form.gestationalWeeks * 7 + (form.gestationalDays == null ? 0 : form.gestationalDays),
                form.birthWeightGrams);
        identifiers(sent).forEach(infant::identifyAs);
        return infant;
    }

    /** The weights (not birth weights) sent for the babies, as the infants' imported weights from this referral. */
    public static List<ImportedWeight> weights(
            ReferralReader.Result result, Map<String, Infant> infantsByKey, Referral referral) {
        List<ImportedWeight> imported = new ArrayList<>();
        for (ReferralReader.Weight weight : result.weights()) {
            Infant infant = infantsByKey.get(weight.babyKey());
            if (infant != null && !weight.birthWeight() && weight.on() != null) {
                imported.add(new ImportedWeight(infant, referral, weight.on(), weight.grams(), weight.source()));
            }
        }
        return imported;
    }

    /**
     * What the clinic's record needs about a new baby that a referral may not send. The fields sent are filled and
     * shown as sent; the others the consultant types. Mutable for the form.
     */
    public static final class NewBaby implements Serializable {
        private String key;
        private SexType sex;
        private boolean sexSent;
        private LocalDate birthDate;
        private LocalTime birthTime;
        private boolean birthTimeSent;
        private Integer gestationalWeeks;
        private Integer gestationalDays;
        private Integer birthWeightGrams;
        private boolean birthWeightSent;

        public String getKey() {
            return key;
        }

        public SexType getSex() {
            return sex;
        }

        public void setSex(SexType sex) {
            this.sex = sex;
        }

        public boolean isSexSent() {
            return sexSent;
        }

        public LocalDate getBirthDate() {
            return birthDate;
        }

        public LocalTime getBirthTime() {
            return birthTime;
        }

        public void setBirthTime(LocalTime birthTime) {
            this.birthTime = birthTime;
        }

        public boolean isBirthTimeSent() {
            return birthTimeSent;
        }

        public Integer getGestationalWeeks() {
            return gestationalWeeks;
        }

        public void setGestationalWeeks(Integer gestationalWeeks) {
            this.gestationalWeeks = gestationalWeeks;
        }

        public Integer getGestationalDays() {
            return gestationalDays;
        }

        public void setGestationalDays(Integer gestationalDays) {
            this.gestationalDays = gestationalDays;
        }

        public Integer getBirthWeightGrams() {
            return birthWeightGrams;
        }

        public void setBirthWeightGrams(Integer birthWeightGrams) {
            this.birthWeightGrams = birthWeightGrams;
        }

        public boolean isBirthWeightSent() {
            return birthWeightSent;
        }
    }
}

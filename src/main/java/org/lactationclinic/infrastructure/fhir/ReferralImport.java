package org.lactationclinic.infrastructure.fhir;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.lactationclinic.domain.dyad.Infant;
import org.lactationclinic.domain.dyad.Mother;
import org.lactationclinic.domain.referral.ImportedWeight;
import org.lactationclinic.domain.referral.NewBaby;
import org.lactationclinic.domain.referral.Referral;
import org.lactationclinic.domain.referral.ReferralChannelType;
import org.lactationclinic.domain.referral.ReferralConditionType;
import org.lactationclinic.domain.referral.ReferralFacts;
import org.lactationclinic.domain.referral.ReferralRules;
import org.lactationclinic.domain.referral.SentReferral;
import org.lactationclinic.domain.shared.ClinicalRuleException;

/**
 * From what a referral's reader understood to the clinic's records: the conditions met, the JSON stored as
 * "understood", a new mother, the imported weights. (A baby matched to an infant the clinic knows, and a new baby, are
 * the domain's: {@link SentReferral.Person#infantOf} and {@link NewBaby}.)
 *
 * <p>Nothing guessed: a new mother needs the name and date of birth the referral sent; a new baby needs what the
 * clinic's record requires, each fact taken from the referral when it was sent and otherwise typed by the consultant
 * ({@link NewBaby}); a weight without a date is not imported (the reader already left it out).
 */
public final class ReferralImport {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ReferralImport() {}

    /** Every condition of section 8 met for any of the babies. */
    public static Set<ReferralConditionType> conditionsMet(SentReferral result) {
        Set<ReferralConditionType> met = EnumSet.noneOf(ReferralConditionType.class);
        for (SentReferral.Person baby : result.babies()) {
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
    public static Referral received(ReferralChannelType channel, String fileName, String payload, SentReferral result) {
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
    public static String name(SentReferral.Person person) {
        String name = ((person.givenName() == null ? "" : person.givenName()) + " "
                        + (person.familyName() == null ? "" : person.familyName()))
                .strip();
        return name.isEmpty() ? "?" : name;
    }

    /** What was understood, as JSON: only values sent (dates as written in ISO form, weights in grams). */
    public static String understoodJson(SentReferral result) {
        ObjectNode root = JSON.createObjectNode();
        if (result.mother() != null) {
            root.set("mother", person(result.mother()));
        }
        ArrayNode babies = root.putArray("babies");
        result.babies().forEach(baby -> babies.add(person(baby)));
        ArrayNode weights = root.putArray("weights");
        for (SentReferral.Weight weight : result.weights()) {
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
        for (SentReferral.Answer answer : result.answers()) {
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

    private static ObjectNode person(SentReferral.Person person) {
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

    /**
     * A new mother from what was sent: her name, date of birth and identifiers.
     *
     * @throws ClinicalRuleException when the referral did not send her name or date of birth
     */
    public static Mother newMother(SentReferral.Person sent) {
        if (sent == null || sent.givenName() == null || sent.familyName() == null || sent.birthDate() == null) {
            throw new ClinicalRuleException(
                    "referral_detail.message.error.motherIncomplete",
                    "The referral does not give the mother's name and date of birth");
        }
        Mother mother = new Mother(sent.givenName().strip(), sent.familyName().strip(), sent.birthDate());
        sent.personIdentifiers().forEach(mother::identifyAs);
        return mother;
    }

    /** The weights (not birth weights) sent for the babies, as the infants' imported weights from this referral. */
    public static List<ImportedWeight> weights(
            SentReferral result, Map<String, Infant> infantsByKey, Referral referral) {
        List<ImportedWeight> imported = new ArrayList<>();
        for (SentReferral.Weight weight : result.weights()) {
            Infant infant = infantsByKey.get(weight.babyKey());
            if (infant != null && !weight.birthWeight() && weight.on() != null) {
                imported.add(new ImportedWeight(infant, referral, weight.on(), weight.grams(), weight.source()));
            }
        }
        return imported;
    }
}

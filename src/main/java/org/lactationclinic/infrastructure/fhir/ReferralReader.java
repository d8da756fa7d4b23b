package org.lactationclinic.infrastructure.fhir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.lactationclinic.domain.referral.SentReferral;
import org.lactationclinic.domain.referral.SentValues;

/**
 * Reads a referral sent as FHIR JSON (a Bundle, a single resource or an array of resources; R4 or DSTU3, whose
 * resources used here differ only where this reader already accepts both forms) the way real senders write it, into the
 * domain's {@link SentReferral} (plain values, so the pages and rules that read it know nothing of FHIR):
 *
 * <ul>
 *   <li>booleans and numbers sent as strings ({@code "true"}, {@code "3250"});
 *   <li>weights in g, kg, or lb and oz (UCUM {@code [lb_av]}, {@code [oz_av]}, or a string such as {@code "7 lb 3
 *       oz"});
 *   <li>conditional references ({@code Patient?family=...&given=...&birthdate=...}), resolved against the Patients
 *       sent;
 *   <li>a single object where FHIR wants a list (an answer, an item, a relationship);
 *   <li>missing optional fields.
 * </ul>
 *
 * What it cannot understand goes into {@link SentReferral#notUnderstood()} with where it was, and nothing is made of
 * it: no value is guessed (a weight without a unit, a boolean spelled "yes", a reference to no Patient sent).
 *
 * <p>Mother and babies: a Patient named by a RelatedPerson (the mother) is a baby, and the RelatedPerson gives the
 * mother's name, birth date and identifiers. Without a RelatedPerson, a Patient born within two years of the referral
 * is a baby and an older one the mother (a mother cannot be two years old; this is the one inference, and it is said in
 * the result).
 *
 * <p>The parent's questionnaire answers are read by linkId: {@code concerns}, {@code milk-came-in},
 * {@code milk-came-in-date}, {@code breastfeed-time} (one answer per feed), {@code wet-diapers} (one answer per day),
 * {@code stools-transitioned} (docs/interoperability.md, {@link SentReferral#KNOWN_ANSWERS}). Other items are kept and
 * shown, and not used by the rules.
 */
public final class ReferralReader {

    public static final List<String> WEIGHT_CODES = List.of("29463-7", "3141-9", "8339-4");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern LB_OZ = Pattern.compile(
            "^\\s*(\\d+(?:\\.\\d+)?)\\s*(?:lb|lbs|pounds?)\\s*(?:(\\d+(?:\\.\\d+)?)\\s*(?:oz|ounces?))?\\s*$",
            Pattern.CASE_INSENSITIVE);
    private static final double GRAMS_PER_LB = 453.59237;
    private static final double GRAMS_PER_OZ = 28.349523125;

    private final List<String> notUnderstood = new ArrayList<>();
    private final Map<String, JsonNode> patients = new LinkedHashMap<>();
    private final List<JsonNode> related = new ArrayList<>();
    private final List<JsonNode> observations = new ArrayList<>();
    private final List<JsonNode> questionnaires = new ArrayList<>();
    private final List<String> concerns = new ArrayList<>();
    private LocalDate referralDate;

    private ReferralReader() {}

    /** Reads the text sent; a text that is not JSON at all gives a result with that one problem. */
    public static SentReferral read(String text) {
        ReferralReader reader = new ReferralReader();
        JsonNode root;
        try {
            root = JSON.readTree(text);
        } catch (Exception e) {
            return SentReferral.notRead("The file is not FHIR JSON: "
                    + e.getMessage().lines().findFirst().orElse(""));
        }
        if (root == null || root.isMissingNode()) {
            return SentReferral.notRead("The file is empty");
        }
        reader.collect(root, "");
        return reader.result();
    }

    private void collect(JsonNode node, String where) {
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collect(node.get(i), where + "[" + i + "]");
            }
            return;
        }
        String type = node.path("resourceType").asText("");
        switch (type) {
            case "Bundle" -> {
                JsonNode entries = node.path("entry");
                int i = 0;
                for (JsonNode entry : list(entries)) {
                    String fullUrl = entry.path("fullUrl").asText(null);
                    JsonNode resource = entry.path("resource");
                    if (resource.isMissingNode()) {
                        notUnderstood.add("Bundle entry " + i + " has no resource");
                    } else {
                        if (fullUrl != null
                                && "Patient"
                                        .equals(resource.path("resourceType").asText())) {
                            patients.put(fullUrl, resource);
                        } else {
                            collect(resource, "entry " + i);
                        }
                    }
                    i++;
                }
            }
            case "Patient" -> patients.put("Patient/" + node.path("id").asText("#" + patients.size()), node);
            case "RelatedPerson" -> related.add(node);
            case "Observation" -> observations.add(node);
            case "QuestionnaireResponse" -> questionnaires.add(node);
            case "Condition", "Flag" -> {
                String said = text(node.path("code"));
                concerns.add(said == null ? type : said);
                date(node, "recordedDate", "assertedDate", "onsetDateTime").ifPresent(this::sawDate);
            }
            default ->
                notUnderstood.add((where.isEmpty() ? "" : where + ": ")
                        + (type.isEmpty()
                                ? "an object without resourceType"
                                : "a " + type + " (not read by the inbox)"));
        }
    }

    private SentReferral result() {
        for (JsonNode questionnaire : questionnaires) {
            date(questionnaire, "authored").ifPresent(this::sawDate);
        }
        for (JsonNode observation : observations) {
            date(observation, "effectiveDateTime", "issued")
                    .or(() -> date(observation.path("effectivePeriod"), "start"))
                    .ifPresent(this::sawDate);
        }
        // babies: the Patients a RelatedPerson names
        List<String> babyKeys = new ArrayList<>();
        SentReferral.Person mother = null;
        for (JsonNode relation : related) {
            Optional<String> baby =
                    resolve(relation.path("patient").path("reference").asText(null), "RelatedPerson.patient");
            baby.ifPresent(key -> {
                if (!babyKeys.contains(key)) {
                    babyKeys.add(key);
                }
            });
            if (mother == null) {
                mother = person("RelatedPerson", relation);
            }
        }
        String note = null;
        if (related.isEmpty()) {
            note =
                    "No RelatedPerson was sent: a Patient born within two years of the referral is taken as a baby, an older one as the mother.";
            for (Map.Entry<String, JsonNode> patient : patients.entrySet()) {
                Optional<LocalDate> born = date(patient.getValue(), "birthDate");
                if (born.isEmpty()) {
                    notUnderstood.add(patient.getKey() + ": no birth date, so neither mother nor baby");
                } else if (referralDate != null && born.get().isAfter(referralDate.minusYears(2))) {
                    babyKeys.add(patient.getKey());
                } else if (mother == null) {
                    mother = person(patient.getKey(), patient.getValue());
                }
            }
        } else {
            for (Map.Entry<String, JsonNode> patient : patients.entrySet()) {
                if (!babyKeys.contains(patient.getKey())
                        && mother != null
                        && mother.key().equals("RelatedPerson")) {
                    // the mother sent as a Patient too: her identifiers and name from there
                    mother = person(patient.getKey(), patient.getValue());
                }
            }
        }
        List<SentReferral.Person> babies = new ArrayList<>();
        for (String key : babyKeys) {
            babies.add(person(key, patients.get(key)));
        }
        List<SentReferral.Weight> weights = new ArrayList<>();
        for (JsonNode observation : observations) {
            weight(observation, babyKeys).ifPresent(weights::add);
        }
        List<SentReferral.Answer> answers = new ArrayList<>();
        for (JsonNode questionnaire : questionnaires) {
            for (JsonNode item : list(questionnaire.path("item"))) {
                answers(item, answers);
            }
        }
        return new SentReferral(mother, babies, weights, answers, concerns, referralDate, notUnderstood, note);
    }

    private void sawDate(LocalDate date) {
        if (referralDate == null || date.isAfter(referralDate)) {
            referralDate = date;
        }
    }

    private SentReferral.Person person(String key, JsonNode resource) {
        if (resource == null) {
            notUnderstood.add(key + ": named but not sent");
            return new SentReferral.Person(key, null, null, null, null, null, List.of());
        }
        JsonNode name = list(resource.path("name")).stream().findFirst().orElse(null);
        String given = name == null
                ? null
                : list(name.path("given")).stream()
                        .map(JsonNode::asText)
                        .findFirst()
                        .orElse(null);
        String family = name == null
                ? null
                : name.path("family").isArray()
                        ? name.path("family").path(0).asText(null)
                        : name.path("family").asText(null);
        LocalDate born = date(resource, "birthDate").orElse(null);
        LocalDateTime bornAt = null;
        for (JsonNode extension : list(resource.path("_birthDate").path("extension"))) {
            if (extension.path("url").asText("").endsWith("patient-birthTime")) {
                bornAt = SentValues.dateTime(extension.path("valueDateTime").asText(""))
                        .orElse(null);
            }
        }
        List<String[]> identifiers = new ArrayList<>();
        for (JsonNode identifier : list(resource.path("identifier"))) {
            String system = identifier.path("system").asText(null);
            String value = identifier.path("value").asText(null);
            if (system == null || value == null || value.isBlank()) {
                notUnderstood.add(key + ": an identifier without system or value (" + identifier + ")");
            } else {
                identifiers.add(new String[] {system.strip(), value.strip()});
            }
        }
        return new SentReferral.Person(
                key, given, family, born, bornAt, resource.path("gender").asText(null), identifiers);
    }

    private Optional<SentReferral.Weight> weight(JsonNode observation, List<String> babyKeys) {
        String id = "Observation/" + observation.path("id").asText("?");
        Optional<String> code = list(observation.path("code").path("coding")).stream()
                .map(c -> c.path("code").asText(""))
                .filter(WEIGHT_CODES::contains)
                .findFirst();
        if (code.isEmpty()) {
            notUnderstood.add(id + ": code " + text(observation.path("code"))
                    + " (the inbox reads weights: LOINC 29463-7, 3141-9, 8339-4)");
            return Optional.empty();
        }
        Optional<String> subject =
                resolve(observation.path("subject").path("reference").asText(null), id + " subject");
        if (subject.isEmpty()) {
            return Optional.empty();
        }
        if (!babyKeys.contains(subject.get())) {
            notUnderstood.add(id + ": a weight of " + subject.get() + ", who is not one of the babies");
            return Optional.empty();
        }
        Optional<Integer> grams = grams(observation, id);
        if (grams.isEmpty()) {
            return Optional.empty();
        }
        boolean birth = code.get().equals("8339-4");
        LocalDate on = date(observation, "effectiveDateTime")
                .or(() -> date(observation.path("effectivePeriod"), "start"))
                .or(() -> date(observation, "issued"))
                .orElse(null);
        if (on == null && !birth) {
            notUnderstood.add(id + ": a weight without a date (" + grams.get() + " g), not used");
            return Optional.empty();
        }
        return Optional.of(new SentReferral.Weight(subject.get(), on, grams.get(), birth, id));
    }

    private Optional<Integer> grams(JsonNode observation, String id) {
        JsonNode quantity = observation.path("valueQuantity");
        if (quantity.isMissingNode() && observation.has("valueString")) {
            Matcher lbOz = LB_OZ.matcher(observation.path("valueString").asText());
            if (lbOz.matches()) {
                double ounces = lbOz.group(2) == null ? 0 : Double.parseDouble(lbOz.group(2));
                return Optional.of(
                        (int) Math.round(Double.parseDouble(lbOz.group(1)) * GRAMS_PER_LB + ounces * GRAMS_PER_OZ));
            }
            notUnderstood.add(
                    id + ": the weight \"" + observation.path("valueString").asText() + "\" is not in g, kg or lb/oz");
            return Optional.empty();
        }
        Optional<BigDecimal> value = decimal(quantity.path("value"));
        String unit = quantity.path("code")
                .asText(quantity.path("unit").asText(""))
                .strip()
                .toLowerCase(Locale.ROOT);
        if (value.isEmpty()) {
            notUnderstood.add(id + ": the weight's value " + quantity.path("value") + " is not a number");
            return Optional.empty();
        }
        BigDecimal grams = switch (unit) {
            case "g", "gram", "grams" -> value.get();
            case "kg", "kilogram", "kilograms" -> value.get().multiply(BigDecimal.valueOf(1000));
            case "[lb_av]", "lb", "lbs" -> value.get().multiply(BigDecimal.valueOf(GRAMS_PER_LB));
            case "[oz_av]", "oz" -> value.get().multiply(BigDecimal.valueOf(GRAMS_PER_OZ));
            default -> null;
        };
        if (grams == null) {
            notUnderstood.add(id + ": the weight " + value.get().toPlainString() + " has no unit the inbox knows (\""
                    + unit + "\")");
            return Optional.empty();
        }
        return Optional.of(grams.setScale(0, RoundingMode.HALF_UP).intValueExact());
    }

    /** A reference to a Patient sent: relative, absolute (fullUrl), or conditional (family, given, birthdate). */
    private Optional<String> resolve(String reference, String where) {
        if (reference == null || reference.isBlank()) {
            notUnderstood.add(where + ": no reference");
            return Optional.empty();
        }
        if (patients.containsKey(reference)) {
            return Optional.of(reference);
        }
        for (Map.Entry<String, JsonNode> patient : patients.entrySet()) {
            if (patient.getKey().endsWith("/" + reference)
                    || reference.endsWith("/" + patient.getKey())
                    || reference.equals(
                            "Patient/" + patient.getValue().path("id").asText("\u0000"))) {
                return Optional.of(patient.getKey());
            }
        }
        if (reference.startsWith("Patient?")) {
            Map<String, String> criteria = new LinkedHashMap<>();
            for (String pair : reference.substring(8).split("&")) {
                int equals = pair.indexOf('=');
                if (equals > 0) {
                    criteria.put(
                            pair.substring(0, equals),
                            URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
                }
            }
            List<String> matches = patients.entrySet().stream()
                    .filter(p -> matches(p.getValue(), criteria))
                    .map(Map.Entry::getKey)
                    .toList();
            if (matches.size() == 1) {
                return Optional.of(matches.getFirst());
            }
            notUnderstood.add(where + ": " + reference + " matches " + matches.size() + " of the Patients sent");
            return Optional.empty();
        }
        notUnderstood.add(where + ": " + reference + " is not one of the Patients sent");
        return Optional.empty();
    }

    private boolean matches(JsonNode patient, Map<String, String> criteria) {
        SentReferral.Person person = new SentReferral.Person("", null, null, null, null, null, List.of());
        JsonNode name = list(patient.path("name")).stream().findFirst().orElse(null);
        for (Map.Entry<String, String> criterion : criteria.entrySet()) {
            String wanted = criterion.getValue().strip().toLowerCase(Locale.ROOT);
            boolean ok = switch (criterion.getKey()) {
                case "family" ->
                    name != null
                            && name.path("family")
                                    .asText("")
                                    .toLowerCase(Locale.ROOT)
                                    .equals(wanted);
                case "given" ->
                    name != null
                            && list(name.path("given")).stream()
                                    .anyMatch(g ->
                                            g.asText().toLowerCase(Locale.ROOT).equals(wanted));
                case "birthdate" ->
                    patient.path("birthDate")
                            .asText("")
                            .equals(criterion.getValue().strip());
                case "identifier" ->
                    list(patient.path("identifier")).stream()
                            .anyMatch(i ->
                                    wanted.equals(i.path("value").asText("").toLowerCase(Locale.ROOT))
                                            || wanted.equals((i.path("system").asText("") + "|"
                                                            + i.path("value").asText(""))
                                                    .toLowerCase(Locale.ROOT)));
                default -> false;
            };
            if (!ok) {
                return false;
            }
        }
        return !criteria.isEmpty() && person != null;
    }

    private void answers(JsonNode item, List<SentReferral.Answer> answers) {
        String linkId = item.path("linkId").asText("?");
        List<String> values = new ArrayList<>();
        for (JsonNode answer : list(item.path("answer"))) {
            Optional<String> value = answerValue(answer, linkId);
            value.ifPresent(values::add);
            for (JsonNode nested : list(answer.path("item"))) {
                answers(nested, answers);
            }
        }
        if (!values.isEmpty() || item.has("answer")) {
            answers.add(new SentReferral.Answer(linkId, item.path("text").asText(null), values));
            if (!SentReferral.KNOWN_ANSWERS.contains(linkId)) {
                notUnderstood.add("Answer " + linkId + ": kept with the referral, not read by the rules");
            }
        }
        for (JsonNode nested : list(item.path("item"))) {
            answers(nested, answers);
        }
    }

    private Optional<String> answerValue(JsonNode answer, String linkId) {
        var fields = answer.fieldNames();
        while (fields.hasNext()) {
            String field = fields.next();
            if (!field.startsWith("value")) {
                continue;
            }
            JsonNode value = answer.get(field);
            switch (field) {
                case "valueBoolean" -> {
                    Optional<Boolean> bool =
                            value.isBoolean() ? Optional.of(value.booleanValue()) : SentValues.bool(value.asText());
                    if (bool.isEmpty()) {
                        notUnderstood.add("Answer " + linkId + ": \"" + value.asText() + "\" is not true or false");
                    }
                    return bool.map(String::valueOf);
                }
                case "valueInteger", "valueDecimal" -> {
                    Optional<BigDecimal> number = decimal(value);
                    if (number.isEmpty()) {
                        notUnderstood.add("Answer " + linkId + ": \"" + value.asText() + "\" is not a number");
                    }
                    return number.map(BigDecimal::toPlainString);
                }
                case "valueString", "valueDate", "valueDateTime", "valueTime", "valueUri" -> {
                    return Optional.of(value.asText());
                }
                case "valueCoding" -> {
                    return Optional.ofNullable(
                            value.path("display").asText(value.path("code").asText(null)));
                }
                default -> {
                    notUnderstood.add("Answer " + linkId + ": a " + field + " (not read)");
                    return Optional.empty();
                }
            }
        }
        notUnderstood.add("Answer " + linkId + ": no value");
        return Optional.empty();
    }

    /** A single object where FHIR wants a list is read as a list of one. */
    private static List<JsonNode> list(JsonNode node) {
        if (node == null || node.isMissingNode() || node.isNull()) {
            return List.of();
        }
        if (node.isArray()) {
            List<JsonNode> items = new ArrayList<>();
            node.forEach(items::add);
            return items;
        }
        return List.of(node);
    }

    private static String text(JsonNode concept) {
        if (concept.has("text")) {
            return concept.path("text").asText();
        }
        return list(concept.path("coding")).stream()
                .map(c -> c.path("display").asText(c.path("code").asText("")))
                .filter(s -> !s.isBlank())
                .findFirst()
                .orElse(null);
    }

    private static Optional<LocalDate> date(JsonNode node, String... fields) {
        for (String field : fields) {
            if (node.has(field)) {
                Optional<LocalDate> date = SentValues.date(node.path(field).asText());
                if (date.isPresent()) {
                    return date;
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<BigDecimal> decimal(JsonNode node) {
        if (node.isNumber()) {
            return Optional.of(node.decimalValue());
        }
        return node.isTextual() ? SentValues.decimal(node.asText()) : Optional.empty();
    }
}

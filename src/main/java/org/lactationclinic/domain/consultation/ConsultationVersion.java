package org.lactationclinic.domain.consultation;

import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.lactationclinic.domain.breast.BreastFindings;
import org.lactationclinic.domain.careplan.CarePlan;
import org.lactationclinic.domain.charting.FeedObservation;
import org.lactationclinic.domain.charting.TestWeighing;
import org.lactationclinic.domain.dyad.Infant;
import org.lactationclinic.domain.shared.ConsultationFlag;
import org.lactationclinic.domain.wellbeing.EpdsScreening;
import org.lactationclinic.domain.wellbeing.MaternalWellbeing;

/**
 * One saved version of a consultation as its history page shows it: who saved it, when, its status, the amendment
 * reason when it was a correction, and what changed since the version before, field by field.
 *
 * @param revision the history's revision number, increasing
 * @param savedBy the username that saved it
 * @param savedAt when
 * @param reason the amendment's reason when this version is an amendment, else null
 * @param changes what differs from the previous version; for the first version, everything recorded
 */
public record ConsultationVersion(
        long revision, String savedBy, Instant savedAt, ConsultationStatus status, String reason, List<Change> changes)
        implements Serializable {

    /**
     * A field that changed.
     *
     * @param fieldKey bundle key of the field's label ({@code ConsultationVersion.field.*})
     * @param subject whom the field is about (an infant's given name) or empty
     * @param before the earlier value, empty when it was not recorded
     * @param after the new value, empty when it was removed
     */
    public record Change(String fieldKey, String subject, String before, String after) implements Serializable {}

    public ConsultationVersion {
        changes = List.copyOf(changes);
    }

    /**
     * The versions of a consultation, oldest first, from its snapshots in history order. Each snapshot must be readable
     * in full (infants, findings, flags, amendments), so the caller reads them inside the transaction.
     */
    public static List<ConsultationVersion> of(List<Snapshot> snapshots) {
        List<ConsultationVersion> versions = new ArrayList<>();
        Map<String, String> previous = Map.of();
        int amendmentsBefore = 0;
        for (Snapshot snapshot : snapshots) {
            Map<String, String> fields = fieldsOf(snapshot.consultation());
            List<ConsultationAmendment> amendments = snapshot.consultation().getAmendments();
            String reason =
                    amendments.size() > amendmentsBefore ? amendments.getLast().reason() : null;
            versions.add(new ConsultationVersion(
                    snapshot.revision(),
                    snapshot.savedBy(),
                    snapshot.savedAt(),
                    snapshot.consultation().getStatus(),
                    reason,
                    changes(previous, fields)));
            previous = fields;
            amendmentsBefore = amendments.size();
        }
        return versions;
    }

    /** A consultation as it was saved in one revision. */
    public record Snapshot(long revision, String savedBy, Instant savedAt, Consultation consultation) {}

    private static List<Change> changes(Map<String, String> before, Map<String, String> after) {
        List<Change> changes = new ArrayList<>();
        for (Map.Entry<String, String> field : after.entrySet()) {
            String earlier = before.getOrDefault(field.getKey(), "");
            if (!earlier.equals(field.getValue())) {
                changes.add(change(field.getKey(), earlier, field.getValue()));
            }
        }
        before.keySet().stream()
                .filter(key -> !after.containsKey(key))
                .forEach(key -> changes.add(change(key, before.get(key), "")));
        return changes;
    }

    private static Change change(String key, String before, String after) {
        // "field|<infant uuid>|Kemi": a field of the infant Kemi, keyed by uuid so that twins named alike stay apart
        String[] parts = key.split("\\|", 3);
        return parts.length < 3 ? new Change(key, "", before, after) : new Change(parts[0], parts[2], before, after);
    }

    /** The fields a reader compares, as short texts; empty ones are left out. */
    private static Map<String, String> fieldsOf(Consultation consultation) {
        Map<String, String> fields = new LinkedHashMap<>();
        put(fields, "ConsultationVersion.field.status", consultation.getStatus().name());
        put(fields, "ConsultationVersion.field.type", consultation.getType().name());
        put(fields, "ConsultationVersion.field.startedAt", String.valueOf(consultation.getStartedAt()));
        put(
                fields,
                "ConsultationVersion.field.infants",
                consultation.getInfants().stream().map(Infant::getGivenName).collect(Collectors.joining(", ")));
        SoapNote note = consultation.getNote();
        put(fields, "ConsultationVersion.field.subjective", note.subjective());
        put(fields, "ConsultationVersion.field.objective", note.objective());
        put(fields, "ConsultationVersion.field.assessment", note.assessment());
        put(fields, "ConsultationVersion.field.plan", note.plan());
        VisitReasons reasons = consultation.getVisitReasons();
        put(
                fields,
                "ConsultationVersion.field.visitReasons",
                String.join(", ", reasons.ordered().stream().map(Enum::name).toList())
                        + (reasons.other() == null
                                ? ""
                                : (reasons.reasons().isEmpty() ? "" : "; ") + "other: " + reasons.other()));
        for (InfantFindings findings : consultation.getFindings()) {
            put(
                    fields,
                    "ConsultationVersion.field.findings|" + findings.getInfant().getUuid() + "|"
                            + findings.getInfant().getGivenName(),
                    summary(findings));
        }
        MotherFindings mother = consultation.motherFindings();
        MaternalWellbeing wellbeing = mother.getWellbeing();
        put(fields, "ConsultationVersion.field.epds", epdsSummary(wellbeing));
        put(fields, "ConsultationVersion.field.selfHarmAcknowledged", wellbeing.getSelfHarmAcknowledgedBy());
        put(
                fields,
                "ConsultationVersion.field.wellbeingNotes",
                String.join(
                                " / ",
                                Objects.toString(wellbeing.getSleepNote(), ""),
                                Objects.toString(wellbeing.getStressNote(), ""),
                                Objects.toString(wellbeing.getNutritionNote(), ""))
                        .replaceAll("^( / )+$", ""));
        put(
                fields,
                "ConsultationVersion.field.breasts",
                mother.getBreasts().stream()
                                .map(ConsultationVersion::breastSummary)
                                .filter(text -> !text.isBlank())
                                .collect(Collectors.joining("; "))
                        + (mother.isFever() ? "; fever" : ""));
        put(
                fields,
                "ConsultationVersion.field.supply",
                mother.getConcerns().stream()
                                .map(concern -> concern.getCategory()
                                        + (concern.getOnset() == null ? "" : " since " + concern.getOnset())
                                        + (concern.getNote() == null ? "" : " (" + concern.getNote() + ")"))
                                .collect(Collectors.joining("; "))
                        + (mother.getFactors().isEmpty()
                                ? ""
                                : "; factors: "
                                        + mother.getFactors().stream()
                                                .map(Enum::name)
                                                .collect(Collectors.joining(", "))));
        put(fields, "ConsultationVersion.field.carePlan", carePlanSummary(consultation.carePlan()));
        put(
                fields,
                "ConsultationVersion.field.flags",
                consultation.getFlags().stream()
                        .map(ConsultationFlag::flagKey)
                        .map(key -> key.substring(key.indexOf('.') + 1))
                        .sorted()
                        .collect(Collectors.joining(", ")));
        if (consultation.isVoided()) {
            put(fields, "ConsultationVersion.field.voided", consultation.getVoidReason());
        }
        return fields;
    }

    /** Goals, steps with their quantities, supplementation, referrals, follow-up and note, as one comparable line. */
    private static String carePlanSummary(CarePlan plan) {
        List<String> parts = new ArrayList<>();
        plan.getGoals()
                .forEach(goal ->
                        parts.add("goal " + goal.getType() + (goal.getTarget() == null ? "" : " " + goal.getTarget())
                                + (goal.getText() == null ? "" : " " + goal.getText())));
        plan.getInterventions()
                .forEach(step -> parts.add("step "
                        + Objects.requireNonNullElse(
                                step.getIntervention().getCode(),
                                step.getIntervention().getTitle())
                        + Stream.of(
                                        step.getTimesPerDay() == null ? null : step.getTimesPerDay() + "/day",
                                        step.getMinutes() == null ? null : step.getMinutes() + " min",
                                        step.getVolumeMl() == null ? null : step.getVolumeMl() + " mL",
                                        step.getMethod() == null
                                                ? null
                                                : step.getMethod().name(),
                                        step.getSide() == null
                                                ? null
                                                : step.getSide().name(),
                                        step.getNote())
                                .filter(Objects::nonNull)
                                .map(part -> " " + part)
                                .collect(Collectors.joining())));
        if (!plan.getSupplementation().isEmpty()) {
            parts.add("supplement " + plan.getSupplementation().getType() + " "
                    + plan.getSupplementation().getVolumePerFeedMl() + " mL");
        }
        plan.getReferrals()
                .forEach(referral -> parts.add("referral " + referral.getDestination() + " " + referral.getUrgency()));
        if (plan.getFollowUpOn() != null) {
            parts.add("follow-up " + plan.getFollowUpOn());
        }
        if (plan.getNoteToMother() != null) {
            parts.add("note " + plan.getNoteToMother());
        }
        return String.join("; ", parts);
    }

    private static String epdsSummary(MaternalWellbeing wellbeing) {
        EpdsScreening screening = wellbeing.screening();
        if (screening.answers().isEmpty()) {
            return "";
        }
        String answers = screening.answers().entrySet().stream()
                .map(answer -> answer.getKey().number() + ":" + answer.getKey().score(answer.getValue()))
                .collect(Collectors.joining(" "));
        return (screening.total().isPresent() ? "total " + screening.total().getAsInt() : "incomplete") + " (" + answers
                + ")";
    }

    private static String breastSummary(BreastFindings breast) {
        List<String> parts = new ArrayList<>();
        if (breast.getState() != null) {
            parts.add(breast.getState().name());
        }
        if (breast.isRedness()) {
            parts.add("redness");
        }
        if (breast.isLump()) {
            parts.add("lump");
        }
        breast.getNippleSkin().forEach(finding -> parts.add(finding.name()));
        if (breast.getNipplePain() != null) {
            parts.add("pain " + breast.getNipplePain());
        }
        return parts.isEmpty() ? "" : breast.getSide() + " " + String.join(", ", parts);
    }

    /** The findings in one line: red flags, weight, LATCH totals, transfers, BTAT, last 24 hours, supplements. */
    private static String summary(InfantFindings findings) {
        List<String> parts = new ArrayList<>();
        if (findings.getTemperatureC() != null) {
            parts.add(findings.getTemperatureC() + " °C");
        }
        if (findings.isLethargic()) {
            parts.add("lethargic");
        }
        if (findings.isDarkUrineOrUrates()) {
            parts.add("dark urine");
        }
        if (findings.isSignificantJaundice()) {
            parts.add("significant jaundice");
        }
        if (findings.getFeedingStatus() != null) {
            parts.add("feeding " + findings.getFeedingStatus());
        }
        if (findings.getWeightGrams() != null) {
            parts.add(findings.getWeightGrams() + " g");
        }
        for (FeedObservation feed : findings.getFeeds()) {
            parts.add("LATCH " + (feed.getLatchTotal() == null ? "-" : feed.getLatchTotal())
                    + (feed.getIbfatTotal() == null ? "" : " IBFAT " + feed.getIbfatTotal())
                    + (feed.getNipplePain() == null ? "" : " pain " + feed.getNipplePain()) + " " + feed.getSide() + " "
                    + feed.getPosition());
        }
        for (TestWeighing weighing : findings.getTestWeighings()) {
            parts.add("test weigh " + weighing.getPreFeedGrams() + "→" + weighing.getPostFeedGrams() + " g");
        }
        if (findings.getOral().getBtatTotal() != null) {
            parts.add("BTAT " + findings.getOral().getBtatTotal());
        }
        findings.getOral()
                .hatlff()
                .ifPresent(hatlff -> parts.add("HATLFF " + hatlff.appearanceTotal() + "/" + hatlff.functionTotal()));
        findings.getSupplements()
                .forEach(supplement ->
                        parts.add(supplement.getType() + " " + Objects.toString(supplement.getVolumeMl(), "-") + " mL "
                                + Objects.toString(supplement.getMethod(), "")));
        if (findings.getFeedsIn24h() != null
                || findings.getWetDiapersIn24h() != null
                || findings.getStoolsIn24h() != null) {
            parts.add("24 h: " + Objects.toString(findings.getFeedsIn24h(), "-") + " feeds, "
                    + Objects.toString(findings.getWetDiapersIn24h(), "-") + " wet, "
                    + Objects.toString(findings.getStoolsIn24h(), "-") + " stools");
        }
        return String.join("; ", parts);
    }

    private static void put(Map<String, String> fields, String key, String value) {
        if (value != null && !value.isBlank()) {
            fields.put(key, value);
        }
    }
}

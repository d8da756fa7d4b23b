package org.lactationclinic.infrastructure.printing;

import org.lactationclinic.domain.careplan.CarePlan;
import org.lactationclinic.domain.careplan.PlannedIntervention;
import org.lactationclinic.domain.careplan.Referral;
import org.lactationclinic.domain.charting.ChartingContext;
import org.lactationclinic.domain.charting.FeedObservation;
import org.lactationclinic.domain.charting.InfantFindings;
import org.lactationclinic.domain.charting.TestWeighing;
import org.lactationclinic.domain.consultation.Consultation;
import org.lactationclinic.domain.consultation.ConsultationFlag;
import org.lactationclinic.domain.dyad.Infant;
import org.lactationclinic.domain.growth.GrowthZScore;
import org.lactationclinic.domain.growth.WhoWeightForAge;
import org.lactationclinic.domain.weight.WeightTrajectory;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * The letter to the baby's doctor: reason for referral, findings with scores and weights, the consultant's
 * assessment, the plan and referrals, signed by the consultant, with the clinic's details. Written for a
 * clinician, in the clinic's language (English), with the scores' names and numbers; the flags read as the
 * consultant saw them on screen (the UI bundle's words).
 */
public record ProviderLetter(ClinicHeader clinic, String date, String regarding, String mother, List<String> reasons,
                             List<InfantSection> infants, List<String> motherFindings, String assessment,
                             List<String> plan, String followUp, String signedBy, String signature) {

    /** What was found for one baby: each line a finding with its number. */
    public record InfantSection(String heading, List<String> findings, List<String> flags) {
    }

    private static final Locale LETTER_LOCALE = Locale.ENGLISH;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", LETTER_LOCALE);

    public static ProviderLetter of(Consultation consultation, ChartingContext context, ClinicHeader clinic, ZoneId zone) {
        PrintTexts t = PrintTexts.in("en");
        ResourceBundle flags = ResourceBundle.getBundle("org.lactationclinic.web.messages", LETTER_LOCALE,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        CarePlan plan = consultation.carePlan();
        List<String> reasons = new ArrayList<>();
        plan.getReferrals().forEach(referral -> reasons.add(referralLine(referral, t)));
        if (reasons.isEmpty()) {
            reasons.add(t.get("letter.reason.information"));
        }
        List<InfantSection> infants = consultation.getInfants().stream()
                .map(infant -> infantSection(infant, consultation, context, t, flags)).toList();
        List<String> motherLines = new ArrayList<>();
        consultation.getWellbeing().screening().total().ifPresent(total ->
                motherLines.add(t.text("letter.mother.epds", total, selfHarmNote(consultation, t))));
        consultation.getFlags().stream().filter(flag -> flag.infantUuid() == null)
                .forEach(flag -> motherLines.add(flagText(flag, flags)));
        consultation.motherFindings().getConcerns().forEach(concern ->
                motherLines.add(t.text("letter.mother.concern", flags.getString(concern.getCategory().bundleKey()))));
        List<String> planLines = new ArrayList<>();
        plan.getGoals().forEach(goal -> planLines.add(t.text("letter.plan.goal", t.goalOf(goal))));
        for (PlannedIntervention step : plan.getInterventions()) {
            String title = t.titleOf(step.getIntervention());
            String quantities = TakeHomePlan.quantities(step, t);
            planLines.add(quantities == null ? title : title + " (" + quantities + ")");
        }
        if (plan.getSupplementation().isComplete()) {
            planLines.add(t.text("letter.plan.supplement", plan.getSupplementation().getVolumePerFeedMl(),
                    t.label(plan.getSupplementation().getType())));
        }
        String signed = consultation.getSignedAt() == null ? t.get("letter.signature.draft")
                : t.text("letter.signature.signed", DATE.format(consultation.getSignedAt().atZone(zone)));
        return new ProviderLetter(clinic, DATE.format(LocalDate.now(zone)),
                t.text("letter.regarding", String.join(", ", consultation.getInfants().stream().map(Infant::getFullName).toList())),
                t.text("letter.motherLine", consultation.getMother().getFullName(),
                        DATE.format(consultation.getMother().getDateOfBirth()), DATE.format(consultation.getStartedAt())),
                reasons, infants, motherLines, consultation.getNote().assessment(), planLines,
                plan.getFollowUpOn() == null ? null : t.text("letter.followUp", DATE.format(plan.getFollowUpOn())),
                consultation.getConsultant().getFullName(), signed);
    }

    /** Item 10: said only when positive, and acknowledged only when the consultant recorded that she acknowledged it. */
    private static String selfHarmNote(Consultation consultation, PrintTexts t) {
        if (!consultation.getWellbeing().screening().isSelfHarmPositive()) {
            return "";
        }
        String acknowledgedBy = consultation.getWellbeing().getSelfHarmAcknowledgedBy();
        return acknowledgedBy == null ? t.get("letter.mother.epds.item10")
                : t.text("letter.mother.epds.item10Acknowledged", acknowledgedBy);
    }

    private static String referralLine(Referral referral, PrintTexts t) {
        String line = t.text("letter.referral", t.get("letter." + referral.getDestination().bundleKey()),
                t.label(referral.getUrgency()));
        return referral.getNote() == null ? line : line + ": " + referral.getNote();
    }

    private static InfantSection infantSection(Infant infant, Consultation consultation, ChartingContext context,
                                               PrintTexts t, ResourceBundle flagTexts) {
        String heading = t.text("letter.infant.heading", infant.getFullName(), DATE.format(infant.getBirthDateTime()),
                infant.getGestationalAgeLabel(), infant.getBirthWeightGrams(),
                infant.ageAt(consultation.getStartedAt()).dayOfLife());
        List<String> lines = new ArrayList<>();
        Optional<InfantFindings> found = consultation.findingsFor(infant);
        found.flatMap(context::weightPoint).ifPresent(point -> lines.add(weightLine(infant, point, t)));
        found.ifPresent(findings -> {
            for (FeedObservation feed : findings.getFeeds()) {
                lines.add(t.text("letter.infant.feed", t.label(feed.getSide()),
                        flagTexts.getString(feed.getPosition().bundleKey()),
                        feed.getLatchTotal() == null ? "-" : feed.getLatchTotal(),
                        feed.getIbfatTotal() == null ? "-" : feed.getIbfatTotal(),
                        feed.getNipplePain() == null ? "-" : feed.getNipplePain()));
            }
            for (TestWeighing weighing : findings.getTestWeighings()) {
                if (weighing.isComplete()) {
                    lines.add(t.text("letter.infant.transfer", t.label(weighing.getSide()),
                            weighing.getPreFeedGrams(), weighing.getPostFeedGrams(), weighing.getTransferMl()));
                }
            }
            if (findings.getOral().getBtatTotal() != null) {
                lines.add(t.text("letter.infant.btat", findings.getOral().getBtatTotal()));
            }
            findings.getOral().hatlff().ifPresent(hatlff ->
                    lines.add(t.text("letter.infant.hatlff", hatlff.appearanceTotal(), hatlff.functionTotal())));
            if (findings.getFeedsIn24h() != null || findings.getWetDiapersIn24h() != null || findings.getStoolsIn24h() != null) {
                lines.add(t.text("letter.infant.output", dash(findings.getFeedsIn24h()), dash(findings.getWetDiapersIn24h()),
                        dash(findings.getStoolsIn24h())));
            }
        });
        List<String> flags = consultation.getFlags().stream()
                .filter(flag -> infant.getUuid().equals(flag.infantUuid())).map(flag -> flagText(flag, flagTexts)).toList();
        return new InfantSection(heading, lines, flags);
    }

    private static String weightLine(Infant infant, WeightTrajectory.Point point, PrintTexts t) {
        Optional<GrowthZScore> z = WhoWeightForAge.standard().zScore(infant.getSex(), point.dayOfLife(), point.weightGrams());
        return t.text("letter.infant.weight", point.weightGrams(), point.dayOfLife(), point.percentChangeDisplay(),
                point.gainGramsPerDayDisplay() == null ? "-" : point.gainGramsPerDayDisplay(),
                z.map(score -> String.format(LETTER_LOCALE, "%.2f", score.z())).orElse("-"),
                z.map(score -> String.format(LETTER_LOCALE, "%.0f", score.percentile())).orElse("-"));
    }

    private static Object dash(Integer value) {
        return value == null ? "-" : value;
    }

    /** The flag as the screen showed it ({@code {0}} its number), with its source. */
    private static String flagText(ConsultationFlag flag, ResourceBundle texts) {
        String reason = texts.containsKey(flag.flagKey())
                ? new MessageFormat(texts.getString(flag.flagKey()), LETTER_LOCALE).format(new Object[]{flag.detail()})
                : flag.flagKey();
        return reason + " (" + flag.source() + ")";
    }
}

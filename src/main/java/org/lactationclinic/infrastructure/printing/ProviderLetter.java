package org.lactationclinic.infrastructure.printing;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.lactationclinic.domain.careplan.CarePlan;
import org.lactationclinic.domain.careplan.PlannedIntervention;
import org.lactationclinic.domain.careplan.Referral;
import org.lactationclinic.domain.careplan.ReferralDestinationType;
import org.lactationclinic.domain.careplan.ReferralStatusType;
import org.lactationclinic.domain.charting.FeedObservation;
import org.lactationclinic.domain.charting.TestWeighing;
import org.lactationclinic.domain.consent.MaternalDisclosure;
import org.lactationclinic.domain.consultation.ChartingContext;
import org.lactationclinic.domain.consultation.Consultation;
import org.lactationclinic.domain.consultation.InfantFindings;
import org.lactationclinic.domain.consultation.VisitReasons;
import org.lactationclinic.domain.dyad.Infant;
import org.lactationclinic.domain.growth.GrowthZScore;
import org.lactationclinic.domain.growth.WhoWeightForAge;
import org.lactationclinic.domain.provider.Provider;
import org.lactationclinic.domain.shared.ConsultationFlag;
import org.lactationclinic.domain.weight.WeightTrajectory;

/**
 * The letter to the baby's doctor (issue 13, rule 6): what the problem is and what the clinic asks of the doctor first,
 * then the findings with scores and weights, the consultant's assessment, the plan, signed by the consultant, with the
 * clinic's details. Written for a clinician in plain clinical words (the {@code letter.problem.*} entries of
 * plan.properties), never the screen's flag text or a rule's source. A value that was not recorded is left out of its
 * sentence rather than printed as "-". Where the consultation stands on referral comes only from
 * {@link ReferralStatusType}. The mother's own findings are in the letter only as far as {@link MaternalDisclosure}
 * allows. It is addressed to the babies' own doctors from the provider directory (issue 14), names the babies by the
 * identifiers the hospital knows them by, and says why the mother came (the reasons for the visit, issue 13).
 */
public record ProviderLetter(
        ClinicHeader clinic,
        String date,
        List<String> addressee,
        String salutation,
        String regarding,
        List<String> identifiers,
        String mother,
        String visitReasons,
        String status,
        List<String> problems,
        List<String> questions,
        List<String> referrals,
        List<InfantSection> infants,
        List<String> motherFindings,
        String assessment,
        List<String> plan,
        String followUp,
        String signedBy,
        String signature) {

    /** What was found for one baby: each line a measurement with its number. */
    public record InfantSection(String heading, List<String> findings) {}

    private static final Locale LETTER_LOCALE = Locale.ENGLISH;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", LETTER_LOCALE);
    private static final String PROBLEM = "letter.problem.";

    public static ProviderLetter of(
            Consultation consultation, ChartingContext context, ClinicHeader clinic, ZoneId zone) {
        return of(consultation, context, clinic, zone, MaternalDisclosure.NONE);
    }

    public static ProviderLetter of(
            Consultation consultation,
            ChartingContext context,
            ClinicHeader clinic,
            ZoneId zone,
            MaternalDisclosure disclosure) {
        PrintTexts t = PrintTexts.in("en");
        CarePlan plan = consultation.carePlan();
        List<Referral> referrals = plan.getReferrals().stream()
                .filter(referral ->
                        disclosure.motherFindings() || !ReferralStatusType.isAboutMother(referral.getDestination()))
                .filter(referral ->
                        disclosure.mentalHealth() || referral.getDestination() != ReferralDestinationType.MENTAL_HEALTH)
                .toList();
        List<ConsultationFlag> flags = consultation.getFlags().stream()
                .filter(flag -> reported(flag, disclosure, t))
                .toList();
        ReferralStatusType status = ReferralStatusType.of(referrals, flags);
        List<Infant> babies = consultation.getInfants();
        String names = names(babies);

        List<String> problems = new ArrayList<>();
        List<String> recommended = new ArrayList<>();
        for (Infant infant : babies) {
            List<ConsultationFlag> own = flags.stream()
                    .filter(flag -> infant.getUuid().equals(flag.infantUuid()))
                    .toList();
            if (!own.isEmpty()) {
                problems.add(t.text("letter.problem.line", infant.getGivenName(), problemList(own, t)));
            }
            List<ConsultationFlag> red =
                    own.stream().filter(ConsultationFlag::referral).toList();
            if (!red.isEmpty()) {
                recommended.add(t.text("letter.question.recommended", infant.getGivenName(), problemList(red, t)));
            }
        }
        List<ConsultationFlag> hers =
                flags.stream().filter(flag -> flag.infantUuid() == null).toList();
        if (!hers.isEmpty()) {
            problems.add(t.text("letter.problem.mother", problemList(hers, t)));
        }

        List<String> questions = new ArrayList<>();
        switch (status) {
            case REFERRED -> referrals.forEach(referral -> questions.add(question(referral, names, t)));
            case REFERRAL_RECOMMENDED -> questions.addAll(recommended);
            case NONE_NEEDED ->
                questions.add(
                        problems.isEmpty()
                                ? t.text("letter.question.none", names, babies.size())
                                : t.text("letter.question.informed", names));
        }

        List<InfantSection> infants = babies.stream()
                .map(infant -> infantSection(infant, consultation, context, t))
                .toList();
        PrintTexts ui = PrintTexts.ui();
        List<String> motherLines = new ArrayList<>();
        if (disclosure.mentalHealth()) {
            consultation
                    .getWellbeing()
                    .screening()
                    .total()
                    .ifPresent(total ->
                            motherLines.add(t.text("letter.mother.epds", total) + selfHarmNote(consultation, t)));
        }
        if (disclosure.motherFindings()) {
            consultation
                    .motherFindings()
                    .getConcerns()
                    .forEach(concern -> motherLines.add(t.text(
                            "letter.mother.concern",
                            ui.get(concern.getCategory().bundleKey()))));
        }
        List<String> planLines = new ArrayList<>();
        plan.getGoals().forEach(goal -> planLines.add(t.text("letter.plan.goal", t.goalOf(goal))));
        for (PlannedIntervention step : plan.getInterventions()) {
            // the screen's clinical title ("Pumping schedule"), not the mother's ("Pump your milk")
            String title = step.getIntervention()
                    .standard()
                    .map(standard -> ui.get(standard.bundleKey()))
                    .orElse(step.getIntervention().getTitle());
            String quantities = TakeHomePlan.quantities(step, t);
            String line = quantities == null ? title : title + " (" + quantities + ")";
            planLines.add(
                    step.getInfantUuid() == null
                            ? line
                            : line + t.text("letter.plan.forBaby", TakeHomePlan.whom(step.getInfantUuid(), babies, t)));
        }
        if (plan.getSupplementation().isComplete()) {
            String line = t.text(
                    "letter.plan.supplement",
                    plan.getSupplementation().getVolumePerFeedMl(),
                    ui.get(plan.getSupplementation().getType().bundleKey()));
            planLines.add(
                    plan.getSupplementation().getInfantUuid() == null
                            ? line
                            : line
                                    + t.text(
                                            "letter.plan.forBaby",
                                            TakeHomePlan.whom(
                                                    plan.getSupplementation().getInfantUuid(), babies, t)));
        }
        String signed = consultation.getSignedAt() == null
                ? t.get("letter.signature.draft")
                : t.text(
                        "letter.signature.signed",
                        DATE.format(consultation.getSignedAt().atZone(zone)));
        List<Provider> doctors = babies.stream()
                .map(Infant::getDoctor)
                .filter(Objects::nonNull)
                .distinct()
                .toList();
        return new ProviderLetter(
                clinic,
                DATE.format(LocalDate.now(zone)),
                addressee(doctors),
                doctors.size() == 1
                        ? t.text("letter.toDoctor", doctors.getFirst().getName())
                        : t.get("letter.to"),
                t.text(
                        "letter.regarding",
                        String.join(
                                ", ", babies.stream().map(Infant::getFullName).toList())),
                identifiers(babies, t),
                t.text(
                        "letter.motherLine",
                        consultation.getMother().getFullName(),
                        DATE.format(consultation.getMother().getDateOfBirth()),
                        DATE.format(consultation.getStartedAt())),
                visitReasons(consultation.getVisitReasons(), ui, t),
                t.get("letter.status." + status.name()),
                problems,
                questions,
                referrals.stream().map(referral -> referralLine(referral, t)).toList(),
                infants,
                motherLines,
                blankToNull(consultation.getNote().assessment()),
                planLines,
                plan.getFollowUpOn() == null ? null : t.text("letter.followUp", DATE.format(plan.getFollowUpOn())),
                consultation.getConsultant().getFullName(),
                signed);
    }

    /** Each doctor's name, practice, address and numbers, as the directory holds them; empty when none is named. */
    private static List<String> addressee(List<Provider> doctors) {
        List<String> lines = new ArrayList<>();
        for (Provider doctor : doctors) {
            Stream.of(
                            doctor.getName(),
                            doctor.getPractice(),
                            doctor.getAddress(),
                            doctor.getPhone(),
                            doctor.getFax() == null ? null : "Fax " + doctor.getFax())
                    .filter(line -> line != null && !line.isBlank())
                    .forEach(lines::add);
        }
        return lines;
    }

    /** "Maya Okafor: 4455 (https://hospital.example/mrn)", one line per identifier of each baby. */
    private static List<String> identifiers(List<Infant> babies, PrintTexts t) {
        return babies.stream()
                .flatMap(infant -> infant.getIdentifiers().stream()
                        .filter(identifier -> !identifier.isBlank())
                        .map(identifier -> t.text(
                                "letter.identifier",
                                infant.getFullName(),
                                identifier.getValue(),
                                identifier.getSystem())))
                .toList();
    }

    /** Why she came, in the screen's words, her own "other" reason last; null when none was recorded. */
    private static String visitReasons(VisitReasons reasons, PrintTexts ui, PrintTexts t) {
        if (reasons.isEmpty()) {
            return null;
        }
        List<String> said = new ArrayList<>(reasons.ordered().stream()
                .map(reason -> ui.get(reason.bundleKey()))
                .toList());
        if (reasons.other() != null && !reasons.other().isBlank()) {
            said.add(reasons.other().strip());
        }
        return t.text("letter.visitReasons", String.join("; ", said));
    }

    /**
     * A flag goes into the letter when it has clinical words for a doctor (a record contradiction is the consultant's
     * to resolve, not the doctor's) and, for the mother's, only as far as the disclosure allows.
     */
    private static boolean reported(ConsultationFlag flag, MaternalDisclosure disclosure, PrintTexts t) {
        if (t.has(PROBLEM + flag.flagKey()) && t.get(PROBLEM + flag.flagKey()).isBlank()) {
            return false;
        }
        if (flag.infantUuid() != null) {
            return true;
        }
        return MaternalDisclosure.isMentalHealthFlag(flag.flagKey())
                ? disclosure.mentalHealth()
                : disclosure.motherFindings();
    }

    /**
     * The flags in clinical words, joined: "excessive weight loss (10.4 % of birth weight); low LATCH score (5/10)".
     */
    private static String problemList(List<ConsultationFlag> flags, PrintTexts t) {
        return flags.stream().map(flag -> problem(flag, t)).distinct().collect(Collectors.joining("; "));
    }

    /**
     * A flag in the letter's words. A flag added after this letter was written (it has no {@code letter.problem} entry
     * yet) falls back to the screen's words, without the source; PrintedDocumentsTest fails until one is written.
     */
    static String problem(ConsultationFlag flag, PrintTexts t) {
        if (t.has(PROBLEM + flag.flagKey())) {
            return t.text(PROBLEM + flag.flagKey(), flag.detail());
        }
        PrintTexts ui = PrintTexts.ui();
        return ui.has(flag.flagKey()) ? ui.text(flag.flagKey(), flag.detail()) : flag.flagKey();
    }

    private static String question(Referral referral, String names, PrintTexts t) {
        String question =
                t.text("letter.question." + referral.getDestination().name(), names, t.label(referral.getUrgency()));
        return referral.getNote() == null || referral.getNote().isBlank()
                ? question
                : question + " " + referral.getNote();
    }

    private static String names(List<Infant> babies) {
        List<String> given = babies.stream().map(Infant::getGivenName).toList();
        return given.size() == 1
                ? given.getFirst()
                : String.join(", ", given.subList(0, given.size() - 1)) + " and " + given.getLast();
    }

    /**
     * Item 10: said only when positive, and acknowledged only when the consultant recorded that she acknowledged it.
     */
    private static String selfHarmNote(Consultation consultation, PrintTexts t) {
        if (!consultation.getWellbeing().screening().isSelfHarmPositive()) {
            return "";
        }
        String acknowledgedBy = consultation.getWellbeing().getSelfHarmAcknowledgedBy();
        return acknowledgedBy == null
                ? t.get("letter.mother.epds.item10")
                : t.text("letter.mother.epds.item10Acknowledged", acknowledgedBy);
    }

    private static String referralLine(Referral referral, PrintTexts t) {
        String line = t.text(
                "letter.referral",
                t.get("letter." + referral.getDestination().bundleKey()),
                t.label(referral.getUrgency()));
        return referral.getNote() == null || referral.getNote().isBlank() ? line : line + ": " + referral.getNote();
    }

    private static InfantSection infantSection(
            Infant infant, Consultation consultation, ChartingContext context, PrintTexts t) {
        String heading = t.text(
                "letter.infant.heading",
                infant.getFullName(),
                DATE.format(infant.getBirthDateTime()),
                infant.getGestationalAgeLabel(),
                infant.getBirthWeightGrams(),
                infant.ageAt(consultation.getStartedAt()).dayOfLife());
        List<String> lines = new ArrayList<>();
        Optional<InfantFindings> found = consultation.findingsFor(infant);
        found.flatMap(context::weightPoint).ifPresent(point -> lines.add(weightLine(infant, point, t)));
        found.ifPresent(findings -> {
            for (FeedObservation feed : findings.getFeeds()) {
                StringBuilder line = new StringBuilder(t.text(
                        "letter.infant.feed",
                        t.label(feed.getSide()),
                        PrintTexts.ui().get(feed.getPosition().bundleKey())));
                List<String> scores = new ArrayList<>();
                if (feed.getLatchTotal() != null) {
                    scores.add(t.text("letter.infant.feed.latch", feed.getLatchTotal()));
                }
                if (feed.getIbfatTotal() != null) {
                    scores.add(t.text("letter.infant.feed.ibfat", feed.getIbfatTotal()));
                }
                if (feed.getNipplePain() != null) {
                    scores.add(t.text("letter.infant.feed.pain", feed.getNipplePain()));
                }
                if (!scores.isEmpty()) {
                    line.append(": ").append(String.join(", ", scores));
                }
                lines.add(line.toString());
            }
            for (TestWeighing weighing : findings.getTestWeighings()) {
                if (weighing.isComplete()) {
                    lines.add(t.text(
                            "letter.infant.transfer",
                            t.label(weighing.getSide()),
                            weighing.getPreFeedGrams(),
                            weighing.getPostFeedGrams(),
                            weighing.getTransferMl()));
                }
            }
            if (findings.getOral().getBtatTotal() != null) {
                lines.add(t.text("letter.infant.btat", findings.getOral().getBtatTotal()));
            }
            findings.getOral()
                    .hatlff()
                    .ifPresent(hatlff -> lines.add(
                            t.text("letter.infant.hatlff", hatlff.appearanceTotal(), hatlff.functionTotal())));
            List<String> output = new ArrayList<>();
            if (findings.getFeedsIn24h() != null) {
                output.add(t.text("letter.infant.output.feeds", findings.getFeedsIn24h()));
            }
            if (findings.getWetDiapersIn24h() != null) {
                output.add(t.text("letter.infant.output.wet", findings.getWetDiapersIn24h()));
            }
            if (findings.getStoolsIn24h() != null) {
                output.add(t.text("letter.infant.output.stools", findings.getStoolsIn24h()));
            }
            if (!output.isEmpty()) {
                lines.add(t.text("letter.infant.output", String.join(", ", output)));
            }
        });
        return new InfantSection(heading, lines);
    }

    /** "Weight 2,760 g on day 9 (-8.0 % from birth weight)", then the gain and the z-score only when known. */
    private static String weightLine(Infant infant, WeightTrajectory.Point point, PrintTexts t) {
        StringBuilder line = new StringBuilder(
                t.text("letter.infant.weight", point.weightGrams(), point.dayOfLife(), point.percentChangeDisplay()));
        if (point.gainGramsPerDayDisplay() != null) {
            line.append("; ").append(t.text("letter.infant.weight.gain", point.gainGramsPerDayDisplay()));
        }
        Optional<GrowthZScore> z =
                WhoWeightForAge.standard().zScore(infant.getSex(), point.dayOfLife(), point.weightGrams());
        z.ifPresent(score -> line.append("; ")
                .append(t.text(
                        "letter.infant.weight.who",
                        String.format(LETTER_LOCALE, "%.2f", score.z()),
                        String.format(LETTER_LOCALE, "%.0f", score.percentile()))));
        return line.toString();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}

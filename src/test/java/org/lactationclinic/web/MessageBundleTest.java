package org.lactationclinic.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.lactationclinic.domain.assessment.AssessmentFlagType;
import org.lactationclinic.domain.assessment.BtatFrenulumAttachmentType;
import org.lactationclinic.domain.assessment.BtatTongueLiftType;
import org.lactationclinic.domain.assessment.BtatTongueProtrusionType;
import org.lactationclinic.domain.assessment.BtatTongueTipType;
import org.lactationclinic.domain.assessment.HatlffAppearanceItemType;
import org.lactationclinic.domain.assessment.HatlffFindingType;
import org.lactationclinic.domain.assessment.HatlffFunctionItemType;
import org.lactationclinic.domain.assessment.HatlffInterpretationType;
import org.lactationclinic.domain.assessment.IbfatFixingType;
import org.lactationclinic.domain.assessment.IbfatMaternalSatisfactionType;
import org.lactationclinic.domain.assessment.IbfatReadinessType;
import org.lactationclinic.domain.assessment.IbfatRootingType;
import org.lactationclinic.domain.assessment.IbfatSuckingType;
import org.lactationclinic.domain.assessment.LatchComfortType;
import org.lactationclinic.domain.assessment.LatchGraspType;
import org.lactationclinic.domain.assessment.LatchHoldType;
import org.lactationclinic.domain.assessment.LatchNippleType;
import org.lactationclinic.domain.assessment.LatchSwallowingType;
import org.lactationclinic.domain.audit.AuditActionType;
import org.lactationclinic.domain.audit.AuditRecordType;
import org.lactationclinic.domain.breast.BreastFlagType;
import org.lactationclinic.domain.breast.BreastStateType;
import org.lactationclinic.domain.breast.ContributingFactorType;
import org.lactationclinic.domain.breast.NippleIntegrityType;
import org.lactationclinic.domain.breast.NippleShapeType;
import org.lactationclinic.domain.breast.SupplyConcernType;
import org.lactationclinic.domain.charting.BreastSideType;
import org.lactationclinic.domain.charting.FeedPositionType;
import org.lactationclinic.domain.charting.InfantRedFlagType;
import org.lactationclinic.domain.charting.NippleShapeAfterFeedType;
import org.lactationclinic.domain.charting.SuckSwallowPatternType;
import org.lactationclinic.domain.charting.SupplementMethodType;
import org.lactationclinic.domain.charting.SupplementType;
import org.lactationclinic.domain.consultation.ConsultationStatus;
import org.lactationclinic.domain.consultation.ConsultationType;
import org.lactationclinic.domain.dyad.BirthTimingType;
import org.lactationclinic.domain.dyad.DeliveryType;
import org.lactationclinic.domain.dyad.FeedingMethodType;
import org.lactationclinic.domain.dyad.MaternalConditionType;
import org.lactationclinic.domain.dyad.PumpingPurposeType;
import org.lactationclinic.domain.dyad.SexType;
import org.lactationclinic.domain.intake.DailyOutput;
import org.lactationclinic.domain.intake.IntakeFlagType;
import org.lactationclinic.domain.intake.TransferComparisonType;
import org.lactationclinic.domain.pumping.PumpType;
import org.lactationclinic.domain.pumping.PumpingFlagType;
import org.lactationclinic.domain.pumping.VolumeBandType;
import org.lactationclinic.domain.settings.ClinicSettingType;
import org.lactationclinic.domain.staff.RoleType;
import org.lactationclinic.domain.weight.WeightFlagType;
import org.lactationclinic.domain.wellbeing.EpdsFlagType;
import org.lactationclinic.domain.wellbeing.EpdsItemType;

/** Every enum a page or printout shows has its label in the message bundle (EnumName.VALUE). */
class MessageBundleTest {

    private static final ResourceBundle BUNDLE = ResourceBundle.getBundle(BundleMessages.BUNDLE);

    @Test
    void everyDisplayedEnum_shouldHaveALabelInTheBundle() {
        List<String> missing = new ArrayList<>();
        Stream.of(
                        ConsultationType.class,
                        org.lactationclinic.domain.charting.FeedingStatusType.class,
                        org.lactationclinic.domain.reporting.OutcomeCheckType.class,
                        org.lactationclinic.domain.reporting.ReportIntervalType.class,
                        org.lactationclinic.domain.reporting.ExportFormatType.class,
                        ConsultationStatus.class,
                        SexType.class,
                        FeedingMethodType.class,
                        DeliveryType.class,
                        BirthTimingType.class,
                        RoleType.class,
                        LatchGraspType.class,
                        LatchSwallowingType.class,
                        LatchNippleType.class,
                        LatchComfortType.class,
                        LatchHoldType.class,
                        IbfatReadinessType.class,
                        IbfatRootingType.class,
                        IbfatFixingType.class,
                        IbfatSuckingType.class,
                        IbfatMaternalSatisfactionType.class,
                        BtatTongueTipType.class,
                        BtatFrenulumAttachmentType.class,
                        BtatTongueLiftType.class,
                        BtatTongueProtrusionType.class,
                        HatlffAppearanceItemType.class,
                        HatlffFunctionItemType.class,
                        HatlffInterpretationType.class,
                        HatlffFindingType.class,
                        AssessmentFlagType.class,
                        WeightFlagType.class,
                        IntakeFlagType.class,
                        TransferComparisonType.class,
                        BreastSideType.class,
                        FeedPositionType.class,
                        SuckSwallowPatternType.class,
                        NippleShapeAfterFeedType.class,
                        SupplementType.class,
                        SupplementMethodType.class,
                        ClinicSettingType.class,
                        EpdsFlagType.class,
                        PumpingFlagType.class,
                        VolumeBandType.class,
                        PumpingPurposeType.class,
                        PumpType.class,
                        BreastStateType.class,
                        NippleShapeType.class,
                        NippleIntegrityType.class,
                        SupplyConcernType.class,
                        ContributingFactorType.class,
                        BreastFlagType.class,
                        InfantRedFlagType.class,
                        org.lactationclinic.domain.charting.RecordContradictionType.class,
                        MaternalConditionType.class,
                        AuditActionType.class,
                        AuditRecordType.class,
                        org.lactationclinic.domain.consent.ConsentType.class)
                .flatMap(type -> Stream.of(type.getEnumConstants()))
                .map(constant -> constant.getDeclaringClass().getSimpleName() + "." + constant.name())
                .filter(key -> !BUNDLE.containsKey(key))
                .forEach(missing::add);

        assertEquals(List.of(), missing);
    }

    @Test
    void epdsItems_shouldHaveEveryQuestionAndAnswerInTheBundle() {
        List<String> missing = new ArrayList<>();
        Stream.of("epds.intro", "epds.source")
                .filter(key -> !BUNDLE.containsKey(key))
                .forEach(missing::add);
        for (EpdsItemType item : EpdsItemType.values()) {
            Stream.concat(
                            Stream.of(item.questionKey()),
                            Stream.iterate(0, i -> i < EpdsItemType.ANSWER_COUNT, i -> i + 1)
                                    .map(item::answerKey))
                    .filter(key -> !BUNDLE.containsKey(key))
                    .forEach(missing::add);
        }

        assertEquals(List.of(), missing);
    }

    @Test
    void epdsAnswers_shouldReadAsPrintedOnceFormatted() {
        // MessageFormat turns '' into the apostrophe of the printed answer; a single ' would swallow the rest.
        assertEquals(
                "Yes, most of the time I haven't been able to cope at all",
                new MessageFormat(BUNDLE.getString(EpdsItemType.ITEM_6.answerKey(0))).format(new Object[0]));
        assertEquals(
                "Yes, sometimes I haven't been coping as well as usual",
                new MessageFormat(BUNDLE.getString(EpdsItemType.ITEM_6.answerKey(1))).format(new Object[0]));
        assertEquals("Never", BUNDLE.getString(EpdsItemType.ITEM_10.answerKey(3)));
        assertEquals(
                "EPDS 13: at or above the referral cut-off; assess for depression. Refer.",
                new MessageFormat(BUNDLE.getString(EpdsFlagType.REFERRAL.bundleKey())).format(new Object[] {13}));
    }

    @Test
    void formattedMessages_shouldKeepTheirApostrophes() throws IOException {
        // MessageFormat reads a single ' as a quote and drops it ("The camera's details" was shown as "The cameras
        // details"), so a formatted message writes its apostrophe ''. Formatted are the messages with a parameter
        // (h:outputFormat, BundleMessages.text with arguments) and those the Java code names: BundleMessages.text and
        // every Faces message (Messages' resolver) format even without arguments. A label the page reads as
        // #{msg[...]} is shown as written.
        Set<String> namedInJava;
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            namedInJava = sources.filter(path -> path.toString().endsWith(".java"))
                    .flatMap(MessageBundleTest::stringLiterals)
                    .filter(BUNDLE::containsKey)
                    .collect(Collectors.toSet());
        }
        assertTrue(namedInJava.size() > 100, "the Java code names the bundle's messages: " + namedInJava.size());
        List<String> swallowed = BUNDLE.keySet().stream()
                .filter(key ->
                        namedInJava.contains(key) || BUNDLE.getString(key).matches("(?s).*\\{\\d.*"))
                .filter(key -> BUNDLE.getString(key).replace("''", "").contains("'"))
                .sorted()
                .toList();
        assertEquals(List.of(), swallowed);
    }

    private static Stream<String> stringLiterals(Path source) {
        try {
            return Pattern.compile("\"([a-zA-Z0-9_.]+)\"")
                    .matcher(Files.readString(source))
                    .results()
                    .map(match -> match.group(1));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The pumping log's daily table names a day's flags, and explains each once under the table (dyad/pumping). */
    @Test
    void pumpingFlags_shouldHaveAShortNameAndAnAdviceForTheDailyTable() {
        for (PumpingFlagType flag : PumpingFlagType.values()) {
            assertTrue(BUNDLE.containsKey(flag.bundleKey() + ".short"), flag + ".short");
            assertTrue(BUNDLE.containsKey(flag.bundleKey() + ".advice"), flag + ".advice");
            assertFalse(BUNDLE.getString(flag.bundleKey() + ".advice").contains("{"), "read as written, no figure");
        }
    }

    @Test
    void latchSwallowing_shouldHaveItsAgeDependentWordings() {
        assertEquals(true, BUNDLE.containsKey(LatchSwallowingType.SPONTANEOUS.definitionKey(3)));
        assertEquals(true, BUNDLE.containsKey(LatchSwallowingType.SPONTANEOUS.definitionKey(30)));
    }

    /**
     * Some reasons name a fixed number of the clinical reference in words ("fewer than 8 feeds"): each must be the
     * number the rule uses, so a change to the rule cannot leave the text saying the old one.
     */
    @Test
    void flagTexts_shouldQuoteTheNumbersTheirRulesUse() {
        assertTrue(BUNDLE.getString(IntakeFlagType.FEW_FEEDS.bundleKey())
                .contains("Fewer than " + DailyOutput.MIN_FEEDS + " "));
        assertTrue(BUNDLE.getString(IntakeFlagType.FEW_STOOLS.bundleKey())
                .contains("Fewer than " + DailyOutput.MIN_STOOLS + " "));
        String redFlag = BUNDLE.getString(IntakeFlagType.OUTPUT_RED_FLAG.bundleKey());
        assertTrue(
                redFlag.contains("fewer than " + DailyOutput.MIN_WET_DIAPERS_ESTABLISHED + " wet")
                        && redFlag.contains("fewer than " + DailyOutput.MIN_STOOLS + " stools"),
                redFlag);
        assertTrue(BUNDLE.getString(InfantRedFlagType.FEVER_UNDER_ONE_MONTH.bundleKey())
                .contains(InfantRedFlagType.FEVER_AT_OR_ABOVE_CELSIUS.toPlainString() + " °C"));
        assertTrue(BUNDLE.getString(InfantRedFlagType.DARK_URINE_AFTER_DAY_3.bundleKey())
                .contains("after day " + InfantRedFlagType.DARK_URINE_AFTER_DAY_OF_LIFE));
        assertTrue(BUNDLE.getString("consultation_edit.input.fever.label")
                .contains(InfantRedFlagType.FEVER_AT_OR_ABOVE_CELSIUS.toPlainString() + " °C"));
    }
}

package org.lactationclinic.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.lactationclinic.application.ClinicSettingsService;
import org.lactationclinic.application.PumpingService;
import org.lactationclinic.domain.assessment.BtatFrenulumAttachmentType;
import org.lactationclinic.domain.assessment.BtatTongueLiftType;
import org.lactationclinic.domain.assessment.BtatTongueProtrusionType;
import org.lactationclinic.domain.assessment.BtatTongueTipType;
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
import org.lactationclinic.domain.charting.BreastSideType;
import org.lactationclinic.domain.charting.FeedObservation;
import org.lactationclinic.domain.charting.FeedPositionType;
import org.lactationclinic.domain.charting.NippleShapeAfterFeedType;
import org.lactationclinic.domain.charting.SuckSwallowPatternType;
import org.lactationclinic.domain.charting.SupplementGiven;
import org.lactationclinic.domain.charting.SupplementMethodType;
import org.lactationclinic.domain.charting.SupplementType;
import org.lactationclinic.domain.charting.TestWeighing;
import org.lactationclinic.domain.consultation.Consultation;
import org.lactationclinic.domain.consultation.ConsultationType;
import org.lactationclinic.domain.consultation.DraftForm;
import org.lactationclinic.domain.consultation.InfantFindings;
import org.lactationclinic.domain.consultation.MotherFindings;
import org.lactationclinic.domain.consultation.SoapNote;
import org.lactationclinic.domain.consultation.WeightHistory;
import org.lactationclinic.domain.dyad.Infant;
import org.lactationclinic.domain.dyad.Mother;
import org.lactationclinic.domain.dyad.SexType;
import org.lactationclinic.domain.intake.MilkTransfer;
import org.lactationclinic.domain.pumping.PumpType;
import org.lactationclinic.domain.pumping.PumpingEntry;
import org.lactationclinic.domain.settings.ClinicSettingType;
import org.lactationclinic.domain.shared.ClinicalRuleException;
import org.lactationclinic.domain.shared.ConcurrentEditException;
import org.lactationclinic.domain.shared.ConsultationFlag;

/**
 * Infant-side charting in a running Payara Micro against the real database: a full feeding observation, weights, a test
 * weighing and an oral assessment saved through the service and read back with the scores and flags computed from the
 * stored answers; bad input refused with nothing stored; clinic thresholds changed by an admin reaching the flags.
 */
class ChartingIT extends ContainerTestBase {

    @EJB
    private ClinicSettingsService settings;

    @EJB
    private PumpingService pumping;

    @Test
    void findings_shouldBeStoredAndReadBackWithScoresAndFlagsDerivedFromTheAnswers() throws Exception {
        Consultation started = startWithTwinsBornHoursAgo(80);
        Infant kemi = started.getInfants().getFirst();
        InfantFindings form = new InfantFindings(started, kemi);
        form.setWeightGrams(2200); // birth 2450: -10.2 %
        form.setWeighedAt(started.getStartedAt());
        form.getFeeds().add(observedFeed());
        form.getTestWeighings()
                .add(new TestWeighing(BreastSideType.LEFT, 2200, 2218)); // 18 mL, expected 30-60 at 72-96 h
        form.getOral().setBtatTongueTip(BtatTongueTipType.HEART_SHAPED);
        form.getOral().setBtatFrenulumAttachment(BtatFrenulumAttachmentType.TOP_OF_GUM_RIDGE);
        form.getOral().setBtatTongueLift(BtatTongueLiftType.MINIMAL_LIFT);
        form.getOral().setBtatTongueProtrusion(BtatTongueProtrusionType.TIP_OVER_GUM);
        form.setFeedsIn24h(6);
        form.setWetDiapersIn24h(2);
        form.setStoolsIn24h(1);
        form.getSupplements().add(new SupplementGiven(SupplementType.FORMULA, 60, SupplementMethodType.CUP));

        Consultation saved = save(started, List.of(form));

        Consultation stored = asConsultant.call(() -> consultations.get(saved.getUuid()));
        InfantFindings findings = stored.findingsFor(kemi).orElseThrow();
        assertEquals(2200, findings.getWeightGrams());
        assertEquals(5, findings.getFeeds().getFirst().getLatchTotal(), "LATCH from the five stored answers");
        assertEquals(12, findings.getFeeds().getFirst().getIbfatTotal(), "IBFAT from the four scored answers");
        assertEquals(
                FeedPositionType.CROSS_CRADLE, findings.getFeeds().getFirst().getPosition());
        assertEquals(3, findings.getFeeds().getFirst().getNipplePain());
        assertEquals(18, findings.getTestWeighings().getFirst().getTransferMl());
        assertEquals(1, findings.getOral().getBtatTotal());
        assertEquals(60, findings.getSupplements().getFirst().getVolumeMl());
        assertTrue(stored.findingsFor(started.getInfants().get(1)).isEmpty(), "nothing recorded for the twin");

        Map<String, String> flags = stored.getFlags().stream()
                .collect(Collectors.toMap(ConsultationFlag::flagKey, ConsultationFlag::detail));
        assertEquals("10.2", flags.get("WeightFlagType.EXCESS_LOSS"));
        assertFalse(
                flags.containsKey("WeightFlagType.LOSS_ABOVE_LACTATION_EVALUATION"), "the stronger flag stands for it");
        assertEquals("5", flags.get("AssessmentFlagType.LATCH_FURTHER_EVALUATION"));
        assertEquals("1", flags.get("AssessmentFlagType.BTAT_FRENOTOMY_ASSESSMENT"));
        assertEquals("18", flags.get("IntakeFlagType.LOW_TRANSFER"));
        assertTrue(flags.containsKey("IntakeFlagType.FEW_FEEDS"));
        assertTrue(flags.containsKey("IntakeFlagType.FEW_WET_DIAPERS"), "2 wet diapers on day 3");
        assertTrue(stored.getFlags().stream().allMatch(flag -> kemi.getUuid().equals(flag.infantUuid())));

        WeightHistory history = asConsultant.call(() -> dyads.viewWeightHistory(kemi.getUuid()));
        assertEquals(1, history.rows().size());
        assertEquals(
                "-10.2",
                history.rows().getFirst().point().percentChangeDisplay().toPlainString());
        assertNotNull(history.rows().getFirst().zScore(), "WHO weight-for-age for every weight");
        assertTrue(history.rows().getFirst().zScore().z() < -2, "2200 g on day 3 is low for a girl");
    }

    @Test
    void findings_savedAgain_shouldReplaceTheAnswersAndKeepEarlierWeightsForTheTrajectory() throws Exception {
        Consultation first = startWithTwinsBornHoursAgo(24 * 10);
        Infant kemi = first.getInfants().getFirst();
        InfantFindings atDay5 = new InfantFindings(first, kemi);
        atDay5.setWeightGrams(2250);
        atDay5.setWeighedAt(kemi.getBirthDateTime().plusDays(5));
        save(first, List.of(atDay5));

        Consultation second = asConsultant.call(() ->
                consultations.start(first.getMother().getUuid(), List.of(kemi.getUuid()), ConsultationType.FOLLOW_UP));
        InfantFindings today = new InfantFindings(second, kemi);
        today.setWeightGrams(2280); // 30 g in 5 days since the lowest weight: 6 g/day
        today.setWeighedAt(kemi.getBirthDateTime().plusDays(10));
        Consultation saved = asConsultant.call(() -> consultations.saveDraft(
                second.getUuid(),
                second.getVersion(),
                DraftForm.of(
                        ConsultationType.FOLLOW_UP,
                        second.getStartedAt(),
                        List.of(kemi.getUuid()),
                        SoapNote.empty(),
                        List.of(today),
                        new MotherFindings())));

        Map<String, String> flags = saved.getFlags().stream()
                .collect(Collectors.toMap(ConsultationFlag::flagKey, ConsultationFlag::detail));
        assertEquals("6.0", flags.get("WeightFlagType.LOW_GAIN"), "gain since the earlier consultation's lower weight");

        InfantFindings corrected = saved.findingsFor(kemi).orElseThrow().draftCopy();
        corrected.setWeightGrams(2400);
        Consultation again = asConsultant.call(() -> consultations.saveDraft(
                saved.getUuid(),
                saved.getVersion(),
                DraftForm.of(
                        ConsultationType.FOLLOW_UP,
                        saved.getStartedAt(),
                        List.of(kemi.getUuid()),
                        SoapNote.empty(),
                        List.of(corrected),
                        new MotherFindings())));
        assertEquals(2400, again.findingsFor(kemi).orElseThrow().getWeightGrams());
        assertTrue(again.getVersion() > saved.getVersion(), "a findings-only change moves the consultation's version");
        assertFalse(again.getFlags().stream().anyMatch(flag -> flag.flagKey().equals("WeightFlagType.LOW_GAIN")));
        assertEquals(
                2,
                asConsultant
                        .call(() -> dyads.viewWeightHistory(kemi.getUuid()))
                        .rows()
                        .size());
    }

    @Test
    void negativeTestWeighTransfer_shouldBeRefusedWithNothingStored() throws Exception {
        Consultation started = startWithTwinsBornHoursAgo(50);
        InfantFindings form = new InfantFindings(started, started.getInfants().getFirst());
        form.getTestWeighings().add(new TestWeighing(BreastSideType.RIGHT, 2300, 2290));

        ClinicalRuleException refused = assertThrows(ClinicalRuleException.class, () -> save(started, List.of(form)));
        assertEquals(MilkTransfer.NEGATIVE_TRANSFER_KEY, refused.getMessageKey());
        Consultation stored = asConsultant.call(() -> consultations.get(started.getUuid()));
        assertEquals(started.getVersion(), stored.getVersion());
        assertTrue(stored.getFindings().isEmpty());
    }

    @Test
    void weightBeforeBirthOrOutOfRange_shouldBeRefusedWithNothingStored() throws Exception {
        Consultation started = startWithTwinsBornHoursAgo(30);
        Infant kemi = started.getInfants().getFirst();
        InfantFindings beforeBirth = new InfantFindings(started, kemi);
        beforeBirth.setWeightGrams(2400);
        beforeBirth.setWeighedAt(kemi.getBirthDateTime().minusHours(1));
        ClinicalRuleException refused =
                assertThrows(ClinicalRuleException.class, () -> save(started, List.of(beforeBirth)));
        assertEquals("charting.message.error.weighedBeforeBirth", refused.getMessageKey());

        InfantFindings kilograms = new InfantFindings(started, kemi);
        kilograms.setWeightGrams(3); // 3 kg typed into grams, past the page's converter
        kilograms.setWeighedAt(started.getStartedAt());
        Exception kilogramsRefused = assertThrows(Exception.class, () -> save(started, List.of(kilograms)));
        assertEquals(Set.of("weightGrams"), refusedFields(kilogramsRefused), kilogramsRefused.toString());

        assertTrue(asConsultant
                .call(() -> consultations.get(started.getUuid()))
                .getFindings()
                .isEmpty());
    }

    @Test
    void clinicThreshold_changedByAnAdmin_shouldDecideTheFlagWithTheClinicsSource() throws Exception {
        assertThrows(
                EJBAccessException.class,
                () -> asConsultant.call(() -> {
                    settings.save(List.of(
                            new ClinicSettingsService.Change(ClinicSettingType.LATCH_FLAG_BELOW, "9", "x", null)));
                    return null;
                }),
                "a consultant cannot change the clinic's thresholds");
        try {
            setLatchCutOff("9", "Kumar et al., J Hum Lact 2006: LATCH >= 9 at 16-24 h");
            Consultation started = startWithTwinsBornHoursAgo(20);
            InfantFindings form =
                    new InfantFindings(started, started.getInfants().getFirst());
            FeedObservation feed = observedFeed();
            feed.setLatchGrasp(LatchGraspType.GRASPS_BREAST);
            feed.setLatchSwallowing(LatchSwallowingType.SPONTANEOUS);
            feed.setLatchNipple(LatchNippleType.EVERTED); // 2+2+2+1+1 = 8: fine under 7, flagged under 9
            form.getFeeds().add(feed);

            Consultation saved = save(started, List.of(form));

            ConsultationFlag latch = saved.getFlags().stream()
                    .filter(flag -> flag.flagKey().equals("AssessmentFlagType.LATCH_FURTHER_EVALUATION"))
                    .findFirst()
                    .orElseThrow();
            assertEquals("8", latch.detail());
            assertTrue(latch.source().startsWith("Kumar"), latch.source());
            assertThrows(ClinicalRuleException.class, () -> setLatchCutOff("70", "a typing slip"));
        } finally {
            setLatchCutOff(
                    ClinicSettingType.LATCH_FLAG_BELOW.getDefaultValue(),
                    ClinicSettingType.LATCH_FLAG_BELOW.getDefaultSource());
        }
    }

    @Test
    void pumpingLog_shouldAddCorrectAndVoidSessionsAndSumTheLast24Hours() throws Exception {
        Consultation started = startWithTwinsBornHoursAgo(24 * 6);
        UUID mother = started.getMother().getUuid();
        LocalDateTime now = LocalDateTime.now().withSecond(0).withNano(0);
        PumpingEntry lastNight = entry(started.getMother(), now.minusHours(10), 60, 70);
        PumpingEntry thisMorning = entry(started.getMother(), now.minusHours(2), 50, null);
        thisMorning.setCombinedMl(null);
        PumpingEntry stored = asConsultant.call(() -> pumping.add(mother, lastNight));
        PumpingEntry morning = asConsultant.call(() -> pumping.add(mother, thisMorning));
        asConsultant.call(() -> pumping.add(mother, entry(started.getMother(), now.minusHours(30), 100, 100)));

        PumpingService.Summary summary = asConsultant.call(() -> pumping.summary(mother));
        assertEquals(3, summary.entries().size());
        assertEquals(180, summary.rolling().totalMl(), "130 + 50 in the last 24 h; the session 30 h ago is outside");
        assertEquals(2, summary.rolling().sessions());

        PumpingEntry corrected = stored.draftCopy();
        corrected.setLeftMl(80);
        asConsultant.call(() -> pumping.update(stored.getUuid(), stored.getVersion(), corrected));
        assertThrows(
                ConcurrentEditException.class,
                () -> asConsultant.call(() -> pumping.update(stored.getUuid(), stored.getVersion(), corrected)));
        asConsultant.call(() -> {
            pumping.voidEntry(morning.getUuid(), morning.getVersion(), "Logged twice");
            return null;
        });

        PumpingService.Summary after = asConsultant.call(() -> pumping.summary(mother));
        assertEquals(150, after.rolling().totalMl(), "80 + 70; the voided session is out of the totals");
        assertEquals(2, after.entries().size());

        PumpingEntry both = entry(started.getMother(), now.minusHours(1), 50, 50);
        both.setCombinedMl(100);
        assertEquals(
                "pumping.message.error.volumes",
                assertThrows(ClinicalRuleException.class, () -> asConsultant.call(() -> pumping.add(mother, both)))
                        .getMessageKey(),
                "per side or combined, not both");
    }

    private static PumpingEntry entry(
            org.lactationclinic.domain.dyad.Mother mother, LocalDateTime at, Integer left, Integer right) {
        PumpingEntry entry = new PumpingEntry(mother);
        entry.setStartedAt(at);
        entry.setDurationMinutes(20);
        entry.setLeftMl(left);
        entry.setRightMl(right);
        entry.setPumpType(PumpType.DOUBLE_ELECTRIC);
        entry.setFlangeMm(24);
        return entry;
    }

    private void setLatchCutOff(String value, String source) throws Exception {
        asAdmin.call(() -> {
            Long version = settings.all().stream()
                    .filter(setting -> setting.getKey() == ClinicSettingType.LATCH_FLAG_BELOW)
                    .findFirst()
                    .filter(setting -> setting.getId() != null)
                    .map(setting -> setting.getVersion())
                    .orElse(null);
            settings.save(List.of(
                    new ClinicSettingsService.Change(ClinicSettingType.LATCH_FLAG_BELOW, value, source, version)));
            return null;
        });
    }

    private static FeedObservation observedFeed() {
        FeedObservation feed = new FeedObservation(BreastSideType.LEFT, FeedPositionType.CROSS_CRADLE);
        feed.setLatchGrasp(LatchGraspType.REPEATED_ATTEMPTS);
        feed.setLatchSwallowing(LatchSwallowingType.A_FEW_WITH_STIMULATION);
        feed.setLatchNipple(LatchNippleType.FLAT);
        feed.setLatchComfort(LatchComfortType.FILLING_OR_MILD_DISCOMFORT);
        feed.setLatchHold(LatchHoldType.MINIMAL_ASSIST);
        feed.setIbfatUsed(true);
        feed.setIbfatReadiness(IbfatReadinessType.FED_READILY);
        feed.setIbfatRooting(IbfatRootingType.ROOTED_AT_ONCE);
        feed.setIbfatFixing(IbfatFixingType.WITHIN_3_MIN);
        feed.setIbfatSucking(IbfatSuckingType.SUCKED_WELL);
        feed.setIbfatSatisfaction(IbfatMaternalSatisfactionType.PLEASED);
        feed.setSuckSwallow(SuckSwallowPatternType.SHORT_BURSTS_FEW_SWALLOWS);
        feed.setDurationMinutes(15);
        feed.setNippleShapeAfter(NippleShapeAfterFeedType.WEDGED);
        feed.setNipplePain(3);
        return feed;
    }

    /** Issue 13, item 1: the nadir is the lowest post-birth weighing (clinical-reference.md, section 2). */
    @Test
    void firstWeighingJustAboveBirthWeightOnDay14_shouldRaiseNoLowGainAndTheNextVisitMeasuresFromIt() throws Exception {
        Consultation first = startWithTwinsBornHoursAgo(24 * 22);
        Infant kemi = first.getInfants().getFirst(); // born at 2450 g
        InfantFindings atDay14 = new InfantFindings(first, kemi);
        atDay14.setWeightGrams(2470); // from day 0 this would be 1.4 g/day
        atDay14.setWeighedAt(kemi.getBirthDateTime().plusDays(14));
        Consultation saved = save(first, List.of(atDay14));
        assertTrue(saved.getFlags().isEmpty(), "one post-birth weighing: no gain rate, no flag; " + saved.getFlags());

        Consultation second = asConsultant.call(() ->
                consultations.start(first.getMother().getUuid(), List.of(kemi.getUuid()), ConsultationType.FOLLOW_UP));
        InfantFindings atDay21 = new InfantFindings(second, kemi);
        atDay21.setWeightGrams(2610); // 140 g in 7 days since the day 14 weighing: exactly 20.0 g/day
        atDay21.setWeighedAt(kemi.getBirthDateTime().plusDays(21));
        Consultation followUp = asConsultant.call(() -> consultations.saveDraft(
                second.getUuid(),
                second.getVersion(),
                DraftForm.of(
                        ConsultationType.FOLLOW_UP,
                        second.getStartedAt(),
                        List.of(kemi.getUuid()),
                        SoapNote.empty(),
                        List.of(atDay21),
                        new MotherFindings())));

        assertFalse(
                followUp.getFlags().stream().anyMatch(flag -> flag.flagKey().equals("WeightFlagType.LOW_GAIN")),
                "exactly 20.0 g/day is not low gain");
        WeightHistory history = asConsultant.call(() -> dyads.viewWeightHistory(kemi.getUuid()));
        assertEquals(
                "20.0",
                history.rows().getLast().point().gainGramsPerDayDisplay().toPlainString());
        assertEquals(null, history.rows().getFirst().point().gainGramsPerDayDisplay());
    }

    /** Issue 13, item 5: "Weighed at" follows the visit's start until she changes it. */
    @Test
    void backDatedVisit_shouldMoveWeighedAtThatFollowedTheStartAndKeepOneSheChanged() throws Exception {
        UUID uuid = startWithTwinsBornHoursAgo(24 * 10).getUuid();
        Consultation started =
                asConsultant.call(() -> consultations.get(uuid)); // the start as stored, as the page reads it
        Infant kemi = started.getInfants().getFirst();
        Infant tobi = started.getInfants().getLast();
        InfantFindings followed = new InfantFindings(started, kemi);
        followed.setWeightGrams(2400);
        followed.setWeighedAt(started.getStartedAt()); // as the form fills it in
        InfantFindings changed = new InfantFindings(started, tobi);
        changed.setWeightGrams(2300);
        LocalDateTime herTime = started.getStartedAt().minusMinutes(20);
        changed.setWeighedAt(herTime);
        LocalDateTime backDated = started.getStartedAt().minusDays(2);

        Consultation saved = asConsultant.call(() -> consultations.saveDraft(
                started.getUuid(),
                started.getVersion(),
                DraftForm.of(
                        started.getType(),
                        backDated,
                        List.of(kemi.getUuid(), tobi.getUuid()),
                        SoapNote.empty(),
                        List.of(followed, changed),
                        new MotherFindings())));

        assertEquals(backDated, saved.findingsFor(kemi).orElseThrow().getWeighedAt());
        assertEquals(herTime, saved.findingsFor(tobi).orElseThrow().getWeighedAt());
    }

    /** Issue 13, item 4: exclusive with formula is a contradiction to resolve before signing (section 6). */
    @Test
    void exclusiveFeedingWithFormula_shouldBeFlaggedAndRefusedAtSigning() throws Exception {
        Consultation started = startWithTwinsBornHoursAgo(24 * 10);
        Infant kemi = started.getInfants().getFirst();
        InfantFindings form = new InfantFindings(started, kemi);
        form.setFeedingStatus(org.lactationclinic.domain.charting.FeedingStatusType.EXCLUSIVE);
        form.getSupplements().add(new SupplementGiven(SupplementType.FORMULA, 60, SupplementMethodType.PACED_BOTTLE));
        Consultation saved = save(started, List.of(form));
        assertTrue(saved.getFlags().stream()
                .anyMatch(flag -> flag.flagKey().equals("RecordContradictionType.EXCLUSIVE_WITH_FORMULA")
                        && kemi.getUuid().equals(flag.infantUuid())));

        ClinicalRuleException refused = assertThrows(
                ClinicalRuleException.class,
                () -> asConsultant.call(() -> consultations.sign(saved.getUuid(), saved.getVersion())));

        assertEquals("consultation.message.error.feedingStatusContradiction", refused.getMessageKey());
        assertEquals(
                org.lactationclinic.domain.consultation.ConsultationStatus.DRAFT,
                asConsultant.call(() -> consultations.get(saved.getUuid())).getStatus());
    }

    private Consultation save(Consultation consultation, List<InfantFindings> findings) throws Exception {
        List<UUID> seen =
                consultation.getInfants().stream().map(Infant::getUuid).toList();
        return asConsultant.call(() -> consultations.saveDraft(
                consultation.getUuid(),
                consultation.getVersion(),
                DraftForm.of(
                        consultation.getType(),
                        consultation.getStartedAt(),
                        seen,
                        SoapNote.empty(),
                        findings,
                        new MotherFindings())));
    }

    private Consultation startWithTwinsBornHoursAgo(int hours) throws Exception {
        String family = uniqueName("Chart");
        Mother mother = new Mother("Adaobi", family, LocalDate.now().minusYears(31));
        LocalDateTime born = LocalDateTime.now().minusHours(hours).withNano(0);
        mother.addInfant(new Infant("Kemi", family, SexType.FEMALE, born, 253, 2450));
        mother.addInfant(new Infant("Tobi", family, SexType.MALE, born.plusMinutes(14), 253, 2310));
        Mother registered = asConsultant.call(() -> dyads.register(mother));
        List<UUID> twins = registered.getInfants().stream().map(Infant::getUuid).toList();
        return asConsultant.call(() -> consultations.start(registered.getUuid(), twins, ConsultationType.INITIAL));
    }
}

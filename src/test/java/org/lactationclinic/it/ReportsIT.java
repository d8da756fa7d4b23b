package org.lactationclinic.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.lactationclinic.application.ReportService;
import org.lactationclinic.domain.consultation.ConsultationType;
import org.lactationclinic.domain.pumping.VolumeBandType;
import org.lactationclinic.domain.reporting.ExportFile;
import org.lactationclinic.domain.reporting.ExportFormatType;
import org.lactationclinic.domain.reporting.OutcomeCheckType;
import org.lactationclinic.domain.reporting.ReportCriteria;
import org.lactationclinic.domain.reporting.ReportIntervalType;
import org.lactationclinic.domain.reporting.ReportResults.ActivityRow;
import org.lactationclinic.domain.reporting.ReportResults.BandChangeRow;
import org.lactationclinic.domain.reporting.ReportResults.CountRow;
import org.lactationclinic.domain.reporting.ReportResults.FeedingStatusAtCheck;
import org.lactationclinic.domain.reporting.ReportTable;
import org.lactationclinic.domain.reporting.ScoreChange;

/**
 * Every report against a small hand-made clinic whose numbers are worked out by hand in each test, on the real database
 * (H2, and PostgreSQL with -Ppostgres), including the definitions' edge cases: voided consultations left out, unknown
 * feeding status kept in the denominator, infants outside the window left out. Each test has its own consultant and
 * filters by it, so demo data and other tests never reach its numbers.
 */
class ReportsIT extends ContainerTestBase {

    @EJB
    private ReportService reports;

    @EJB
    private ReportFixtures data;

    private static final LocalDate MARCH_1 = LocalDate.of(2024, 3, 1);
    private static final LocalDate MARCH_31 = LocalDate.of(2024, 3, 31);

    private static LocalDateTime at(int month, int day) {
        return LocalDateTime.of(2024, month, day, 10, 0);
    }

    @Test
    void activity_shouldCountPerConsultantTypeAndNewOrReturningMotherByWeekAndMonth() throws Exception {
        long k = data.consultant(uniqueName("rep.").toLowerCase());
        long other = data.consultant(uniqueName("rep.").toLowerCase());
        long amy = data.mother(uniqueName("Amy"));
        data.consultation(
                amy, k, "INITIAL", LocalDateTime.of(2024, 2, 20, 9, 0)); // before the period: Amy returns in March
        data.consultation(amy, k, "FOLLOW_UP", at(3, 4));
        data.consultation(amy, k, "FOLLOW_UP", at(3, 12));
        long bea = data.mother(uniqueName("Bea"));
        data.consultation(bea, k, "INITIAL", at(3, 5)); // her first ever: new
        data.consultation(bea, k, "PHONE_VIDEO", at(3, 6));
        data.voidConsultation(data.consultation(bea, k, "HOME", at(3, 7))); // voided: not counted
        long cat = data.mother(uniqueName("Cat"));
        data.consultation(
                cat, other, "INITIAL", LocalDateTime.of(2024, 1, 10, 9, 0)); // seen first by another consultant
        data.consultation(cat, k, "INITIAL", at(3, 20)); // an initial visit with k, but a returning mother

        ReportCriteria march = new ReportCriteria(MARCH_1, MARCH_31, k, ReportIntervalType.MONTH);
        Map<ConsultationType, ActivityRow> monthly = asAdmin.call(() -> reports.activity(march)).stream()
                .collect(Collectors.toMap(ActivityRow::type, row -> row));
        assertEquals(3, monthly.size(), monthly.toString());
        assertEquals(
                new ActivityRow(
                        MARCH_1, k, monthly.get(ConsultationType.INITIAL).consultant(), ConsultationType.INITIAL, 2, 1),
                monthly.get(ConsultationType.INITIAL));
        assertEquals(2, monthly.get(ConsultationType.FOLLOW_UP).consultations());
        assertEquals(0, monthly.get(ConsultationType.FOLLOW_UP).newMothers());
        assertEquals(2, monthly.get(ConsultationType.FOLLOW_UP).returningMothers());
        assertEquals(1, monthly.get(ConsultationType.PHONE_VIDEO).consultations());
        assertFalse(monthly.containsKey(ConsultationType.HOME), "the voided home visit is left out");

        List<ActivityRow> weekly = asAdmin.call(() -> reports.activity(march.withInterval(ReportIntervalType.WEEK)));
        Map<String, Long> perWeekAndType = weekly.stream()
                .collect(Collectors.toMap(row -> row.periodStart() + " " + row.type(), ActivityRow::consultations));
        // 2024-03-04 is a Monday: weeks start on Monday on both databases
        assertEquals(
                Map.of(
                        "2024-03-04 FOLLOW_UP",
                        1L,
                        "2024-03-04 INITIAL",
                        1L,
                        "2024-03-04 PHONE_VIDEO",
                        1L,
                        "2024-03-11 FOLLOW_UP",
                        1L,
                        "2024-03-18 INITIAL",
                        1L),
                perWeekAndType);

        assertTrue(
                asAdmin.call(() -> reports.activity(march.withConsultant(other)))
                        .isEmpty(),
                "the other consultant saw no one in March");
    }

    @Test
    void reasons_shouldCountConcernsFlagsAndReferralsWithoutVoidedConsultations() throws Exception {
        long k = data.consultant(uniqueName("rep.").toLowerCase());
        long amy = data.mother(uniqueName("Amy"));
        long bea = data.mother(uniqueName("Bea"));
        long first = data.consultation(amy, k, "INITIAL", at(3, 4));
        long second = data.consultation(amy, k, "FOLLOW_UP", at(3, 11));
        long third = data.consultation(bea, k, "INITIAL", at(3, 12));
        long voided = data.consultation(bea, k, "FOLLOW_UP", at(3, 13));
        data.supplyConcern(first, 0, "PERCEIVED_LOW_SUPPLY");
        data.supplyConcern(first, 1, "ENGORGEMENT");
        data.supplyConcern(second, 0, "PERCEIVED_LOW_SUPPLY");
        data.supplyConcern(third, 0, "PERCEIVED_LOW_SUPPLY");
        data.supplyConcern(voided, 0, "ENGORGEMENT");
        data.flag(first, 0, "WeightFlagType.EXCESS_LOSS", true);
        data.flag(third, 0, "WeightFlagType.EXCESS_LOSS", true);
        data.flag(third, 1, "AssessmentFlagType.LATCH_FURTHER_EVALUATION", false);
        data.flag(voided, 0, "AssessmentFlagType.LATCH_FURTHER_EVALUATION", false);
        data.referral(first, 0, "PAEDIATRICIAN", "SAME_DAY");
        data.referral(third, 0, "PAEDIATRICIAN", "SAME_DAY");
        data.referral(third, 1, "MENTAL_HEALTH", "ROUTINE");
        data.referral(voided, 0, "PAEDIATRICIAN", "SAME_DAY");
        data.voidConsultation(voided);

        ReportService.ReasonsReport report =
                asAdmin.call(() -> reports.reasons(new ReportCriteria(MARCH_1, MARCH_31, k, null)));

        assertEquals(
                List.of(new CountRow("PERCEIVED_LOW_SUPPLY", "", 3, 0, 2), new CountRow("ENGORGEMENT", "", 1, 0, 1)),
                report.supplyConcerns());
        assertEquals(
                List.of(
                        new CountRow("WeightFlagType.EXCESS_LOSS", "", 2, 2, 2),
                        new CountRow("AssessmentFlagType.LATCH_FURTHER_EVALUATION", "", 1, 0, 1)),
                report.flags());
        assertEquals(
                List.of(
                        new CountRow("MENTAL_HEALTH", "ROUTINE", 1, 0, 1),
                        new CountRow("PAEDIATRICIAN", "SAME_DAY", 2, 0, 2)),
                report.referrals().rows());
    }

    @Test
    void outcomes_shouldKeepUnknownStatusInTheDenominatorAndLeaveOutInfantsOutsideTheWindow() throws Exception {
        long k = data.consultant(uniqueName("rep.").toLowerCase());
        LocalDate june1 = LocalDate.of(2024, 6, 1);
        LocalDate june30 = LocalDate.of(2024, 6, 30);
        ReportCriteria june = new ReportCriteria(june1, june30, k, null);
        // 6-8 weeks: due when day 56 falls in June, i.e. born 2024-04-06 .. 2024-05-05
        LocalDateTime born1 = LocalDateTime.of(2024, 4, 10, 4, 0);
        long i1 = infantOf(k, born1, 3400);
        findingsAt(k, i1, born1, 44, "PARTIAL", null);
        findingsAt(k, i1, born1, 50, "EXCLUSIVE", null); // the latest in the window wins
        LocalDateTime born2 = LocalDateTime.of(2024, 4, 20, 22, 0);
        long i2 = infantOf(k, born2, 3100);
        findingsAt(k, i2, born2, 45, "NONE", null);
        findingsAt(k, i2, born2, 60, "EXCLUSIVE", null); // after the window: not the status at the check
        LocalDateTime born3 = LocalDateTime.of(2024, 4, 25, 8, 0);
        long i3 = infantOf(k, born3, 3000);
        findingsAt(k, i3, born3, 10, "EXCLUSIVE", null); // seen, but nothing recorded in the window: unknown
        LocalDateTime born4 = LocalDateTime.of(2024, 4, 15, 8, 0);
        long i4 = infantOf(k, born4, 3000);
        findingsAt(k, i4, born4, 5, null, null);
        data.voidConsultation(findingsAt(k, i4, born4, 48, "PARTIAL", null)); // voided: unknown
        LocalDateTime born5 = LocalDateTime.of(2024, 3, 1, 8, 0); // day 56 in April: not due in June
        long i5 = infantOf(k, born5, 3000);
        findingsAt(k, i5, born5, 50, "EXCLUSIVE", null);
        LocalDateTime born6 = LocalDateTime.of(2024, 5, 1, 8, 0); // due in June, but first seen at day 70
        long i6 = infantOf(k, born6, 3000);
        findingsAt(k, i6, born6, 70, "EXCLUSIVE", null);
        // 2 weeks: due when day 21 falls in June, i.e. born 2024-05-11 .. 2024-06-09
        LocalDateTime born7 = LocalDateTime.of(2024, 5, 20, 8, 0);
        long i7 = infantOf(k, born7, 3300);
        findingsAt(k, i7, born7, 12, "EXCLUSIVE", 3310); // back to birth weight on day 12
        LocalDateTime born8 = LocalDateTime.of(2024, 5, 25, 8, 0);
        long i8 = infantOf(k, born8, 3500);
        findingsAt(k, i8, born8, 13, null, 3400); // below birth weight on day 13
        findingsAt(k, i8, born8, 16, null, 3550); // back only on day 16: not back by day 14
        LocalDateTime born9 = LocalDateTime.of(2024, 5, 15, 8, 0);
        long i9 = infantOf(k, born9, 3200);
        findingsAt(k, i9, born9, 5, null, 3250); // no weight on day 10-21: not followed up

        ReportService.OutcomesReport report = asAdmin.call(() -> reports.outcomes(june));

        Map<OutcomeCheckType, FeedingStatusAtCheck> checks =
                report.feedingStatus().stream().collect(Collectors.toMap(FeedingStatusAtCheck::check, check -> check));
        FeedingStatusAtCheck sixWeeks = checks.get(OutcomeCheckType.SIX_TO_EIGHT_WEEKS);
        assertEquals(new FeedingStatusAtCheck(OutcomeCheckType.SIX_TO_EIGHT_WEEKS, 1, 0, 1, 2), sixWeeks);
        assertEquals(4, sixWeeks.due(), "unknown status stays in the denominator");
        assertEquals("25.0", sixWeeks.anyBreastMilk().percentText(), "England-style prevalence: (1 + 0) / 4");
        assertEquals(
                new FeedingStatusAtCheck(OutcomeCheckType.TWO_WEEKS, 1, 0, 0, 2),
                checks.get(OutcomeCheckType.TWO_WEEKS));
        assertEquals(0, checks.get(OutcomeCheckType.SIX_MONTHS).due());
        assertEquals(2, report.birthWeight().followedUp(), "i7 and i8, not i9");
        assertEquals(1, report.birthWeight().backByDay14());
        assertEquals("50.0", report.birthWeight().share().percentText());
    }

    @Test
    void outcomes_shouldCompareFirstAndLatestLatchBtatPainAndPumpingBandOfEachDyad() throws Exception {
        long k = data.consultant(uniqueName("rep.").toLowerCase());
        ReportCriteria september = new ReportCriteria(LocalDate.of(2024, 9, 1), LocalDate.of(2024, 9, 30), k, null);
        long amy = data.mother(uniqueName("Amy"));
        long j1 = data.infant(amy, LocalDateTime.of(2024, 8, 25, 3, 0), 3400);
        long c1 = data.consultation(amy, k, "INITIAL", at(9, 2), j1);
        long f1 = data.findings(c1, j1, null, null, null);
        data.feed(f1, 0, 1, 1, 1, 1, 1, 6); // LATCH 5, pain 6
        data.btat(f1, 1, 0, 1, 1); // BTAT 3
        data.breastPain(c1, 0, "LEFT", 8); // the breast section's pain is higher: the visit's pain is 8
        data.breastPain(c1, 1, "RIGHT", null);
        long c2 = data.consultation(amy, k, "FOLLOW_UP", at(9, 9), j1);
        long f2 = data.findings(c2, j1, null, null, null);
        data.btat(f2, 2, 1, 2, 2); // BTAT 7
        data.breastPain(c2, 0, "LEFT", 1); // lower than the feeds' 3
        data.feed(f2, 0, 2, 2, 2, 1, 1, 2); // LATCH 8
        data.feed(f2, 1, 2, 2, 2, 2, 1, 3); // LATCH 9: the visit's LATCH is 8.5, its pain 3
        long c3 = data.consultation(amy, k, "FOLLOW_UP", at(9, 16), j1);
        data.feed(data.findings(c3, j1, null, null, null), 0, 0, 0, 0, 1, 1, 9);
        data.voidConsultation(c3); // voided: the latest is c2
        long bea = data.mother(uniqueName("Bea"));
        long j2 = data.infant(bea, LocalDateTime.of(2024, 8, 28, 3, 0), 3100);
        long fb1 = data.findings(data.consultation(bea, k, "INITIAL", at(9, 3), j2), j2, null, null, null);
        data.feed(fb1, 0, 2, 1, 2, 1, 1, 2); // 7
        data.btat(fb1, 2, 2, 2, 2); // BTAT 8
        long fb2 = data.findings(data.consultation(bea, k, "FOLLOW_UP", at(9, 20), j2), j2, null, null, null);
        data.feed(fb2, 0, 2, 2, 2, 2, null, 4); // incomplete
        data.btat(fb2, 2, 2, 2, null); // incomplete BTAT: not a visit with a BTAT
        long cat = data.mother(uniqueName("Cat"));
        long j3 = data.infant(cat, LocalDateTime.of(2024, 8, 28, 3, 0), 3100);
        data.feed(
                data.findings(data.consultation(cat, k, "INITIAL", at(9, 3), j3), j3, null, null, null),
                0,
                2,
                2,
                2,
                2,
                2,
                0); // one visit only

        data.pumping(amy, LocalDateTime.of(2024, 9, 2, 8, 0), null, null, 100, false);
        data.pumping(amy, LocalDateTime.of(2024, 9, 2, 14, 0), 80, 70, null, false);
        data.pumping(amy, LocalDateTime.of(2024, 9, 3, 7, 0), null, null, 50, false); // first 24 h: 300 mL, low
        data.pumping(amy, LocalDateTime.of(2024, 9, 9, 13, 0), null, null, 400, false);
        data.pumping(amy, LocalDateTime.of(2024, 9, 10, 10, 0), null, null, 500, true); // voided
        data.pumping(amy, LocalDateTime.of(2024, 9, 10, 12, 0), 200, 200, null, false); // latest 24 h: 800 mL, full
        data.pumping(bea, LocalDateTime.of(2024, 9, 5, 8, 0), null, null, 100, false);
        data.pumping(
                bea, LocalDateTime.of(2024, 9, 5, 18, 0), null, null, 100, false); // less than 24 h logged: left out

        ReportService.OutcomesReport report = asAdmin.call(() -> reports.outcomes(september));

        ScoreChange latch = report.latch();
        assertEquals(1, latch.dyads(), "j2's latest LATCH is incomplete, j3 was seen once");
        assertEquals(new BigDecimal("5.0"), latch.firstMean());
        assertEquals(new BigDecimal("8.5"), latch.latestMean());
        assertEquals(new BigDecimal("3.5"), latch.meanChange());
        assertEquals(1, latch.improved());
        ScoreChange btat = report.btat();
        assertEquals(1, btat.dyads(), "j2's latest BTAT is incomplete");
        assertEquals(new BigDecimal("3.0"), btat.firstMean());
        assertEquals(new BigDecimal("7.0"), btat.latestMean());
        assertEquals(1, btat.improved(), "j1: 3 to 7");
        ScoreChange pain = report.pain();
        assertEquals(2, pain.dyads(), "Amy and Bea");
        assertEquals(new BigDecimal("5.0"), pain.firstMean(), "Amy 8 (her breast findings), Bea 2");
        assertEquals(new BigDecimal("3.5"), pain.latestMean(), "Amy 3 (the feeds; her breasts 1), Bea 4");
        assertEquals(1, pain.improved(), "Amy: 8 to 3");
        assertEquals(1, pain.worse(), "Bea: 2 to 4");
        assertEquals(List.of(new BandChangeRow(VolumeBandType.LOW, VolumeBandType.FULL, 1)), report.pumpingBands());
    }

    @Test
    void wellbeing_shouldCountScreeningCutOffAndItemTenFollowUp() throws Exception {
        long k = data.consultant(uniqueName("rep.").toLowerCase());
        long amy = data.mother(uniqueName("Amy"));
        long high = data.consultation(amy, k, "INITIAL", at(11, 4));
        data.epds(high, true, 2, 2, 1, 2, 1, 1, 1, 1, 1, 1); // every item scores 2: total 20, item 10 scores 2
        data.referral(high, 0, "MENTAL_HEALTH", "SAME_DAY");
        long low = data.consultation(amy, k, "FOLLOW_UP", at(11, 11));
        data.epds(low, false, 0, 0, 3, 0, 3, 3, 3, 3, 3, 3); // total 0
        long incomplete = data.consultation(amy, k, "FOLLOW_UP", at(11, 18));
        data.epds(incomplete, false, 0, 0, 3, 0, 3, 3, 3, 3, 3); // nine items: not screened
        long bea = data.mother(uniqueName("Bea"));
        long itemTen = data.consultation(bea, k, "INITIAL", at(11, 5));
        data.epds(
                itemTen, false, 0, 0, 3, 0, 3, 3, 3, 3, 3, 2); // total 1, item 10 scores 1: an alert, not acknowledged
        data.consultation(bea, k, "FOLLOW_UP", at(11, 12)); // no EPDS
        long voided = data.consultation(bea, k, "FOLLOW_UP", at(11, 13));
        data.epds(voided, true, 3, 3, 0, 3, 0, 0, 0, 0, 0, 0);
        data.voidConsultation(voided);

        ReportService.WellbeingReport report = asAdmin.call(() ->
                reports.wellbeing(new ReportCriteria(LocalDate.of(2024, 11, 1), LocalDate.of(2024, 11, 30), k, null)));

        assertEquals(5, report.screening().consultations());
        assertEquals(3, report.screening().screened(), "high, low and the item-10 one; not the incomplete one");
        assertEquals("60.0", report.screening().screeningRate().percentText());
        assertTrue(report.screening().cutOff() > 1 && report.screening().cutOff() <= 20, "the clinic's cut-off");
        assertEquals(1, report.screening().atOrAboveCutOff());
        assertEquals(2, report.screening().itemTenAlerts());
        assertEquals(1, report.screening().itemTenAcknowledged());
        assertEquals(1L, report.itemTenReferred());
    }

    @Test
    void export_shouldNeutraliseInjectedCellsAndWriteReadableExcelAndPdf() throws Exception {
        ReportTable table = new ReportTable(
                "activity",
                "Activity",
                "1 Mar 2024 - 31 Mar 2024",
                List.of("Consultant", "Change"),
                List.of(List.of("=cmd|' /C calc'!A0", -3), List.of("Ana López", 2)));

        ExportFile csv = asAdmin.call(() -> reports.export(table, ExportFormatType.CSV));
        String text = new String(csv.content(), StandardCharsets.UTF_8);
        assertTrue(text.contains("'=cmd|' /C calc'!A0"), text);
        assertFalse(text.contains(",=cmd") || text.contains("\n=cmd") || text.contains("\"=cmd"), text);
        assertTrue(text.contains(",-3"), "a negative number stays a number: " + text);
        assertEquals(2, csv.rows());
        assertTrue(csv.fileName().endsWith(".csv"));

        ExportFile xlsx = asAdmin.call(() -> reports.export(table, ExportFormatType.XLSX));
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.content()))) {
            assertEquals(
                    "Ana López", workbook.getSheetAt(0).getRow(4).getCell(0).getStringCellValue());
            assertEquals(-3.0, workbook.getSheetAt(0).getRow(3).getCell(1).getNumericCellValue());
        }

        ExportFile pdf = asAdmin.call(() -> reports.export(table, ExportFormatType.PDF));
        try (PDDocument document = Loader.loadPDF(pdf.content())) {
            String pdfText = new PDFTextStripper().getText(document);
            assertTrue(pdfText.contains("Activity") && pdfText.contains("Ana L"), pdfText);
        }
    }

    @Test
    void reports_shouldBeRefusedToAConsultant() {
        ReportCriteria any = ReportCriteria.of(MARCH_1, MARCH_31);
        assertThrows(EJBAccessException.class, () -> asConsultant.call(() -> reports.activity(any)));
        assertThrows(
                EJBAccessException.class,
                () -> asConsultant.call(() -> reports.export(
                        new ReportTable("activity", "t", "s", List.of("a"), List.of()), ExportFormatType.CSV)));
    }

    /** An infant of a new mother; {@link #findingsAt} then records her visits. */
    private long infantOf(long consultantId, LocalDateTime born, int birthWeightGrams) {
        long mother = data.mother(uniqueName("Mum"));
        mothers.put(consultantId + ":" + born, mother);
        return data.infant(mother, born, birthWeightGrams);
    }

    private final Map<String, Long> mothers = new java.util.HashMap<>();

    /**
     * A consultation of the infant's mother on a day of life, with the infant's findings; returns the consultation id.
     */
    private long findingsAt(
            long consultantId, long infantId, LocalDateTime born, int dayOfLife, String status, Integer weightGrams) {
        long mother = mothers.get(consultantId + ":" + born);
        LocalDateTime at = born.toLocalDate().plusDays(dayOfLife).atTime(11, 0);
        long consultation = data.consultation(mother, consultantId, "FOLLOW_UP", at, infantId);
        data.findings(consultation, infantId, status, weightGrams, weightGrams == null ? null : at);
        return consultation;
    }
}

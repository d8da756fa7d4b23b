package org.lactationclinic.infrastructure.printing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import org.lactationclinic.domain.careplan.CarePlan;
import org.lactationclinic.domain.careplan.Intervention;
import org.lactationclinic.domain.careplan.PlannedIntervention;
import org.lactationclinic.domain.careplan.StandardInterventionType;
import org.lactationclinic.domain.charting.SupplementMethodType;
import org.lactationclinic.domain.charting.SupplementType;
import org.lactationclinic.domain.consultation.Consultation;
import org.lactationclinic.domain.dyad.Infant;
import org.lactationclinic.domain.dyad.SexType;
import org.lactationclinic.domain.growth.WhoWeightForAge;

/**
 * Issue 13, "Twins and the printed plan": the take-home plan and the letter for twins, as PDF text and as the positions
 * and sizes of the printed letters (PDFBox). The PDFs go to target/printed for a look (pdftoppm).
 */
class TwinsPlanTest {

    /** The twins' visit with the extra milk for the second twin only and hand expression for the first. */
    static Consultation twinsWithPerBabySteps(String language) {
        Consultation consultation = PrintedDocumentsTest.twinsVisit(language, "Ada", false);
        Infant maya = consultation.getInfants().get(0);
        Infant second = consultation.getInfants().get(1);
        CarePlan plan = consultation.carePlan();
        plan.getSupplementation().setInfantUuid(second.getUuid());
        plan.getSupplementation().setVolumePerFeedMl(10);
        plan.getSupplementation().setMethod(SupplementMethodType.SYRINGE);
        plan.getSupplementation().setType(SupplementType.EXPRESSED_BREAST_MILK);
        PlannedIntervention hand =
                PlannedIntervention.of(Intervention.standard(StandardInterventionType.HAND_EXPRESSION));
        hand.setInfantUuid(maya.getUuid());
        plan.getInterventions().add(hand);
        consultation.recordCarePlan(consultation.getConsultant(), plan);
        return consultation;
    }

    /** The text of a rendered document, with each letter's page, position and size kept. */
    record Printed(int pages, String text, List<TextPosition> glyphs, List<Float> pageWidths) {}

    static Printed render(String template, PrintTexts texts, String variable, Object model, String file)
            throws IOException {
        Map<String, Object> variables = new HashMap<>();
        variables.put("t", texts);
        variables.put(variable, model);
        variables.put("pdfUrl", "");
        variables.put("backUrl", "");
        byte[] pdf = DocumentRenderer.get().pdf(template, texts.locale(), variables);
        Path out = Path.of("target", "printed");
        Files.createDirectories(out);
        Files.write(out.resolve(file), pdf);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<TextPosition> glyphs = new ArrayList<>();
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void processTextPosition(TextPosition text) {
                    glyphs.add(text);
                    super.processTextPosition(text);
                }
            };
            String text = stripper.getText(document).replaceAll("\\s+", " ");
            List<Float> widths = new ArrayList<>();
            for (PDPage page : document.getPages()) {
                widths.add(page.getMediaBox().getWidth());
            }
            return new Printed(document.getNumberOfPages(), text, glyphs, widths);
        }
    }

    /** The font size, in points as printed, of the first letter of this phrase (spaces are not glyphs: left out). */
    private static float sizeOf(Printed printed, String phrase) {
        List<TextPosition> letters = printed.glyphs().stream()
                .filter(glyph -> !glyph.getUnicode().isBlank())
                .toList();
        StringBuilder all = new StringBuilder();
        List<Integer> starts = new ArrayList<>();
        for (TextPosition glyph : letters) {
            starts.add(all.length());
            all.append(glyph.getUnicode());
        }
        int at = all.indexOf(phrase.replace(" ", ""));
        assertTrue(at >= 0, phrase + " not printed");
        return letters.get(starts.indexOf(at)).getFontSizeInPt();
    }

    @Test
    void twinsPlan_shouldNameTheBabyForEachStepAndTheExtraMilk() throws IOException {
        PrintTexts texts = PrintTexts.in("en");
        Consultation consultation = twinsWithPerBabySteps("en");
        String second = consultation.getInfants().get(1).getGivenName();

        Printed printed = render(
                DocumentRenderer.TAKE_HOME_PLAN,
                texts,
                "plan",
                TakeHomePlan.of(consultation, PrintedDocumentsTest.context(), PrintedDocumentsTest.clinic(), texts),
                "take-home-plan-twins-per-baby-en.pdf");
        String text = printed.text();

        assertTrue(text.contains("Your babies today"), text);
        assertTrue(
                text.contains(
                        "After breastfeeding, give " + second + " 10 mL of your own expressed milk with a syringe"),
                text);
        assertTrue(text.contains("Express milk by hand For Maya 8 times a day · 10 minutes each time"), text);
        assertTrue(text.contains("Maya drank about 42 mL"), text);
        assertTrue(text.contains(second + " has gained 100 g since birth"), text);
        assertFalse(text.contains("give your baby"), text);
        assertFalse(text.contains("Today your baby"), text);
        assertFalse(text.contains("your baby drank"), text);
        assertTrue(
                text.contains("a baby is very sleepy"), "the warnings speak of a baby, not your (one) baby: " + text);
        for (String singular :
                List.of("your baby is", "your baby has", "your baby's skin", "Extra milk for your baby")) {
            assertFalse(text.contains(singular), singular + " in: " + text);
        }
    }

    @Test
    void twinsPlan_shouldSpeakOfYourBabiesInAStepForBoth_andOfOneBabyInAStepForOne() throws IOException {
        Consultation consultation = twinsWithPerBabySteps("en");
        CarePlan plan = consultation.carePlan();
        for (StandardInterventionType both : List.of(
                StandardInterventionType.SKIN_TO_SKIN,
                StandardInterventionType.POSITIONING_AND_LATCH,
                StandardInterventionType.REST_AND_STRESS_REDUCTION)) {
            plan.getInterventions().add(PlannedIntervention.of(Intervention.standard(both)));
        }
        consultation.recordCarePlan(consultation.getConsultant(), plan);
        PrintTexts english = PrintTexts.in("en");
        PrintTexts spanish = PrintTexts.in("es");

        String text = render(
                        DocumentRenderer.TAKE_HOME_PLAN,
                        english,
                        "plan",
                        TakeHomePlan.of(
                                consultation, PrintedDocumentsTest.context(), PrintedDocumentsTest.clinic(), english),
                        "take-home-plan-twins-both.pdf")
                .text();
        String texto = render(
                        DocumentRenderer.TAKE_HOME_PLAN,
                        spanish,
                        "plan",
                        TakeHomePlan.of(
                                consultation, PrintedDocumentsTest.context(), PrintedDocumentsTest.clinic(), spanish),
                        "take-home-plan-twins-both-es.pdf")
                .text();

        assertTrue(text.contains("Hold your babies skin to skin"), text);
        assertTrue(text.contains("Help your babies latch deeply"), text);
        assertTrue(text.contains("Sleep when your babies sleep if you can"), text);
        assertTrue(text.contains("Keep every drop for your baby."), "hand expression is for Maya only: " + text);
        assertFalse(text.contains("Hold your baby"), text);
        assertTrue(texto.contains("Ayude a sus bebés a agarrarse bien"), texto);
        assertTrue(texto.contains("Duerma cuando duerman sus bebés"), texto);
    }

    @Test
    void twinsPlan_shouldKeepBothCardsInsideThePage() throws IOException {
        PrintTexts texts = PrintTexts.in("en");
        Consultation consultation = twinsWithPerBabySteps("en");

        Printed printed = render(
                DocumentRenderer.TAKE_HOME_PLAN,
                texts,
                "plan",
                TakeHomePlan.of(consultation, PrintedDocumentsTest.context(), PrintedDocumentsTest.clinic(), texts),
                "take-home-plan-twins-per-baby-en.pdf");

        float width = printed.pageWidths().getFirst();
        for (TextPosition glyph : printed.glyphs()) {
            assertTrue(
                    glyph.getXDirAdj() + glyph.getWidthDirAdj() <= width - 20,
                    "'" + glyph.getUnicode() + "' printed at " + glyph.getXDirAdj() + " of " + width + " pt: cut off");
        }
        assertTrue(printed.text().contains("#{7*7} Okafor"), "the second card's heading is printed");
    }

    @Test
    void tickSheets_shouldBeOnePerDayUntilTheFollowUp_withDirtyDiapers() throws IOException {
        PrintTexts texts = PrintTexts.in("en");
        Consultation consultation = twinsWithPerBabySteps("en"); // seen 20 November, back on 27 November
        TakeHomePlan plan =
                TakeHomePlan.of(consultation, PrintedDocumentsTest.context(), PrintedDocumentsTest.clinic(), texts);

        Printed printed =
                render(DocumentRenderer.TAKE_HOME_PLAN, texts, "plan", plan, "take-home-plan-twins-per-baby-en.pdf");

        assertEquals(6, plan.checklistDays().size(), "21 to 26 November");
        Matcher sheets = Pattern.compile("Tick sheet for ").matcher(printed.text());
        int count = 0;
        while (sheets.find()) {
            count++;
        }
        assertEquals(6, count, printed.text());
        assertTrue(printed.text().contains("Tick sheet for Saturday 21 November"), printed.text());
        assertTrue(printed.text().contains("Tick sheet for Thursday 26 November"), printed.text());
        assertTrue(printed.text().contains("Dirty diapers (poo) (Maya)"), printed.text());
        assertTrue(plan.checklistDays().stream()
                .allMatch(day -> day.rows().stream()
                        .anyMatch(row -> row.label().startsWith("Dirty diapers") && row.boxes() >= 3)));
        assertTrue(
                printed.pages() >= 1 + 6 && printed.pages() <= 3 + 6,
                "the plan, then one page a day: " + printed.pages());
    }

    @Test
    void callUsBox_shouldPrintAtLeastAsLargeAsTheBody() throws IOException {
        PrintTexts texts = PrintTexts.in("en");
        Printed printed = render(
                DocumentRenderer.TAKE_HOME_PLAN,
                texts,
                "plan",
                TakeHomePlan.of(
                        twinsWithPerBabySteps("en"),
                        PrintedDocumentsTest.context(),
                        PrintedDocumentsTest.clinic(),
                        texts),
                "take-home-plan-twins-per-baby-en.pdf");

        float body = sizeOf(printed, "Pump both breasts");
        float warning = sizeOf(printed, "is very sleepy");

        assertTrue(warning >= body, "call-us box " + warning + " pt, body " + body + " pt");
    }

    @Test
    void dotUnderTheLowestLine_shouldBeExplainedInPlainWords() throws IOException {
        PrintTexts texts = PrintTexts.in("en");
        Consultation consultation = twinsWithPerBabySteps("en");
        consultation
                .findingsFor(consultation.getInfants().getFirst())
                .orElseThrow()
                .setWeightGrams(2300);

        String text = render(
                        DocumentRenderer.TAKE_HOME_PLAN,
                        texts,
                        "plan",
                        TakeHomePlan.of(
                                consultation, PrintedDocumentsTest.context(), PrintedDocumentsTest.clinic(), texts),
                        "take-home-plan-twins-low-dot.pdf")
                .text();

        assertTrue(
                text.contains(
                        "A dot below the lowest line (\"P3\") means Maya weighed less than 97 in 100 healthy babies"),
                text);
        assertFalse(text.contains("means #{7*7} weighed less"), "the second twin is inside the lines: " + text);
    }

    @Test
    void isBelowLowestLine_shouldTurnAtTheThirdPercentile() {
        double p3Kg = WhoWeightForAge.standard().percentileCurveKg(SexType.FEMALE, 3, 9)[9];
        int under = (int) Math.floor(p3Kg * 1000 - 1e-9);
        int atOrOver = (int) Math.ceil(p3Kg * 1000);

        assertTrue(GrowthChartImage.isBelowLowestLine(SexType.FEMALE, new GrowthChartImage.Weight(9, under)));
        assertFalse(GrowthChartImage.isBelowLowestLine(SexType.FEMALE, new GrowthChartImage.Weight(9, atOrOver)));
        assertFalse(
                GrowthChartImage.isBelowLowestLine(
                        SexType.FEMALE, new GrowthChartImage.Weight(WhoWeightForAge.LAST_DAY + 1, 100)),
                "past WHO's table there is no line to be under");
    }

    @Test
    void twinsPlan_inSpanish_shouldNameTheBabyToo() throws IOException {
        PrintTexts texts = PrintTexts.in("es");
        Consultation consultation = twinsWithPerBabySteps("es");
        String second = consultation.getInfants().get(1).getGivenName();

        String text = render(
                        DocumentRenderer.TAKE_HOME_PLAN,
                        texts,
                        "plan",
                        TakeHomePlan.of(
                                consultation, PrintedDocumentsTest.context(), PrintedDocumentsTest.clinic(), texts),
                        "take-home-plan-twins-per-baby-es.pdf")
                .text();

        assertTrue(text.contains("Sus bebés hoy"), text);
        assertTrue(text.contains("dele a " + second + " 10 mL"), text);
        assertTrue(text.contains("Para Maya"), text);
        assertTrue(text.contains("8 veces al día"), text);
    }

    @Test
    void twinsLetter_shouldNameBothBabiesAndFitOnePage() throws IOException {
        Consultation consultation = twinsWithPerBabySteps("en");

        Printed printed = render(
                DocumentRenderer.PROVIDER_LETTER,
                PrintTexts.in("en"),
                "letter",
                ProviderLetter.of(
                        consultation, PrintedDocumentsTest.context(), PrintedDocumentsTest.clinic(), ZoneId.of("UTC")),
                "provider-letter-twins-per-baby.pdf");

        assertTrue(printed.text().contains("Could you please assess Maya and #{7*7} for tongue-tie"), printed.text());
        assertTrue(printed.text().contains("Maya Okafor, born 11 November 2026"), printed.text());
        assertTrue(printed.text().contains("#{7*7} Okafor, born 11 November 2026"), printed.text());
        assertTrue(
                printed.text().contains("Supplementation: Expressed breast milk, 10 mL per feed, for #{7*7} only"),
                printed.text());
        assertTrue(
                printed.text().contains("Hand expression (8 times a day · 10 minutes each time), for Maya only"),
                printed.text());
        assertEquals(1, printed.pages(), printed.text());
        assertFalse(printed.text().toLowerCase(Locale.ROOT).contains("your baby"), printed.text());
    }
}

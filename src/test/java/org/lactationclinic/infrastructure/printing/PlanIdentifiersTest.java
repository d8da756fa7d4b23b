package org.lactationclinic.infrastructure.printing;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.lactationclinic.domain.consultation.Consultation;
import org.lactationclinic.domain.dyad.PersonIdentifier;

/** The take-home plan names the mother and each baby seen by the numbers the hospital knows them by (issue 14). */
class PlanIdentifiersTest {

    @Test
    void plan_shouldPrintTheMothersAndEachBabysIdentifiers() throws IOException {
        Consultation consultation = TwinsPlanTest.twinsWithPerBabySteps("en");
        consultation.getMother().identifyAs(new PersonIdentifier("https://hospital.example/mrn", "H-5501"));
        consultation.getInfants().get(0).identifyAs(new PersonIdentifier("https://hospital.example/mrn", "H-5502"));
        consultation
                .getInfants()
                .get(1)
                .identifyAs(new PersonIdentifier("urn:oid:2.16.840.1.113883.2.4.6.3", "NHS 943 476 5919"));
        PrintTexts texts = PrintTexts.in("en");

        String text = TwinsPlanTest.render(
                        DocumentRenderer.TAKE_HOME_PLAN,
                        texts,
                        "plan",
                        TakeHomePlan.of(
                                consultation, PrintedDocumentsTest.context(), PrintedDocumentsTest.clinic(), texts),
                        "take-home-plan-identifiers.pdf")
                .text();

        String mother = consultation.getMother().getFullName();
        String first = consultation.getInfants().get(0).getFullName();
        String second = consultation.getInfants().get(1).getFullName();
        assertTrue(text.contains(mother + ": H-5501 (https://hospital.example/mrn)"), text);
        assertTrue(text.contains(first + ": H-5502 (https://hospital.example/mrn)"), text);
        assertTrue(text.contains(second + ": NHS 943 476 5919 (urn:oid:2.16.840.1.113883.2.4.6.3)"), text);
    }

    @Test
    void plan_withoutIdentifiers_shouldPrintNoNumbersLine() throws IOException {
        Consultation consultation = TwinsPlanTest.twinsWithPerBabySteps("es");
        PrintTexts texts = PrintTexts.in("es");
        TakeHomePlan plan =
                TakeHomePlan.of(consultation, PrintedDocumentsTest.context(), PrintedDocumentsTest.clinic(), texts);
        assertTrue(plan.identifiers().isEmpty());
        String text = TwinsPlanTest.render(
                        DocumentRenderer.TAKE_HOME_PLAN, texts, "plan", plan, "take-home-plan-no-identifiers.pdf")
                .text();
        assertFalse(text.contains("(https://"), text);
    }
}

package org.lactationclinic.domain.consultation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lactationclinic.domain.dyad.Infant;
import org.lactationclinic.domain.dyad.Mother;
import org.lactationclinic.domain.dyad.SexType;
import org.lactationclinic.domain.staff.RoleType;
import org.lactationclinic.domain.staff.StaffUser;

class DraftFormTest {

    private static final LocalDateTime VISIT = LocalDateTime.of(2025, 3, 5, 10, 0);

    private final Infant maya = new Infant("Maya", "Okafor", SexType.FEMALE, VISIT.minusDays(4), 266, 3100);
    private final Infant noah = new Infant("Noah", "Okafor", SexType.MALE, VISIT.minusDays(4), 266, 2900);
    private final Consultation consultation;

    DraftFormTest() {
        Mother mother = new Mother("Ada", "Okafor", LocalDate.of(1991, 4, 12));
        mother.addInfant(maya);
        mother.addInfant(noah);
        consultation = Consultation.start(
                mother,
                mother.getInfants(),
                new StaffUser("ana", "Ana López, IBCLC", "hash", EnumSet.of(RoleType.CONSULTANT)),
                ConsultationType.INITIAL,
                VISIT);
    }

    @Test
    void keptFindings_shouldBeThoseOfTheTickedInfantsOnly() {
        InfantFindings ofMaya = new InfantFindings(consultation, maya);
        InfantFindings ofNoah = new InfantFindings(consultation, noah);
        List<InfantFindings> both = List.of(ofMaya, ofNoah);

        assertEquals(List.of(ofMaya), form(List.of(maya), both).keptFindings(), "Noah unticked for a moment");
        assertEquals(both, form(List.of(maya, noah), both).keptFindings());
        assertTrue(form(List.of(), both).keptFindings().isEmpty());
        assertEquals(List.of(ofNoah), form(List.of(maya, noah), List.of(ofNoah)).keptFindings(), "none typed for Maya");
    }

    private static DraftForm form(List<Infant> ticked, List<InfantFindings> findings) {
        return DraftForm.of(
                ConsultationType.FOLLOW_UP,
                VISIT,
                ticked.stream().map(Infant::getUuid).toList(),
                SoapNote.empty(),
                findings,
                new MotherFindings());
    }
}

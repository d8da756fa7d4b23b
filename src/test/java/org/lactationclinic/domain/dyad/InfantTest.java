package org.lactationclinic.domain.dyad;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lactationclinic.domain.shared.AuditedEntity;

class InfantTest {

    private static Infant infantBornAt(LocalDateTime birth) {
        return new Infant("Maya", "Okafor", SexType.FEMALE, birth, 275, 3400);
    }

    private static Mother mother() {
        return new Mother("Ada", "Okafor", LocalDate.of(1991, 4, 12));
    }

    // --- plausible birth date ---------------------------------------------------------------------------

    private static final LocalDate REGISTERED = LocalDate.of(2026, 3, 10);
    private static final LocalDate MOTHER_BORN = LocalDate.of(1991, 4, 12);

    @Test
    void birthDateProblem_shouldAcceptABirthExactlyFiveYearsBeforeRegistration() {
        assertEquals(
                java.util.Optional.empty(),
                Infant.birthDateProblem(LocalDateTime.of(2021, 3, 10, 0, 0), MOTHER_BORN, REGISTERED));
    }

    @Test
    void birthDateProblem_shouldRefuseABirthMoreThanFiveYearsBeforeRegistration() {
        assertEquals(
                java.util.Optional.of(Infant.BIRTH_TOO_EARLY),
                Infant.birthDateProblem(LocalDateTime.of(2021, 3, 9, 23, 59), MOTHER_BORN, REGISTERED));
        assertEquals(
                java.util.Optional.of(Infant.BIRTH_TOO_EARLY),
                Infant.birthDateProblem(LocalDateTime.of(1800, 1, 1, 12, 0), null, REGISTERED),
                "the issue's baby born in 1800");
    }

    @Test
    void birthDateProblem_shouldRefuseABirthOnOrBeforeHerMothersOwn() {
        LocalDate youngMother = REGISTERED.minusYears(2);
        assertEquals(
                java.util.Optional.of(Infant.BIRTH_BEFORE_MOTHER),
                Infant.birthDateProblem(youngMother.atTime(23, 0), youngMother, REGISTERED),
                "the same day");
        assertEquals(
                java.util.Optional.of(Infant.BIRTH_BEFORE_MOTHER),
                Infant.birthDateProblem(youngMother.minusDays(1).atStartOfDay(), youngMother, REGISTERED));
        assertEquals(
                java.util.Optional.empty(),
                Infant.birthDateProblem(youngMother.plusDays(1).atStartOfDay(), youngMother, REGISTERED),
                "the day after");
    }

    @Test
    void birthDateProblem_shouldLeaveAMissingDateToTheRequiredCheck() {
        assertEquals(java.util.Optional.empty(), Infant.birthDateProblem(null, MOTHER_BORN, REGISTERED));
        assertEquals(java.util.Optional.empty(), Infant.birthDateProblem(REGISTERED.atStartOfDay(), null, REGISTERED));
    }

    @Test
    void registeredOn_shouldKeepAnOldRecordValidAsItsChildGrowsUp() throws Exception {
        Infant saved = infantBornAt(LocalDateTime.of(2019, 5, 1, 8, 0));
        Field createdAt = AuditedEntity.class.getDeclaredField("createdAt");
        createdAt.setAccessible(true);
        createdAt.set(saved, Instant.parse("2019-05-20T09:00:00Z"));

        assertEquals(LocalDate.of(2019, 5, 20), saved.registeredOn(REGISTERED));
        assertEquals(
                java.util.Optional.empty(),
                Infant.birthDateProblem(saved.getBirthDateTime(), MOTHER_BORN, saved.registeredOn(REGISTERED)));
        assertEquals(
                REGISTERED, infantBornAt(REGISTERED.atStartOfDay()).registeredOn(REGISTERED), "not saved yet: today");
    }

    // --- age ---------------------------------------------------------------------------------------------

    @Test
    void ageAt_shouldCountTheMomentOfBirthAsDayZero() {
        LocalDateTime birth = LocalDateTime.of(2025, 3, 1, 23, 0);

        InfantAge age = infantBornAt(birth).ageAt(birth);

        assertEquals(0, age.dayOfLife());
        assertEquals(0, age.hours());
    }

    @Test
    void ageAt_shouldStayOnDayZeroUntilMidnightOfTheBirthDate() {
        LocalDateTime birth = LocalDateTime.of(2025, 3, 1, 23, 0);

        InfantAge age = infantBornAt(birth).ageAt(LocalDateTime.of(2025, 3, 1, 23, 59));

        assertEquals(0, age.dayOfLife());
        assertEquals(0, age.hours());
    }

    @Test
    void ageAt_shouldBeDayOneOnTheNextCalendarDayEvenOneHourAfterBirth() {
        LocalDateTime birth = LocalDateTime.of(2025, 3, 1, 23, 0);

        InfantAge age = infantBornAt(birth).ageAt(LocalDateTime.of(2025, 3, 2, 0, 0));

        assertEquals(1, age.dayOfLife());
        assertEquals(1, age.hours());
    }

    @Test
    void ageAt_shouldCountCompletedHoursOnly() {
        LocalDateTime birth = LocalDateTime.of(2025, 3, 1, 8, 30);

        InfantAge age = infantBornAt(birth).ageAt(LocalDateTime.of(2025, 3, 2, 8, 29));

        assertEquals(23, age.hours());
        assertEquals(1, age.dayOfLife());
    }

    @Test
    void weeksAndDaysOverWeeks_shouldSplitDay17IntoTwoWeeksThreeDays() {
        LocalDateTime birth = LocalDateTime.of(2025, 3, 1, 10, 0);

        InfantAge age = infantBornAt(birth).ageAt(LocalDateTime.of(2025, 3, 18, 9, 0));

        assertEquals(17, age.dayOfLife());
        assertEquals(2, age.weeks());
        assertEquals(3, age.daysOverWeeks());
    }

    @Test
    void weeksAndDaysOverWeeks_shouldRollOverOnDaySeven() {
        assertEquals(0, new InfantAge(150, 6).weeks());
        assertEquals(6, new InfantAge(150, 6).daysOverWeeks());
        assertEquals(1, new InfantAge(170, 7).weeks());
        assertEquals(0, new InfantAge(170, 7).daysOverWeeks());
    }

    @Test
    void isInFirstFourDays_shouldBeTrueAt95Hours() {
        LocalDateTime birth = LocalDateTime.of(2025, 3, 1, 10, 0);

        assertTrue(infantBornAt(birth).ageAt(birth.plusHours(95)).isInFirstFourDays());
    }

    @Test
    void isInFirstFourDays_shouldBeFalseFrom96Hours() {
        LocalDateTime birth = LocalDateTime.of(2025, 3, 1, 10, 0);

        assertFalse(infantBornAt(birth).ageAt(birth.plusHours(96)).isInFirstFourDays());
    }

    // --- gestational age ---------------------------------------------------------------------------------

    @Test
    void setGestationalAge_shouldStoreWeeksAndDaysAsCompletedDays() {
        Infant infant = Infant.blank("Okafor");

        infant.setGestationalAge(37, 2);

        assertEquals(261, infant.getGestationalAgeDays());
    }

    @Test
    void gestationalAgeLabel_shouldWriteCompletedDaysAsWeeksPlusDays() {
        assertEquals("22+0", Infant.gestationalAgeLabel(154));
        assertEquals("36+6", Infant.gestationalAgeLabel(258));
        assertEquals("44+6", Infant.gestationalAgeLabel(314));
    }

    @Test
    void getGestationalAgeLabel_shouldWriteWeeksPlusDays() {
        Infant infant = Infant.blank("Okafor");

        infant.setGestationalAge(37, 2);

        assertEquals("37+2", infant.getGestationalAgeLabel());
    }

    @Test
    void getGestationalAgeLabel_shouldWriteZeroExtraDaysAsPlusZero() {
        Infant infant = new Infant("Maya", "Okafor", SexType.FEMALE, LocalDateTime.of(2025, 3, 1, 10, 0), 273, 3400);

        assertEquals("39+0", infant.getGestationalAgeLabel());
    }

    @Test
    void setGestationalAge_shouldTreatMissingDaysAsZero() {
        Infant infant = Infant.blank("Okafor");

        infant.setGestationalAge(37, null);

        assertEquals(259, infant.getGestationalAgeDays());
    }

    @Test
    void setGestationalAge_shouldClearTheAgeWhenWeeksAreMissing() {
        Infant infant = Infant.blank("Okafor");
        infant.setGestationalAge(37, 2);

        infant.setGestationalAge(null, 2);

        assertNull(infant.getGestationalAgeDays());
        assertEquals("", infant.getGestationalAgeLabel());
        assertNull(infant.getBirthTiming());
    }

    @Test
    void getBirthTiming_shouldFollowTheGestationalAge() {
        Infant infant = Infant.blank("Okafor");

        infant.setGestationalAge(37, 2);

        assertEquals(BirthTimingType.EARLY_TERM, infant.getBirthTiming());
    }

    @Test
    void blank_shouldCarryTheFamilyNameAndNothingElse() {
        Infant infant = Infant.blank("Okafor");

        assertEquals("Okafor", infant.getFamilyName());
        assertNull(infant.getGivenName());
        assertNull(infant.getBirthDateTime());
        assertNull(infant.getMother());
    }

    // --- belonging to a mother ---------------------------------------------------------------------------

    @Test
    void addInfant_shouldSetTheInfantsMother() {
        Mother mother = mother();
        Infant infant = infantBornAt(LocalDateTime.of(2025, 3, 1, 10, 0));

        Infant added = mother.addInfant(infant);

        assertSame(infant, added);
        assertSame(mother, infant.getMother());
        assertEquals(List.of(infant), mother.getInfants());
    }

    @Test
    void addInfant_shouldKeepTwinsInTheOrderAdded() {
        Mother mother = mother();
        LocalDateTime birth = LocalDateTime.of(2025, 3, 1, 10, 0);
        Infant first = new Infant("Maya", "Okafor", SexType.FEMALE, birth, 252, 2500);
        Infant second = new Infant("Tobi", "Okafor", SexType.MALE, birth.plusMinutes(12), 252, 2350);

        mother.addInfant(first);
        mother.addInfant(second);

        assertEquals(List.of(first, second), mother.getInfants());
        assertSame(mother, first.getMother());
        assertSame(mother, second.getMother());
    }

    @Test
    void addInfant_shouldRefuseAnInfantOfAnotherMother() {
        Mother mother = mother();
        Mother other = new Mother("Bea", "Lund", LocalDate.of(1988, 9, 30));
        Infant infant = infantBornAt(LocalDateTime.of(2025, 3, 1, 10, 0));
        other.addInfant(infant);

        assertThrows(IllegalStateException.class, () -> mother.addInfant(infant));

        assertSame(other, infant.getMother());
        assertTrue(mother.getInfants().isEmpty());
    }

    @Test
    void getInfants_shouldNotBeModifiableFromOutside() {
        Mother mother = mother();
        mother.addInfant(infantBornAt(LocalDateTime.of(2025, 3, 1, 10, 0)));

        assertThrows(
                UnsupportedOperationException.class, () -> mother.getInfants().clear());
    }

    @Test
    void getActiveInfants_shouldLeaveOutVoidedInfants() {
        Mother mother = mother();
        LocalDateTime birth = LocalDateTime.of(2025, 3, 1, 10, 0);
        Infant kept = mother.addInfant(new Infant("Maya", "Okafor", SexType.FEMALE, birth, 252, 2500));
        Infant voided = mother.addInfant(new Infant("Tobi", "Okafor", SexType.MALE, birth, 252, 2350));

        voided.voidRecord("Registered twice", "ana", Instant.parse("2025-03-05T10:00:00Z"));

        assertEquals(List.of(kept), mother.getActiveInfants());
        assertEquals(2, mother.getInfants().size());
    }

    @Test
    void removeUnsavedInfant_shouldRemoveAnInfantAddedOnTheForm() {
        Mother mother = mother();
        LocalDateTime birth = LocalDateTime.of(2025, 3, 1, 10, 0);
        Infant first = mother.addInfant(new Infant("Maya", "Okafor", SexType.FEMALE, birth, 252, 2500));
        Infant second = mother.addInfant(Infant.blank("Okafor"));

        mother.removeUnsavedInfant(second);

        assertEquals(List.of(first), mother.getInfants());
    }

    @Test
    void removeUnsavedInfant_shouldRefuseASavedInfant() throws ReflectiveOperationException {
        Mother mother = mother();
        Infant saved = mother.addInfant(infantBornAt(LocalDateTime.of(2025, 3, 1, 10, 0)));
        assignDatabaseId(saved, 42L);

        assertThrows(IllegalArgumentException.class, () -> mother.removeUnsavedInfant(saved));

        assertEquals(List.of(saved), mother.getInfants());
    }

    /** Hibernate assigns the id by field access when it saves an entity; without a database, so does this. */
    private static void assignDatabaseId(AuditedEntity entity, long id) throws ReflectiveOperationException {
        Field field = AuditedEntity.class.getDeclaredField("id");
        field.setAccessible(true);
        field.set(entity, id);
        assertFalse(entity.isNew());
    }
}

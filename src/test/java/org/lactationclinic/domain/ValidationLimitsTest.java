package org.lactationclinic.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lactationclinic.domain.consultation.InfantFindings;
import org.lactationclinic.domain.dyad.Infant;
import org.lactationclinic.domain.dyad.Mother;
import org.lactationclinic.domain.dyad.SexType;
import org.lactationclinic.domain.intake.DailyOutput;
import org.lactationclinic.domain.shared.ClinicalLimits;

/**
 * The Bean Validation limits on the dyad, at each boundary. Every test starts from a valid record, changes one field
 * and expects exactly that field to be reported (or nothing).
 */
class ValidationLimitsTest {

    private static ValidatorFactory factory;
    private static Validator validator;
    private static Locale defaultLocale;

    @BeforeAll
    static void startValidator() {
        // The clinic's own messages are English; pin the locale so the message assertions hold anywhere.
        defaultLocale = Locale.getDefault();
        Locale.setDefault(Locale.ENGLISH);
        factory = jakarta.validation.Validation.buildDefaultValidatorFactory();
        validator = factory.getValidator();
    }

    @AfterAll
    static void closeValidator() {
        factory.close();
        Locale.setDefault(defaultLocale);
    }

    private static Infant validInfant() {
        return new Infant("Maya", "Okafor", SexType.FEMALE, LocalDateTime.now().minusDays(3), 275, 3400);
    }

    private static Mother validMother() {
        return new Mother("Ada", "Okafor", LocalDate.of(1991, 4, 12));
    }

    /** The property paths of every violation, e.g. {@code birthWeightGrams} or {@code infants[0].givenName}. */
    private static Set<String> invalidFields(Object bean) {
        return validator.validate(bean).stream()
                .map(violation -> violation.getPropertyPath().toString())
                .collect(Collectors.toSet());
    }

    @Test
    void validRecords_shouldHaveNoViolations() {
        Mother mother = validMother();
        mother.addInfant(validInfant());
        mother.setPhone("+44 20 7946 0101");
        mother.setEmail("ada@example.org");

        assertEquals(Set.of(), invalidFields(mother));
    }

    // --- the last 24 hours (DailyOutput's form limits) ---------------------------------------------------

    @Test
    void dailyCounts_shouldBeValidAtTheFormLimits() {
        assertEquals(
                0,
                validator
                        .validateValue(InfantFindings.class, "feedsIn24h", DailyOutput.MAX_FEEDS)
                        .size());
        assertEquals(
                0,
                validator
                        .validateValue(InfantFindings.class, "wetDiapersIn24h", DailyOutput.MAX_WET_DIAPERS)
                        .size());
        assertEquals(
                0,
                validator
                        .validateValue(InfantFindings.class, "stoolsIn24h", DailyOutput.MAX_STOOLS)
                        .size());
    }

    @Test
    void dailyCounts_shouldBeInvalidJustAboveTheFormLimits() {
        assertEquals(
                1,
                validator.validateValue(InfantFindings.class, "feedsIn24h", 41).size());
        assertEquals(
                1,
                validator
                        .validateValue(InfantFindings.class, "wetDiapersIn24h", 31)
                        .size());
        assertEquals(
                1,
                validator.validateValue(InfantFindings.class, "stoolsIn24h", 31).size());
    }

    // --- birth weight ------------------------------------------------------------------------------------

    @Test
    void birthWeight_shouldBeInvalidJustBelowTheMinimum() {
        Infant infant = validInfant();
        infant.setBirthWeightGrams(ClinicalLimits.BIRTH_WEIGHT_MIN_GRAMS - 1);

        assertEquals(Set.of("birthWeightGrams"), invalidFields(infant));
    }

    @Test
    void birthWeight_shouldBeValidAtTheMinimum() {
        Infant infant = validInfant();
        infant.setBirthWeightGrams(ClinicalLimits.BIRTH_WEIGHT_MIN_GRAMS);

        assertEquals(Set.of(), invalidFields(infant));
    }

    @Test
    void birthWeight_shouldBeValidAtTheMaximum() {
        Infant infant = validInfant();
        infant.setBirthWeightGrams(ClinicalLimits.BIRTH_WEIGHT_MAX_GRAMS);

        assertEquals(Set.of(), invalidFields(infant));
    }

    @Test
    void birthWeight_shouldBeInvalidJustAboveTheMaximum() {
        Infant infant = validInfant();
        infant.setBirthWeightGrams(ClinicalLimits.BIRTH_WEIGHT_MAX_GRAMS + 1);

        assertEquals(Set.of("birthWeightGrams"), invalidFields(infant));
    }

    @Test
    void birthWeight_shouldExplainWithTheClinicsOwnMessage() {
        Infant infant = validInfant();
        infant.setBirthWeightGrams(3); // kilograms typed as grams

        Set<ConstraintViolation<Infant>> violations = validator.validate(infant);

        assertEquals(1, violations.size());
        assertTrue(
                violations.iterator().next().getMessage().contains("kilograms"),
                violations.iterator().next().getMessage());
    }

    @Test
    void birthWeight_shouldBeRequired() {
        Infant infant = validInfant();
        infant.setBirthWeightGrams(null);

        assertEquals(Set.of("birthWeightGrams"), invalidFields(infant));
    }

    // --- gestational age ---------------------------------------------------------------------------------

    @Test
    void gestationalAge_shouldBeInvalidJustBelowTheMinimum() {
        Infant infant = infantOfGestationalAgeDays(ClinicalLimits.GESTATIONAL_AGE_MIN_DAYS - 1);

        assertEquals(Set.of("gestationalAgeDays"), invalidFields(infant));
    }

    @Test
    void gestationalAge_shouldBeValidAtTheMinimum() {
        Infant infant = infantOfGestationalAgeDays(ClinicalLimits.GESTATIONAL_AGE_MIN_DAYS);

        assertEquals(Set.of(), invalidFields(infant));
    }

    @Test
    void gestationalAge_shouldBeValidAtTheMaximum() {
        Infant infant = infantOfGestationalAgeDays(ClinicalLimits.GESTATIONAL_AGE_MAX_DAYS);

        assertEquals(Set.of(), invalidFields(infant));
    }

    @Test
    void gestationalAge_shouldBeInvalidJustAboveTheMaximum() {
        Infant infant = infantOfGestationalAgeDays(ClinicalLimits.GESTATIONAL_AGE_MAX_DAYS + 1);

        assertEquals(Set.of("gestationalAgeDays"), invalidFields(infant));
    }

    @Test
    void gestationalAge_shouldRunFrom22Plus0To44Plus6Weeks() {
        Infant earliest = Infant.blank("Okafor");
        earliest.setGestationalAge(22, 0);
        Infant latest = Infant.blank("Okafor");
        latest.setGestationalAge(44, 6);

        assertEquals(ClinicalLimits.GESTATIONAL_AGE_MIN_DAYS, earliest.getGestationalAgeDays());
        assertEquals(ClinicalLimits.GESTATIONAL_AGE_MAX_DAYS, latest.getGestationalAgeDays());
        assertEquals(154, ClinicalLimits.GESTATIONAL_AGE_MIN_DAYS);
        assertEquals(314, ClinicalLimits.GESTATIONAL_AGE_MAX_DAYS);
    }

    private static Infant infantOfGestationalAgeDays(int days) {
        Infant infant = validInfant();
        infant.setGestationalAge(days / 7, days % 7);
        assertEquals(days, infant.getGestationalAgeDays());
        return infant;
    }

    // --- names -------------------------------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(
            strings = {
                "<script>",
                "Maya<script>alert(1)</script>",
                "#{7*7}",
                "${7*7}",
                "Maya2",
                "2Maya",
                "-Maya",
                "Maya;",
                ""
            })
    void givenName_shouldBeInvalidWithMarkupDigitsOrSymbols(String name) {
        Infant infant = validInfant();
        infant.setGivenName(name);

        assertEquals(Set.of("givenName"), invalidFields(infant));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Mary-Jane O'Neil", "José", "Nguyễn", "Ó Briain", "St. John", "Zoë", "Łucja", "Αθηνά"})
    void givenName_shouldBeValidWithLettersOfAnyScriptSpacesApostrophesHyphensAndDots(String name) {
        Infant infant = validInfant();
        infant.setGivenName(name);

        assertEquals(Set.of(), invalidFields(infant));
    }

    @Test
    void name_shouldBeValidWhetherAccentsArriveComposedOrDecomposed() {
        Mother composed = validMother();
        composed.setFamilyName(Normalizer.normalize("Nguyễn", Normalizer.Form.NFC));
        Mother decomposed = validMother();
        decomposed.setFamilyName(Normalizer.normalize("Nguyễn", Normalizer.Form.NFD));

        assertEquals(Set.of(), invalidFields(composed));
        assertEquals(Set.of(), invalidFields(decomposed));
    }

    @Test
    void name_shouldBeValidAtTheMaximumLength() {
        Mother mother = validMother();
        mother.setFamilyName("A".repeat(ClinicalLimits.NAME_MAX));

        assertEquals(Set.of(), invalidFields(mother));
    }

    @Test
    void name_shouldBeInvalidBeyondTheMaximumLength() {
        Mother mother = validMother();
        mother.setFamilyName("A".repeat(ClinicalLimits.NAME_MAX + 1));

        assertEquals(Set.of("familyName"), invalidFields(mother));
    }

    @Test
    void name_shouldBeInvalidWhenBlank() {
        Mother mother = validMother();
        mother.setGivenName("   ");

        assertEquals(Set.of("givenName"), invalidFields(mother));
    }

    @Test
    void infantName_shouldBeReportedThroughTheMother() {
        Mother mother = validMother();
        Infant infant = mother.addInfant(validInfant());
        infant.setFamilyName("<b>Okafor</b>");

        assertEquals(Set.of("infants[].familyName"), invalidFields(mother));
    }

    // --- dates -------------------------------------------------------------------------------------------

    @Test
    void birthDateTime_shouldBeInvalidInTheFuture() {
        Infant infant = validInfant();
        infant.setBirthDateTime(LocalDateTime.now().plusHours(1));

        assertEquals(Set.of("birthDateTime"), invalidFields(infant));
    }

    @Test
    void birthDateTime_shouldBeValidInThePast() {
        Infant infant = validInfant();
        infant.setBirthDateTime(LocalDateTime.now().minusMinutes(5));

        assertEquals(Set.of(), invalidFields(infant));
    }

    @Test
    void motherDateOfBirth_shouldBeInvalidInTheFuture() {
        Mother mother = validMother();
        mother.setDateOfBirth(LocalDate.now().plusDays(1));

        assertEquals(Set.of("dateOfBirth"), invalidFields(mother));
    }

    @Test
    void motherDateOfBirth_shouldBeInvalidToday() {
        Mother mother = validMother();
        mother.setDateOfBirth(LocalDate.now());

        assertEquals(Set.of("dateOfBirth"), invalidFields(mother));
    }

    @Test
    void motherDateOfBirth_shouldBeRequired() {
        Mother mother = validMother();
        mother.setDateOfBirth(null);

        assertEquals(Set.of("dateOfBirth"), invalidFields(mother));
    }

    // --- phone and email ---------------------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {"+44 20 7946 0101", "020 7946 0101", "(020) 7946-0101", "123456"})
    void phone_shouldBeValidWithDigitsSpacesBracketsHyphensAndALeadingPlus(String phone) {
        Mother mother = validMother();
        mother.setPhone(phone);

        assertEquals(Set.of(), invalidFields(mother));
    }

    @ParameterizedTest
    @ValueSource(strings = {"call me", "12345", "+44 20 7946 0101 ext 2", "44+20 7946 0101", "0207946010<b>"})
    void phone_shouldBeInvalidWithLettersTooFewDigitsOrAMisplacedPlus(String phone) {
        Mother mother = validMother();
        mother.setPhone(phone);

        assertEquals(Set.of("phone"), invalidFields(mother));
    }

    @Test
    void phone_shouldBeInvalidBeyondTheMaximumLength() {
        Mother mother = validMother();
        mother.setPhone("+" + "1".repeat(ClinicalLimits.PHONE_MAX));

        assertEquals(Set.of("phone"), invalidFields(mother));
    }

    @Test
    void phone_shouldBeOptional() {
        Mother mother = validMother();
        mother.setPhone("  ");

        assertEquals(Set.of(), invalidFields(mother));
    }

    /**
     * What Faces' bean validator does with the field as typed, before the setter normalizes it: an empty or blank phone
     * at registration must pass (issue 13, item 7), because the phone is optional.
     */
    @ParameterizedTest
    @ValueSource(strings = {"", " ", "   "})
    void phone_shouldAcceptAnEmptyOrBlankValueAsTypedOnTheForm(String typed) {
        assertEquals(Set.of(), validator.validateValue(Mother.class, "phone", typed));
    }

    @Test
    void email_shouldBeInvalidWithoutAnAtSign() {
        Mother mother = validMother();
        mother.setEmail("ada.example.org");

        assertEquals(Set.of("email"), invalidFields(mother));
    }

    // --- the same limits in the migration ----------------------------------------------------------------

    @Test
    void limits_shouldMatchTheCheckConstraintsOfTheMigration() throws IOException {
        String migration = migration();

        assertEquals(
                ClinicalLimits.BIRTH_WEIGHT_MIN_GRAMS + " and " + ClinicalLimits.BIRTH_WEIGHT_MAX_GRAMS,
                range(migration, "birth_weight_grams between"));
        assertEquals(
                ClinicalLimits.GESTATIONAL_AGE_MIN_DAYS + " and " + ClinicalLimits.GESTATIONAL_AGE_MAX_DAYS,
                range(migration, "gestational_age_days between"));
        assertEquals(
                ClinicalLimits.BIRTH_LENGTH_MIN_CM + " and " + ClinicalLimits.BIRTH_LENGTH_MAX_CM,
                range(migration, "birth_length_cm between"));
        assertEquals(
                ClinicalLimits.HEAD_CIRCUMFERENCE_MIN_CM + " and " + ClinicalLimits.HEAD_CIRCUMFERENCE_MAX_CM,
                range(migration, "head_circumference_cm between"));
    }

    private static String migration() throws IOException {
        try (InputStream in = ValidationLimitsTest.class.getResourceAsStream("/db/migration/V1__foundation.sql")) {
            assertNotNull(in, "V1__foundation.sql is not on the classpath");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String range(String sql, String prefix) {
        Matcher matcher = Pattern.compile(Pattern.quote(prefix) + "\\s+(\\d+)\\s+and\\s+(\\d+)")
                .matcher(sql);
        assertTrue(matcher.find(), () -> "no CHECK '" + prefix + " x and y' in the migration");
        return matcher.group(1) + " and " + matcher.group(2);
    }
}

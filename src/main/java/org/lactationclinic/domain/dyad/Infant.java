package org.lactationclinic.domain.dyad;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hibernate.envers.Audited;
import org.lactationclinic.domain.provider.Provider;
import org.lactationclinic.domain.shared.AuditedEntity;
import org.lactationclinic.domain.shared.ClinicalLimits;

/**
 * An infant, always with one {@link Mother}.
 *
 * <p>Birth facts (date and time, gestational age, birth weight, length, head circumference) are recorded at
 * registration and corrected only by an edit that the history keeps. Age is always derived from the birth date and
 * time: day of life counts birth as day 0, and the first days also need hours.
 */
@Entity
@Table(name = "infant")
@Audited
public class Infant extends AuditedEntity {

    /**
     * The oldest a child can be when registered. The WHO recommends breastfeeding up to two years of age or beyond, so
     * a lactation clinic may register a toddler, but not a school child: a birth more than five years before
     * registration is a typing error (a wrong year, or the mother's date of birth typed in her baby's).
     */
    public static final int AGE_AT_REGISTRATION_MAX_YEARS = 5;

    /**
     * Bundle key (ValidationMessages) of a birth more than {@link #AGE_AT_REGISTRATION_MAX_YEARS} before registration.
     */
    public static final String BIRTH_TOO_EARLY = "clinic.validation.infantBirthTooEarly";
    /** Bundle key (ValidationMessages) of a birth on or before the mother's own date of birth. */
    public static final String BIRTH_BEFORE_MOTHER = "clinic.validation.infantBornBeforeMother";

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "mother_id", nullable = false, updatable = false)
    private Mother mother;

    /**
     * The baby's doctor, from the provider directory: the letter's addressee. Eager: every page that shows the baby
     * shows her doctor, and the forms edit the baby detached.
     */
    @ManyToOne
    @JoinColumn(name = "doctor_id")
    private Provider doctor;

    // The numbers other systems know the baby by (the birth hospital's MRN); ordered as typed.
    @ElementCollection
    @CollectionTable(name = "infant_identifier", joinColumns = @JoinColumn(name = "infant_id"))
    @OrderColumn(name = "list_index")
    private List<@Valid PersonIdentifier> identifiers = new ArrayList<>();

    @NotBlank
    @Size(max = ClinicalLimits.NAME_MAX)
    @Pattern(regexp = ClinicalLimits.NAME_PATTERN, message = "{clinic.validation.name}")
    @Column(name = "given_name", nullable = false, length = ClinicalLimits.NAME_MAX)
    private String givenName;

    @NotBlank
    @Size(max = ClinicalLimits.NAME_MAX)
    @Pattern(regexp = ClinicalLimits.NAME_PATTERN, message = "{clinic.validation.name}")
    @Column(name = "family_name", nullable = false, length = ClinicalLimits.NAME_MAX)
    private String familyName;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private SexType sex;

    @NotNull
    @PastOrPresent
    @Column(name = "birth_date_time", nullable = false)
    private LocalDateTime birthDateTime;

    /** Gestational age at birth in completed days (37+2 weeks = 261). */
    @NotNull
    @Min(value = ClinicalLimits.GESTATIONAL_AGE_MIN_DAYS, message = "{clinic.validation.gestationalAge}")
    @Max(value = ClinicalLimits.GESTATIONAL_AGE_MAX_DAYS, message = "{clinic.validation.gestationalAge}")
    @Column(name = "gestational_age_days", nullable = false)
    private Integer gestationalAgeDays;

    @NotNull
    @Min(value = ClinicalLimits.BIRTH_WEIGHT_MIN_GRAMS, message = "{clinic.validation.birthWeightMin}")
    @Max(value = ClinicalLimits.BIRTH_WEIGHT_MAX_GRAMS, message = "{clinic.validation.birthWeightMax}")
    @Column(name = "birth_weight_grams", nullable = false)
    private Integer birthWeightGrams;

    @DecimalMin("" + ClinicalLimits.BIRTH_LENGTH_MIN_CM)
    @DecimalMax("" + ClinicalLimits.BIRTH_LENGTH_MAX_CM)
    @Digits(integer = 2, fraction = 1)
    @Column(name = "birth_length_cm", precision = 3, scale = 1)
    private BigDecimal birthLengthCm;

    @DecimalMin("" + ClinicalLimits.HEAD_CIRCUMFERENCE_MIN_CM)
    @DecimalMax("" + ClinicalLimits.HEAD_CIRCUMFERENCE_MAX_CM)
    @Digits(integer = 2, fraction = 1)
    @Column(name = "head_circumference_cm", precision = 3, scale = 1)
    private BigDecimal headCircumferenceCm;

    @Enumerated(EnumType.STRING)
    @Column(name = "feeding_method", length = 30)
    private FeedingMethodType feedingMethod;

    protected Infant() {
        // for JPA
    }

    /** A blank infant for the registration form, carrying the mother's family name as a starting point. */
    public static Infant blank(String familyName) {
        Infant infant = new Infant();
        infant.familyName = familyName;
        return infant;
    }

    public Infant(
            String givenName,
            String familyName,
            SexType sex,
            LocalDateTime birthDateTime,
            int gestationalAgeDays,
            int birthWeightGrams) {
        this.givenName = givenName;
        this.familyName = familyName;
        this.sex = sex;
        this.birthDateTime = birthDateTime;
        this.gestationalAgeDays = gestationalAgeDays;
        this.birthWeightGrams = birthWeightGrams;
    }

    void belongTo(Mother mother) {
        if (this.mother != null && this.mother != mother) {
            throw new IllegalStateException("An infant's mother is set once");
        }
        this.mother = mother;
    }

    /**
     * Age at the given moment. Day of life counts calendar days with the day of birth as day 0, as the clinical
     * reference and feeding charts do (a baby born at 23:00 is on day 1 at 01:00); rules that need finer resolution in
     * the first days use the hours.
     */
    public InfantAge ageAt(LocalDateTime moment) {
        return InfantAge.between(birthDateTime, moment);
    }

    /**
     * What makes a birth date implausible, as a bundle key, or empty when it is plausible: more than
     * {@link #AGE_AT_REGISTRATION_MAX_YEARS} years before the infant was registered, or not after her mother's date of
     * birth. A birth in the future is {@code @PastOrPresent}'s to refuse.
     *
     * @param mothersDateOfBirth null when not known yet (the form's own field refuses that)
     * @param registeredOn the day the infant was registered, today for one not saved yet: an old record stays valid as
     *     its child grows up
     */
    public static Optional<String> birthDateProblem(
            LocalDateTime birth, LocalDate mothersDateOfBirth, LocalDate registeredOn) {
        if (isBornTooEarly(birth, registeredOn)) {
            return Optional.of(BIRTH_TOO_EARLY);
        }
        if (isBornBeforeHerMother(birth, mothersDateOfBirth)) {
            return Optional.of(BIRTH_BEFORE_MOTHER);
        }
        return Optional.empty();
    }

    private static boolean isBornTooEarly(LocalDateTime birth, LocalDate registeredOn) {
        return birth != null && birth.toLocalDate().isBefore(registeredOn.minusYears(AGE_AT_REGISTRATION_MAX_YEARS));
    }

    private static boolean isBornBeforeHerMother(LocalDateTime birth, LocalDate mothersDateOfBirth) {
        return birth != null
                && mothersDateOfBirth != null
                && !birth.toLocalDate().isAfter(mothersDateOfBirth);
    }

    /** The day this infant was registered (in UTC, as every stored moment is), or {@code today} when not saved yet. */
    public LocalDate registeredOn(LocalDate today) {
        return getCreatedAt() == null ? today : LocalDate.ofInstant(getCreatedAt(), ZoneOffset.UTC);
    }

    public Provider getDoctor() {
        return doctor;
    }

    public void setDoctor(Provider doctor) {
        this.doctor = doctor;
    }

    /** The baby's identifiers, as the form edits them (blank rows included until saved). */
    public List<PersonIdentifier> getIdentifiers() {
        return identifiers;
    }

    /** Adds an empty row for the form. */
    public void addBlankIdentifier() {
        identifiers.add(new PersonIdentifier());
    }

    /** Records an identifier the baby is known by, unless the baby already has that very pair. */
    public void identifyAs(PersonIdentifier identifier) {
        if (identifiers.stream().noneMatch(identifier::sameAs)) {
            identifiers.add(identifier);
        }
    }

    void dropBlankIdentifiers() {
        identifiers.removeIf(PersonIdentifier::isBlank);
    }

    @AssertTrue(message = "{clinic.validation.identifierTwice}")
    boolean isIdentifiersDistinct() {
        return PersonIdentifiers.distinct(identifiers);
    }

    @AssertTrue(message = "{" + BIRTH_TOO_EARLY + "}")
    boolean isBirthWithinTheClinicsAges() {
        return !isBornTooEarly(birthDateTime, registeredOn(LocalDate.now()));
    }

    @AssertTrue(message = "{" + BIRTH_BEFORE_MOTHER + "}")
    boolean isBirthAfterHerMothers() {
        return !isBornBeforeHerMother(birthDateTime, mother == null ? null : mother.getDateOfBirth());
    }

    public BirthTimingType getBirthTiming() {
        return gestationalAgeDays == null ? null : BirthTimingType.ofGestationalAgeDays(gestationalAgeDays);
    }

    /** Gestational age written the clinical way, "37+2". */
    public String getGestationalAgeLabel() {
        return gestationalAgeDays == null ? "" : gestationalAgeLabel(gestationalAgeDays);
    }

    /** Completed days of gestation written as weeks+days: 261 is "37+2". */
    public static String gestationalAgeLabel(int days) {
        return days / 7 + "+" + days % 7;
    }

    /** Sets gestational age from the weeks+days the consultant types. */
    public void setGestationalAge(Integer weeks, Integer days) {
        this.gestationalAgeDays = weeks == null ? null : weeks * 7 + (days == null ? 0 : days);
    }

    public String getFullName() {
        return givenName + " " + familyName;
    }

    public Mother getMother() {
        return mother;
    }

    public String getGivenName() {
        return givenName;
    }

    public void setGivenName(String givenName) {
        this.givenName = givenName;
    }

    public String getFamilyName() {
        return familyName;
    }

    public void setFamilyName(String familyName) {
        this.familyName = familyName;
    }

    public SexType getSex() {
        return sex;
    }

    public void setSex(SexType sex) {
        this.sex = sex;
    }

    public LocalDateTime getBirthDateTime() {
        return birthDateTime;
    }

    public void setBirthDateTime(LocalDateTime birthDateTime) {
        this.birthDateTime = birthDateTime;
    }

    public Integer getGestationalAgeDays() {
        return gestationalAgeDays;
    }

    public void setGestationalAgeDays(Integer gestationalAgeDays) {
        this.gestationalAgeDays = gestationalAgeDays;
    }

    public Integer getBirthWeightGrams() {
        return birthWeightGrams;
    }

    public void setBirthWeightGrams(Integer birthWeightGrams) {
        this.birthWeightGrams = birthWeightGrams;
    }

    public BigDecimal getBirthLengthCm() {
        return birthLengthCm;
    }

    public void setBirthLengthCm(BigDecimal birthLengthCm) {
        this.birthLengthCm = birthLengthCm;
    }

    public BigDecimal getHeadCircumferenceCm() {
        return headCircumferenceCm;
    }

    public void setHeadCircumferenceCm(BigDecimal headCircumferenceCm) {
        this.headCircumferenceCm = headCircumferenceCm;
    }

    public FeedingMethodType getFeedingMethod() {
        return feedingMethod;
    }

    public void setFeedingMethod(FeedingMethodType feedingMethod) {
        this.feedingMethod = feedingMethod;
    }
}

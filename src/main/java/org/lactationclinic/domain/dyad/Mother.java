package org.lactationclinic.domain.dyad;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.hibernate.envers.Audited;
import org.lactationclinic.domain.shared.AuditedEntity;
import org.lactationclinic.domain.shared.ClinicalLimits;
import org.lactationclinic.domain.shared.SearchText;

/**
 * A mother the clinic sees, with her infants.
 *
 * <p>Life cycle: registered at her first contact with the clinic (with one or more infants), edited as her details
 * change, never deleted; a record registered in error is voided with a reason and disappears from the search.
 * Consultations refer to her and to any of her infants.
 */
@Entity
@Table(name = "mother")
@Audited
public class Mother extends AuditedEntity {

    /** Dates of birth before this are typing errors; the database refuses them too. */
    public static final LocalDate EARLIEST_DATE_OF_BIRTH = LocalDate.of(1900, 1, 2);

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

    /** Family and given name folded for accent- and case-insensitive search; derived, never edited. */
    @Column(name = "search_name", nullable = false, length = 2 * ClinicalLimits.NAME_MAX + 1)
    private String searchName;

    @NotNull
    @Past(message = "{clinic.validation.pastDate}")
    @Column(name = "date_of_birth", nullable = false)
    private LocalDate dateOfBirth;

    @Size(max = ClinicalLimits.PHONE_MAX)
    @Pattern(regexp = ClinicalLimits.PHONE_PATTERN, message = "{clinic.validation.phone}")
    @Column(length = ClinicalLimits.PHONE_MAX)
    private String phone;

    /** Digits of the phone number, for search. */
    @Column(name = "phone_digits", length = ClinicalLimits.PHONE_MAX)
    private String phoneDigits;

    @Email
    @Size(max = ClinicalLimits.EMAIL_MAX)
    @Column(length = ClinicalLimits.EMAIL_MAX)
    private String email;

    /** BCP 47 language tag of the language her take-home plan is printed in, e.g. "en" or "es". */
    @NotNull
    @Pattern(regexp = "^[a-z]{2}(-[A-Z]{2})?$")
    @Column(name = "preferred_language", nullable = false, length = 5)
    private String preferredLanguage = "en";

    @Min(0)
    @Max(20)
    private Integer parity;

    // Supply-relevant history, carried across visits (birth complications and conditions in one list).
    @ElementCollection
    @Enumerated(EnumType.STRING)
    @CollectionTable(name = "mother_condition", joinColumns = @JoinColumn(name = "mother_id"))
    @Column(name = "condition_type", nullable = false, length = 40)
    private Set<MaternalConditionType> conditions = new LinkedHashSet<>();

    @Size(max = ClinicalLimits.REASON_MAX)
    @Column(name = "medications", length = ClinicalLimits.REASON_MAX)
    private String medications;

    @Column(name = "return_to_work")
    private LocalDate returnToWork;

    // Why she pumps: decides whether the pumping log's frequency rule applies (clinical-reference.md, section 3).
    @Enumerated(EnumType.STRING)
    @Column(name = "pumping_purpose", length = 20)
    private PumpingPurposeType pumpingPurpose;

    @Enumerated(EnumType.STRING)
    @Column(name = "delivery_type", length = 30)
    private DeliveryType deliveryType;

    // The numbers other systems know her by; ordered as typed. One pair per person: see the AssertTrue below.
    @ElementCollection
    @CollectionTable(name = "mother_identifier", joinColumns = @JoinColumn(name = "mother_id"))
    @OrderColumn(name = "list_index")
    private List<@Valid PersonIdentifier> identifiers = new ArrayList<>();

    @OneToMany(
            mappedBy = "mother",
            cascade = {CascadeType.PERSIST, CascadeType.MERGE})
    @OrderBy("birthDateTime, givenName")
    private Set<@Valid Infant> infants = new LinkedHashSet<>();

    protected Mother() {
        // for JPA and for forms
    }

    public Mother(String givenName, String familyName, LocalDate dateOfBirth) {
        this.givenName = givenName;
        this.familyName = familyName;
        this.dateOfBirth = dateOfBirth;
    }

    /** A blank mother for the registration form. */
    public static Mother blank() {
        return new Mother();
    }

    /** Adds an infant to this mother (a second one for twins); the infant's mother is set here, once. */
    public Infant addInfant(Infant infant) {
        infant.belongTo(this);
        infants.add(infant);
        return infant;
    }

    /** Removes an infant added on the form but not saved yet; saved infants are voided, never removed. */
    public void removeUnsavedInfant(Infant infant) {
        if (!infant.isNew()) {
            throw new IllegalArgumentException("A saved infant is voided with a reason, not removed");
        }
        infants.remove(infant);
    }

    /** Infants not voided, eldest first. */
    public List<Infant> getActiveInfants() {
        return infants.stream().filter(infant -> !infant.isVoided()).toList();
    }

    /** Her identifiers, as the form edits them (blank rows included until saved). */
    public List<PersonIdentifier> getIdentifiers() {
        return identifiers;
    }

    /** Adds an empty row for the form. */
    public void addBlankIdentifier() {
        identifiers.add(new PersonIdentifier());
    }

    /** Records an identifier she is known by, unless she already has that very pair. */
    public void identifyAs(PersonIdentifier identifier) {
        if (identifiers.stream().noneMatch(identifier::sameAs)) {
            identifiers.add(identifier);
        }
    }

    /** Drops the rows the consultant left empty on the form, for her and each infant, before a save. */
    public void dropBlankIdentifiers() {
        identifiers.removeIf(PersonIdentifier::isBlank);
        infants.forEach(Infant::dropBlankIdentifiers);
    }

    @AssertTrue(message = "{clinic.validation.identifierTwice}")
    boolean isIdentifiersDistinct() {
        return PersonIdentifiers.distinct(identifiers);
    }

    @AssertTrue(message = "{clinic.validation.dateOfBirth}")
    boolean isDateOfBirthPlausible() {
        return dateOfBirth == null || !dateOfBirth.isBefore(EARLIEST_DATE_OF_BIRTH);
    }

    /** Her age in completed years on the given date. */
    public int ageInYearsOn(LocalDate date) {
        return Period.between(dateOfBirth, date).getYears();
    }

    public String getFullName() {
        return givenName + " " + familyName;
    }

    @PrePersist
    @PreUpdate
    void deriveSearchColumns() {
        searchName = SearchText.fold(familyName + " " + givenName);
        phoneDigits = phone == null || phone.isBlank() ? null : SearchText.digits(phone);
    }

    /** All her infants, voided ones included, eldest first. */
    public List<Infant> getInfants() {
        return List.copyOf(infants);
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

    public LocalDate getDateOfBirth() {
        return dateOfBirth;
    }

    public void setDateOfBirth(LocalDate dateOfBirth) {
        this.dateOfBirth = dateOfBirth;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone == null || phone.isBlank() ? null : phone.strip();
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email == null || email.isBlank() ? null : email.strip();
    }

    public String getPreferredLanguage() {
        return preferredLanguage;
    }

    public void setPreferredLanguage(String preferredLanguage) {
        this.preferredLanguage = preferredLanguage;
    }

    public Integer getParity() {
        return parity;
    }

    public Set<MaternalConditionType> getConditions() {
        return conditions;
    }

    public void setConditions(Set<MaternalConditionType> conditions) {
        this.conditions.clear();
        if (conditions != null) {
            this.conditions.addAll(conditions);
        }
    }

    /** For the form's checkboxes, which hold a list. */
    public List<MaternalConditionType> getConditionList() {
        return new ArrayList<>(conditions);
    }

    public void setConditionList(List<MaternalConditionType> chosen) {
        setConditions(chosen == null ? null : new LinkedHashSet<>(chosen));
    }

    public String getMedications() {
        return medications;
    }

    public void setMedications(String medications) {
        this.medications = medications;
    }

    public LocalDate getReturnToWork() {
        return returnToWork;
    }

    public void setReturnToWork(LocalDate returnToWork) {
        this.returnToWork = returnToWork;
    }

    public PumpingPurposeType getPumpingPurpose() {
        return pumpingPurpose;
    }

    public void setPumpingPurpose(PumpingPurposeType pumpingPurpose) {
        this.pumpingPurpose = pumpingPurpose;
    }

    public void setParity(Integer parity) {
        this.parity = parity;
    }

    public DeliveryType getDeliveryType() {
        return deliveryType;
    }

    public void setDeliveryType(DeliveryType deliveryType) {
        this.deliveryType = deliveryType;
    }
}

package org.lactationclinic.domain.provider;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.Objects;
import org.hibernate.envers.Audited;
import org.lactationclinic.domain.shared.AuditedEntity;
import org.lactationclinic.domain.shared.ClinicalLimits;
import org.lactationclinic.domain.shared.ClinicalRuleException;

/**
 * A doctor (or other provider) outside the clinic: a baby's paediatrician or family doctor, a mother's own.
 *
 * <p>Life cycle: added by an admin, edited as the details change, {@link #retire retired} with a reason when she leaves
 * the practice, never deleted, because infants name her and letters were addressed to her. A retired provider is no
 * longer offered for a baby; babies who name her keep her until someone picks another.
 */
@Entity
@Table(name = "provider")
@Audited
public class Provider extends AuditedEntity {

    public static final int PRACTICE_MAX = 200;
    public static final int ADDRESS_MAX = 500;

    @NotBlank
    @Size(max = ClinicalLimits.NAME_MAX * 2)
    @Column(name = "name", nullable = false, length = ClinicalLimits.NAME_MAX * 2)
    private String name;

    @Size(max = PRACTICE_MAX)
    @Column(name = "practice", length = PRACTICE_MAX)
    private String practice;

    @Size(max = ADDRESS_MAX)
    @Column(name = "address", length = ADDRESS_MAX)
    private String address;

    @Size(max = ClinicalLimits.PHONE_MAX)
    @Pattern(regexp = ClinicalLimits.PHONE_PATTERN, message = "{clinic.validation.phone}")
    @Column(name = "phone", length = ClinicalLimits.PHONE_MAX)
    private String phone;

    @Size(max = ClinicalLimits.PHONE_MAX)
    @Pattern(regexp = ClinicalLimits.PHONE_PATTERN, message = "{clinic.validation.phone}")
    @Column(name = "fax", length = ClinicalLimits.PHONE_MAX)
    private String fax;

    @Email
    @Size(max = ClinicalLimits.EMAIL_MAX)
    @Column(name = "email", length = ClinicalLimits.EMAIL_MAX)
    private String email;

    @Column(name = "npi", length = 10, unique = true)
    private String npi;

    @Column(name = "retired", nullable = false)
    private boolean retired;

    @Column(name = "retired_at")
    private Instant retiredAt;

    @Column(name = "retired_by", length = ClinicalLimits.USERNAME_MAX)
    private String retiredBy;

    @Column(name = "retire_reason", length = ClinicalLimits.REASON_MAX)
    private String retireReason;

    protected Provider() {
        // for JPA
    }

    public Provider(String name) {
        setName(name);
    }

    /** A blank entry for the admin's form. */
    public static Provider blank() {
        return new Provider();
    }

    @AssertTrue(message = "{clinic.validation.npi}")
    boolean isNpiValid() {
        return npi == null || Npi.isValid(npi);
    }

    /** Takes her off the list offered for babies; babies who name her keep her. */
    public void retire(String by, Instant at, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new ClinicalRuleException(
                    "admin_providers.message.error.retireReasonRequired", "Retiring needs a reason");
        }
        this.retired = true;
        this.retiredBy = Objects.requireNonNull(by);
        this.retiredAt = Objects.requireNonNull(at);
        this.retireReason = reason.strip();
    }

    /** Offers a retired provider again. */
    public void reinstate() {
        this.retired = false;
        this.retiredBy = null;
        this.retiredAt = null;
        this.retireReason = null;
    }

    /** Name and practice, as a pick list or a letter's first line shows them. */
    public String getDisplayName() {
        return practice == null ? name : name + ", " + practice;
    }

    private static String tidy(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** Stable text of the entry, for the pick lists' converter (OmniFaces matches items by it). */
    @Override
    public String toString() {
        return "Provider " + getUuid();
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = tidy(name);
    }

    public String getPractice() {
        return practice;
    }

    public void setPractice(String practice) {
        this.practice = tidy(practice);
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = tidy(address);
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = tidy(phone);
    }

    public String getFax() {
        return fax;
    }

    public void setFax(String fax) {
        this.fax = tidy(fax);
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = tidy(email);
    }

    public String getNpi() {
        return npi;
    }

    /** Spaces and dashes typed between the digits are dropped; the check digit is then validated. */
    public void setNpi(String npi) {
        String tidied = tidy(npi);
        this.npi = tidied == null ? null : tidied.replaceAll("[\\s-]", "");
    }

    public boolean isRetired() {
        return retired;
    }

    public Instant getRetiredAt() {
        return retiredAt;
    }

    public String getRetiredBy() {
        return retiredBy;
    }

    public String getRetireReason() {
        return retireReason;
    }
}

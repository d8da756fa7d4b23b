package org.lactationclinic.domain.consent;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Objects;
import org.hibernate.envers.Audited;
import org.lactationclinic.domain.dyad.Mother;
import org.lactationclinic.domain.shared.AuditedEntity;
import org.lactationclinic.domain.shared.ClinicalLimits;

/**
 * One decision a mother made about one kind of consent: given or withdrawn, on which day, and who of the clinic took
 * it. Never changed after it is stored: a change of mind is a new decision, so the record shows what she had agreed to
 * on any day. A decision entered in error is voided with a reason.
 */
@Entity
@Table(name = "consent_decision")
@Audited
public class ConsentDecision extends AuditedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "mother_id", nullable = false, updatable = false)
    private Mother mother;

    @Enumerated(EnumType.STRING)
    @Column(name = "consent_type", nullable = false, updatable = false, length = 30)
    private ConsentType type;

    @Column(nullable = false, updatable = false)
    private boolean granted;

    @Column(name = "decided_on", nullable = false, updatable = false)
    private LocalDate decidedOn;

    @Column(name = "obtained_by", nullable = false, updatable = false, length = ClinicalLimits.USERNAME_MAX)
    private String obtainedBy;

    protected ConsentDecision() {
        // for JPA
    }

    public ConsentDecision(Mother mother, ConsentType type, boolean granted, LocalDate decidedOn, String obtainedBy) {
        this.mother = Objects.requireNonNull(mother, "mother");
        this.type = Objects.requireNonNull(type, "type");
        this.granted = granted;
        this.decidedOn = Objects.requireNonNull(decidedOn, "decidedOn");
        this.obtainedBy = Objects.requireNonNull(obtainedBy, "obtainedBy");
    }

    public Mother getMother() {
        return mother;
    }

    public ConsentType getType() {
        return type;
    }

    public boolean isGranted() {
        return granted;
    }

    public LocalDate getDecidedOn() {
        return decidedOn;
    }

    public String getObtainedBy() {
        return obtainedBy;
    }
}

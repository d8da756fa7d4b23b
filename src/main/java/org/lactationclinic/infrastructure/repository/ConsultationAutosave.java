package org.lactationclinic.infrastructure.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.lactationclinic.domain.consultation.Consultation;
import org.lactationclinic.domain.shared.ClinicalLimits;

/**
 * One consultant's autosave state of one draft consultation: when she last wrote it, and the scratch copy of her form
 * typed since (see {@link org.lactationclinic.domain.consultation.AutosavePolicy}).
 *
 * <p>Deliberately not audited and not an {@code AuditedEntity}: it is working state between two revisions, and
 * recording each keystroke pause in the history is exactly what it exists to avoid.
 */
@Entity
@Table(name = "consultation_autosave")
public class ConsultationAutosave {

    /** A serialized form far larger than seven full notes is not a form. */
    static final int FORM_MAX_BYTES = 4 * 1024 * 1024;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "consultation_id", nullable = false, updatable = false)
    private Consultation consultation;

    @Column(nullable = false, updatable = false, length = ClinicalLimits.USERNAME_MAX)
    private String username;

    @Column(name = "revision_at")
    private Instant revisionAt;

    @Column(name = "version_on_form")
    private Long versionOnForm;

    @Column(name = "saved_at")
    private Instant savedAt;

    @JdbcTypeCode(SqlTypes.VARBINARY)
    @Column(name = "form", length = FORM_MAX_BYTES)
    private byte[] form;

    protected ConsultationAutosave() {
        // for JPA
    }

    ConsultationAutosave(Consultation consultation, String username) {
        this.consultation = consultation;
        this.username = username;
    }

    /** She wrote the consultation now: the scratch copy is in the record and goes. */
    void revisionWritten(Instant at) {
        revisionAt = at;
        dropForm();
    }

    void dropForm() {
        versionOnForm = null;
        savedAt = null;
        form = null;
    }

    /** Her own save of another part of the consultation moved its version from {@code from} to {@code to}. */
    void carriedOver(long from, long to) {
        if (form != null && versionOnForm == from) {
            versionOnForm = to;
        }
    }

    void keepForm(byte[] serialized, long version, Instant at) {
        form = serialized;
        versionOnForm = version;
        savedAt = at;
    }

    public Instant getRevisionAt() {
        return revisionAt;
    }

    public boolean hasForm() {
        return form != null;
    }

    public byte[] getForm() {
        return form;
    }

    public Long getVersionOnForm() {
        return versionOnForm;
    }

    public Instant getSavedAt() {
        return savedAt;
    }
}

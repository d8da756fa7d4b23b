package org.lactationclinic.domain.photo;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.hibernate.type.SqlTypes;
import org.lactationclinic.domain.consultation.Consultation;
import org.lactationclinic.domain.shared.AuditedEntity;
import org.lactationclinic.domain.shared.ClinicalRuleException;
import org.lactationclinic.domain.staff.StaffUser;

/**
 * A photograph attached to a consultation (issue 13, "Photographs"), taken with the mother's consent to photographs.
 *
 * <p>Life cycle: attached to a draft consultation as a checked, cleaned {@link PhotoImage}; never changed; voided with
 * a reason while the consultation is still a draft (a photograph of the wrong side, a blurred one); once the
 * consultation is signed it is read-only like the rest of it (checked here, by PhotoService and by the database's
 * consultation_photo_guard), except that a photograph attached in error (the wrong mother, taken without her consent)
 * is voided through an amendment of the consultation, with its reason, and keeps the number of that amendment
 * (product.md: a signed consultation is corrected by amendments; nothing clinical is deleted). The pixels are kept out
 * of the history tables: they never change.
 */
@Entity
@Table(name = "consultation_photo")
@Audited
public class ConsultationPhoto extends AuditedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "consultation_id", nullable = false, updatable = false)
    private Consultation consultation;

    @Enumerated(EnumType.STRING)
    @Column(name = "subject", nullable = false, updatable = false, length = 30)
    private PhotoSubjectType subject;

    @Column(name = "media_type", nullable = false, updatable = false, length = 20)
    private String mediaType;

    @Column(name = "width_px", nullable = false, updatable = false)
    private int widthPx;

    @Column(name = "height_px", nullable = false, updatable = false)
    private int heightPx;

    @NotAudited
    @Basic(fetch = FetchType.LAZY)
    @JdbcTypeCode(SqlTypes.VARBINARY)
    @Column(name = "image", nullable = false, updatable = false, length = PhotoImage.MAX_BYTES)
    private byte[] image;

    @NotAudited
    @Basic(fetch = FetchType.LAZY)
    @JdbcTypeCode(SqlTypes.VARBINARY)
    @Column(name = "thumbnail", nullable = false, updatable = false, length = PhotoImage.MAX_BYTES)
    private byte[] thumbnail;

    // Which amendment of its signed consultation voided it (1 for the first); null when it was voided as a draft's, or
    // not at all. The database's guard lets a signed consultation's photograph be voided only with the number of the
    // consultation's latest amendment.
    @Column(name = "voided_in_amendment")
    private Integer voidedInAmendment;

    protected ConsultationPhoto() {
        // for JPA
    }

    /**
     * Attaches a photograph to a draft consultation.
     *
     * @throws ClinicalRuleException {@code photo.message.error.signed} when the consultation is signed or voided
     */
    public static ConsultationPhoto attach(Consultation consultation, PhotoSubjectType subject, PhotoImage image) {
        requireDraft(consultation);
        ConsultationPhoto photo = new ConsultationPhoto();
        photo.consultation = consultation;
        photo.subject = Objects.requireNonNull(subject, "subject");
        photo.mediaType = image.mediaType();
        photo.widthPx = image.widthPx();
        photo.heightPx = image.heightPx();
        photo.image = image.content().clone();
        photo.thumbnail = image.thumbnail().clone();
        return photo;
    }

    /**
     * Voids a photograph attached in error, while its consultation is a draft.
     *
     * @throws ClinicalRuleException when the consultation is signed, or the reason is blank
     */
    public void voidPhoto(String reason, String by, Instant at) {
        requireDraft(consultation);
        try {
            voidRecord(reason, by, at);
        } catch (IllegalArgumentException e) {
            throw new ClinicalRuleException("clinic.message.error.voidReasonRequired", e.getMessage());
        }
    }

    /**
     * Voids a photograph of a signed consultation in the amendment {@code by} has just opened on it
     * ({@link Consultation#amend}), for a photograph attached in error: it leaves the page and the printouts and stays
     * in the record with who, when, why and the amendment's number.
     *
     * @throws ClinicalRuleException {@code photo.message.error.amendmentRequired} when the consultation is a draft (its
     *     photographs are voided as they are) or {@code by} has not opened an amendment of it;
     *     {@code clinic.message.error.voidReasonRequired} when the reason is blank
     */
    public void voidInAmendment(StaffUser by, String reason, Instant at) {
        if (!consultation.isAmendable() || !consultation.isBeingAmendedBy(by)) {
            throw new ClinicalRuleException(
                    "photo.message.error.amendmentRequired",
                    "Photograph " + getUuid() + ": " + by.getUsername() + " has no open amendment of consultation "
                            + consultation.getUuid() + " (" + consultation.getStatus() + ")");
        }
        try {
            voidRecord(reason, by.getUsername(), at);
        } catch (IllegalArgumentException e) {
            throw new ClinicalRuleException("clinic.message.error.voidReasonRequired", e.getMessage());
        }
        voidedInAmendment = consultation.getAmendmentCount();
    }

    /** The number of the amendment that voided it; empty when it was voided as a draft's, or is not voided. */
    public Optional<Integer> getVoidedInAmendment() {
        return Optional.ofNullable(voidedInAmendment);
    }

    private static void requireDraft(Consultation consultation) {
        if (!consultation.isEditable()) {
            throw new ClinicalRuleException(
                    "photo.message.error.signed",
                    "Consultation " + consultation.getUuid()
                            + " is " + consultation.getStatus() + (consultation.isVoided() ? ", voided" : "")
                            + ": its photographs are read-only");
        }
    }

    public Consultation getConsultation() {
        return consultation;
    }

    public PhotoSubjectType getSubject() {
        return subject;
    }

    public String getMediaType() {
        return mediaType;
    }

    public int getWidthPx() {
        return widthPx;
    }

    public int getHeightPx() {
        return heightPx;
    }
}

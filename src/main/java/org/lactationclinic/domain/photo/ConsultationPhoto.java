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
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.hibernate.type.SqlTypes;
import org.lactationclinic.domain.consultation.Consultation;
import org.lactationclinic.domain.shared.AuditedEntity;
import org.lactationclinic.domain.shared.ClinicalRuleException;

/**
 * A photograph attached to a consultation (issue 13, "Photographs"), taken with the mother's consent to photographs.
 *
 * <p>Life cycle: attached to a draft consultation as a checked, cleaned {@link PhotoImage}; never changed; voided with
 * a reason while the consultation is still a draft (a photograph of the wrong side, a blurred one); once the
 * consultation is signed it is read-only like the rest of it (checked here, by PhotoService and by the database's
 * consultation_photo_guard). The pixels are kept out of the history tables: they never change.
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

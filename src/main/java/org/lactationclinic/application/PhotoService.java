package org.lactationclinic.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.lactationclinic.domain.audit.AuditActionType;
import org.lactationclinic.domain.audit.AuditRecordType;
import org.lactationclinic.domain.consent.ConsentType;
import org.lactationclinic.domain.consent.MotherConsent;
import org.lactationclinic.domain.consultation.Consultation;
import org.lactationclinic.domain.photo.ConsultationPhoto;
import org.lactationclinic.domain.photo.PhotoBytes;
import org.lactationclinic.domain.photo.PhotoImage;
import org.lactationclinic.domain.photo.PhotoSubjectType;
import org.lactationclinic.domain.photo.PhotoSummary;
import org.lactationclinic.domain.settings.ClinicThresholds;
import org.lactationclinic.domain.settings.PhotoSizeLimit;
import org.lactationclinic.domain.shared.ClinicalRuleException;
import org.lactationclinic.domain.shared.ConcurrentEditException;
import org.lactationclinic.domain.shared.CurrentActor;
import org.lactationclinic.domain.shared.RecordNotFoundException;
import org.lactationclinic.domain.staff.RoleType;
import org.lactationclinic.domain.staff.StaffUser;
import org.lactationclinic.infrastructure.repository.ClinicSettingRepository;
import org.lactationclinic.infrastructure.repository.ConsentRepository;
import org.lactationclinic.infrastructure.repository.ConsultationRepository;
import org.lactationclinic.infrastructure.repository.PhotoRepository;
import org.lactationclinic.infrastructure.repository.StaffRepository;

/**
 * Photographs of a consultation (issue 13, "Photographs"): attached with the mother's consent to photographs, checked
 * and stripped of metadata ({@link PhotoImage}), every view of one on record, voided with a reason while the
 * consultation is a draft, read-only once it is signed but for a void through an amendment.
 */
@Stateless
@RolesAllowed(RoleType.CONSULTANT_ROLE)
public class PhotoService {

    /**
     * What the consultation page shows of its photographs.
     *
     * @param editable a draft: photographs are taken and voided as they are
     * @param amendable signed and not voided: a photograph is voided only through an amendment
     * @param consultationVersion the consultation's version as shown, for an amendment
     * @param maxMegabytes the clinic's limit on an upload, for the help under the upload field
     */
    public record PhotoSection(
            List<PhotoSummary> photos,
            boolean consented,
            boolean editable,
            boolean amendable,
            long consultationVersion,
            int maxMegabytes)
            implements Serializable {}

    @Inject
    private PhotoRepository photos;

    @Inject
    private ConsultationRepository consultations;

    @Inject
    private ConsentRepository consents;

    @Inject
    private ClinicSettingRepository settings;

    @Inject
    private StaffRepository staff;

    @Inject
    private CurrentActor actor;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    /** The consultation's photographs that are not voided, whether she consents, whether it takes more. */
    public PhotoSection sectionOf(@NotNull UUID consultationUuid) {
        return sectionOf(consultation(consultationUuid));
    }

    /** The same, for a consultation the caller has read in its transaction (the consultation page's one read). */
    public PhotoSection sectionOf(@NotNull Consultation consultation) {
        return new PhotoSection(
                active(consultation),
                consented(consultation),
                consultation.isEditable(),
                consultation.isAmendable(),
                consultation.getVersion(),
                sizeLimit().megabytes());
    }

    /**
     * Attaches a photograph to a draft consultation of the signed-in consultant. Nothing is stored when refused.
     *
     * @param upload the file as uploaded, unchecked
     * @throws ClinicalRuleException {@code photo.message.error.noConsent} without her current consent to photographs;
     *     {@code photo.message.error.signed} on a signed or voided consultation; the {@link PhotoImage} refusals for
     *     the file, {@code photo.message.error.overSizeLimit} above the clinic's setting
     */
    public ConsultationPhoto attach(@NotNull UUID consultationUuid, @NotNull PhotoSubjectType subject, byte[] upload) {
        Consultation consultation = consultation(consultationUuid);
        if (!consented(consultation)) {
            throw new ClinicalRuleException(
                    "photo.message.error.noConsent",
                    "Mother " + consultation.getMother().getUuid() + " has not consented to photographs");
        }
        requireHolder(consultation);
        ConsultationPhoto photo = ConsultationPhoto.attach(consultation, subject, PhotoImage.of(upload, sizeLimit()));
        photos.add(photo);
        photos.flush(photo);
        audit.recordForMother(
                AuditActionType.CREATE,
                AuditRecordType.PHOTOGRAPH,
                photo.getUuid(),
                consultation.getMother().getUuid(),
                subject.name() + ", consultation " + consultationUuid + ", mother "
                        + consultation.getMother().getUuid());
        return photo;
    }

    /** Voids a photograph attached in error, while its consultation is a draft. */
    public void voidPhoto(@NotNull UUID photoUuid, long versionOnForm, String reason) {
        ConsultationPhoto photo = photos.findByUuid(photoUuid)
                .filter(found -> !found.isVoided())
                .orElseThrow(() -> new RecordNotFoundException("ConsultationPhoto", photoUuid));
        photo.checkVersion(versionOnForm);
        requireHolder(photo.getConsultation());
        photo.voidPhoto(reason, actor.username(), clock.instant());
        photos.flush(photo);
        UUID mother = photo.getConsultation().getMother().getUuid();
        audit.recordForMother(
                AuditActionType.VOID,
                AuditRecordType.PHOTOGRAPH,
                photoUuid,
                mother,
                "consultation " + photo.getConsultation().getUuid() + ", mother " + mother);
    }

    /**
     * Voids a photograph of a signed consultation attached in error (the wrong mother, taken without her consent)
     * through an amendment of the consultation, by any consultant, as any amendment: the consultation becomes amended
     * with the reason, and the photograph is voided with the same reason and the amendment's number. It leaves the page
     * and the printouts and stays in the database with who, when and why; the audit trail has the amendment and the
     * void. Both or neither.
     *
     * @param photoVersionOnForm the photograph's version as shown
     * @param consultationVersionOnForm the consultation's version as shown
     * @throws ClinicalRuleException {@code consultation.message.error.amendSignedOnly} on a draft (void it as it is) or
     *     a voided consultation; {@code consultation.message.error.amendReasonRequired} without a reason
     * @throws ClinicalRuleException {@code consultation.message.error.notAConsultant} when the signed-in user has no
     *     enabled consultant account
     * @throws RecordNotFoundException when there is no such photograph or it is already voided
     * @throws ConcurrentEditException when someone changed the consultation or the photograph since it was shown
     */
    public void voidInAmendment(
            @NotNull UUID photoUuid, long photoVersionOnForm, long consultationVersionOnForm, String reason) {
        ConsultationPhoto photo = photos.findByUuid(photoUuid)
                .filter(found -> !found.isVoided())
                .orElseThrow(() -> new RecordNotFoundException("ConsultationPhoto", photoUuid));
        photo.checkVersion(photoVersionOnForm);
        Consultation consultation = photo.getConsultation();
        consultation.checkVersion(consultationVersionOnForm);
        consultations.claim(consultation);
        StaffUser consultant = staff.findEnabledConsultant(actor.username())
                .orElseThrow(() -> new ClinicalRuleException(
                        "consultation.message.error.notAConsultant",
                        actor.username() + " has no enabled consultant account"));
        Instant now = clock.instant();
        consultation.amend(consultant, now, reason);
        consultations.flush(consultation); // the amendment is in the database before the void that names it
        photo.voidInAmendment(consultant, reason, now);
        photos.flush(photo);
        UUID mother = consultation.getMother().getUuid();
        audit.recordForMother(
                AuditActionType.AMEND,
                AuditRecordType.CONSULTATION,
                consultation.getUuid(),
                mother,
                "photograph " + photoUuid + " voided, mother " + mother);
        audit.recordForMother(
                AuditActionType.VOID,
                AuditRecordType.PHOTOGRAPH,
                photoUuid,
                mother,
                "in amendment " + consultation.getAmendmentCount() + ", consultation " + consultation.getUuid()
                        + ", mother " + mother);
    }

    /**
     * A photograph's bytes for the screen, each call on record as a view of it (the thumbnail on the page too: a
     * thumbnail shows the body as much as the full picture). A voided photograph is not shown.
     *
     * @param thumbnail true for the thumbnail
     * @throws RecordNotFoundException when there is no such photograph or it is voided
     */
    public PhotoBytes view(@NotNull UUID photoUuid, boolean thumbnail) {
        PhotoBytes bytes = photos.bytesOf(photoUuid, thumbnail)
                .filter(found -> !found.voided())
                .orElseThrow(() -> new RecordNotFoundException("ConsultationPhoto", photoUuid));
        audit.recordForMother(
                AuditActionType.VIEW,
                AuditRecordType.PHOTOGRAPH,
                photoUuid,
                bytes.motherUuid(),
                (thumbnail ? "thumbnail" : "photograph") + ", consultation " + bytes.consultationUuid() + ", mother "
                        + bytes.motherUuid());
        return bytes;
    }

    /** The clinic's setting, read at each upload: an admin's change applies to the next one. */
    private PhotoSizeLimit sizeLimit() {
        return ClinicThresholds.from(settings.saved()).photoSizeLimit();
    }

    private Consultation consultation(UUID uuid) {
        return consultations.findByUuid(uuid).orElseThrow(() -> new RecordNotFoundException("Consultation", uuid));
    }

    private List<PhotoSummary> active(Consultation consultation) {
        return photos.summariesOf(consultation).stream()
                .filter(photo -> !photo.voided())
                .toList();
    }

    private boolean consented(Consultation consultation) {
        return MotherConsent.of(consents.decisionsOf(consultation.getMother())).isGiven(ConsentType.PHOTOGRAPHS);
    }

    /** Like the rest of a draft, its photographs are changed by the consultant who holds it. */
    private void requireHolder(Consultation consultation) {
        if (!consultation.getConsultant().getUsername().equals(actor.username())) {
            throw new ClinicalRuleException(
                    "consultation.message.error.reviseOwnOnly",
                    actor.username() + " does not hold consultation " + consultation.getUuid());
        }
    }
}

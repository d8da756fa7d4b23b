package org.lactationclinic.web.consultation;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.lactationclinic.application.PhotoService;
import org.lactationclinic.domain.photo.PhotoSubjectType;
import org.lactationclinic.domain.photo.PhotoSummary;
import org.lactationclinic.web.UserErrors;
import org.lactationclinic.web.ViewScopedPage;
import org.omnifaces.util.Messages;
import org.primefaces.model.file.UploadedFile;

/**
 * The photographs section of consultation/edit.xhtml (issue 13, "Photographs"), in a form of its own so that an upload
 * never carries the consultation's form. Its own bean, not ConsultationEditBacking's: the page's sections are to be
 * split out of that bean (README, known issues).
 */
@Named
@ViewScoped
public class ConsultationPhotosBacking extends ViewScopedPage {

    @Inject
    private transient PhotoService photos;

    private UUID consultationUuid;
    private PhotoService.PhotoSection section;
    private PhotoSubjectType subject;
    private transient UploadedFile file;
    private final Map<UUID, String> voidReasons = new HashMap<>();

    /** Shows the photographs of the consultation the page has opened, as its one read found them. */
    void show(UUID consultation, PhotoService.PhotoSection opened) {
        consultationUuid = consultation;
        section = opened;
    }

    public void attach() {
        byte[] upload = file == null || file.getSize() == 0 ? null : file.getContent();
        if (upload == null) {
            Messages.addGlobalError("photo.message.error.noFile");
            return;
        }
        if (UserErrors.attempt(() -> photos.attach(consultationUuid, subject, upload))
                .isDone()) {
            Messages.addGlobalInfo("photo.message.info.attached");
            subject = null;
        }
        file = null;
        section = photos.sectionOf(consultationUuid);
    }

    public void voidPhoto(PhotoSummary photo) {
        if (UserErrors.attempt(() -> photos.voidPhoto(photo.uuid(), photo.version(), voidReasons.get(photo.uuid())))
                .isDone()) {
            Messages.addGlobalInfo("photo.message.info.voided");
            voidReasons.remove(photo.uuid());
        }
        section = photos.sectionOf(consultationUuid);
    }

    /**
     * Voids a photograph of a signed consultation through an amendment, then shows the page again: the consultation's
     * status, amendments and version have changed under its main form.
     */
    public String voidInAmendment(PhotoSummary photo) {
        boolean done = UserErrors.attempt(() -> photos.voidInAmendment(
                        photo.uuid(), photo.version(), section.consultationVersion(), voidReasons.get(photo.uuid())))
                .isDone();
        if (!done) {
            section = photos.sectionOf(consultationUuid);
            return null;
        }
        Messages.addFlashGlobalInfo("photo.message.info.voidedInAmendment");
        return "/consultation/edit?faces-redirect=true&consultation=" + consultationUuid;
    }

    public List<PhotoSummary> getPhotos() {
        return section == null ? List.of() : section.photos();
    }

    public boolean isConsented() {
        return section != null && section.consented();
    }

    public boolean isEditable() {
        return section != null && section.editable();
    }

    /** Signed and not voided: a photograph attached in error is voided through an amendment. */
    public boolean isAmendable() {
        return section != null && section.amendable();
    }

    /** Photographs are taken on a draft, with her consent. */
    public boolean isUploadable() {
        return isEditable() && isConsented();
    }

    public PhotoSubjectType[] getSubjects() {
        return PhotoSubjectType.values();
    }

    public int getMaxMegabytes() {
        return section == null ? 0 : section.maxMegabytes();
    }

    public PhotoSubjectType getSubject() {
        return subject;
    }

    public void setSubject(PhotoSubjectType subject) {
        this.subject = subject;
    }

    public UploadedFile getFile() {
        return file;
    }

    public void setFile(UploadedFile file) {
        this.file = file;
    }

    public Map<UUID, String> getVoidReasons() {
        return voidReasons;
    }
}

package org.lactationclinic.web.dyad;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import org.lactationclinic.application.AuditTrail;
import org.lactationclinic.application.DyadService;
import org.lactationclinic.application.PrintedWords;
import org.lactationclinic.application.ProviderDirectoryService;
import org.lactationclinic.domain.audit.AuditActionType;
import org.lactationclinic.domain.audit.AuditRecordType;
import org.lactationclinic.domain.dyad.DeliveryType;
import org.lactationclinic.domain.dyad.FeedingMethodType;
import org.lactationclinic.domain.dyad.Infant;
import org.lactationclinic.domain.dyad.MaternalConditionType;
import org.lactationclinic.domain.dyad.Mother;
import org.lactationclinic.domain.dyad.PersonIdentifier;
import org.lactationclinic.domain.dyad.SexType;
import org.lactationclinic.domain.provider.Provider;
import org.lactationclinic.web.UserErrors;
import org.lactationclinic.web.ViewScopedPage;
import org.omnifaces.util.Messages;

/**
 * dyad/edit.xhtml: registers a mother with her infants, or edits them. The form edits a detached copy that carries the
 * version it was loaded at, so a save after someone else's is refused, not merged.
 */
@Named
@ViewScoped
public class DyadEditBacking extends ViewScopedPage {

    @Inject
    private transient DyadService dyads;

    @Inject
    private transient AuditTrail audit;

    @Inject
    private Clock clock;

    @Inject
    private transient ProviderDirectoryService directory;

    private List<Provider> doctors;

    private UUID motherUuid;
    private Mother mother;
    private boolean conflict;
    private UUID registeredUuid;

    /** Loads the mother named in the URL, or starts a blank registration with one infant. */
    public void load() {
        if (mother != null) {
            return; // postback: keep what is on the form
        }
        if (motherUuid == null) {
            mother = Mother.blank();
            mother.addInfant(Infant.blank(null));
        } else {
            mother = UserErrors.loadOrNotFound(() -> dyads.getMother(motherUuid));
            if (mother != null) {
                audit.record(AuditActionType.VIEW, AuditRecordType.MOTHER, mother.getUuid(), "edit");
            }
        }
    }

    /** Whether the page has what it shows; layout.xhtml shows a message instead when it has not. */
    public boolean isLoaded() {
        return mother != null;
    }

    /** Gives infants without a family name their mother's, as typed so far. */
    public void offerFamilyNameToInfants() {
        mother.getInfants().stream()
                .filter(infant ->
                        infant.getFamilyName() == null || infant.getFamilyName().isBlank())
                .forEach(infant -> infant.setFamilyName(mother.getFamilyName()));
    }

    public void addInfant() {
        mother.addInfant(Infant.blank(mother.getFamilyName()));
    }

    public void removeInfant(Infant infant) {
        mother.removeUnsavedInfant(infant);
    }

    /**
     * The doctors a baby may name: the directory's active entries, plus any retired one a baby of hers still names (so
     * the form shows it rather than silently dropping it). Loaded once per page.
     */
    public List<Provider> getDoctors() {
        if (doctors == null) {
            List<Provider> offered = new java.util.ArrayList<>(directory.active());
            mother.getInfants().stream()
                    .map(Infant::getDoctor)
                    .filter(java.util.Objects::nonNull)
                    .filter(doctor -> !offered.contains(doctor))
                    .forEach(offered::add);
            doctors = offered;
        }
        return doctors;
    }

    /** Adds an empty identifier row to the mother's or an infant's list. */
    public void addIdentifier(List<PersonIdentifier> identifiers) {
        identifiers.add(new PersonIdentifier());
    }

    /**
     * Removes a row from the form; a saved identifier removed here is gone from the record at save (history keeps it).
     */
    public void removeIdentifier(List<PersonIdentifier> identifiers, int index) {
        identifiers.remove(index);
    }

    /** @return the dyad overview after a save, or null to stay on the form */
    public synchronized String save() {
        // a double-click's second request waits for the first (both share this page's bean) and finds her registered
        if (registeredUuid != null) {
            return "/dyad/overview?faces-redirect=true&mother=" + registeredUuid;
        }
        if (mother.getActiveInfants().isEmpty()) {
            Messages.addGlobalError("dyad_edit.message.error.noInfant");
            return null;
        }
        mother.dropBlankIdentifiers();
        boolean registering = mother.isNew();
        Mother[] saved = new Mother[1];
        UserErrors.Outcome outcome =
                UserErrors.attempt(() -> saved[0] = registering ? dyads.register(mother) : dyads.update(mother));
        conflict = outcome == UserErrors.Outcome.CONFLICT;
        if (outcome.isDone()) {
            registeredUuid = registering ? saved[0].getUuid() : null;
            Messages.addFlashGlobalInfo(
                    registering ? "dyad_edit.message.info.registered" : "dyad_edit.message.info.saved",
                    saved[0].getFullName());
            return "/dyad/overview?faces-redirect=true&mother=" + saved[0].getUuid();
        }
        return null;
    }

    /** After a conflict: drop the form's copy and show what is stored now. */
    public void reload() {
        mother = dyads.getMother(mother.getUuid());
        conflict = false;
    }

    /** True after a save was refused because someone else saved first. */
    public boolean isConflict() {
        return conflict;
    }

    /** The oldest date of birth the database accepts (a typing error before that). */
    public LocalDate getEarliestDateOfBirth() {
        return Mother.EARLIEST_DATE_OF_BIRTH;
    }

    public LocalDate getToday() {
        return LocalDate.now(clock);
    }

    public LocalDateTime getNow() {
        return LocalDateTime.now(clock);
    }

    public boolean isNew() {
        return mother == null || mother.isNew();
    }

    public Mother getMother() {
        return mother;
    }

    public UUID getMotherUuid() {
        return motherUuid;
    }

    public void setMotherUuid(UUID motherUuid) {
        this.motherUuid = motherUuid;
    }

    public SexType[] getSexes() {
        return SexType.values();
    }

    public FeedingMethodType[] getFeedingMethods() {
        return FeedingMethodType.values();
    }

    public DeliveryType[] getDeliveryTypes() {
        return DeliveryType.values();
    }

    public MaternalConditionType[] getConditionTypes() {
        return MaternalConditionType.values();
    }

    /** The languages the take-home plan has a translation into. */
    public List<String> getLanguages() {
        return PrintedWords.languages();
    }
}

package org.lactationclinic.web.consultation;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.lactationclinic.application.ConsultationService;
import org.lactationclinic.domain.consultation.ChartingContext;
import org.lactationclinic.domain.consultation.Consultation;
import org.lactationclinic.domain.consultation.ConsultationType;
import org.lactationclinic.domain.consultation.DraftForm;
import org.lactationclinic.domain.consultation.InfantFindings;
import org.lactationclinic.domain.consultation.MotherFindings;
import org.lactationclinic.domain.consultation.SoapNote;
import org.lactationclinic.domain.dyad.Infant;
import org.lactationclinic.domain.shared.ClinicalLimits;
import org.lactationclinic.web.BundleMessages;
import org.lactationclinic.web.UserErrors;
import org.lactationclinic.web.ViewScopedPage;
import org.omnifaces.util.Messages;
import org.primefaces.PrimeFaces;

/**
 * consultation/edit.xhtml: the draft consultation (type, time, infants seen, SOAP note, and for each infant the weight,
 * observed feeds, test weighings, oral assessment and last 24 hours), saved as often as the consultant likes, then
 * signed. The form holds the version it was loaded at; every save and the signature send it back, so a consultation
 * saved meanwhile by someone else is never overwritten.
 *
 * <p>The flags panel is recomputed on every change from the form and a {@link ChartingContext} read once when the page
 * opens, so a live update costs no database work; the save recomputes the flags from fresh data.
 *
 * <p>A draft also saves itself: the page calls {@link #autosave} a few seconds after she stops typing and when she
 * leaves, and shows what the form autosaved last time if she left before it reached the record (see
 * {@code ConsultationService.autosave} for how autosaves are coalesced in the history).
 */
@Named
@ViewScoped
public class ConsultationEditBacking extends ViewScopedPage {

    @Inject
    private transient ConsultationService consultations;

    /** The page's photographs section, in a form of its own: handed what the page's one read found for it. */
    @Inject
    private ConsultationPhotosBacking photos;

    @Inject
    private Clock clock;

    private UUID consultationUuid;
    private Consultation consultation;
    private boolean conflict;
    /** When the form last reached the server, by a save or an autosave: the status under the Save button. */
    private Instant savedAt;
    /** The form shows an autosaved copy that has not reached the record yet: the page autosaves it soon. */
    private boolean restoredUnsaved;
    /** A signed consultation opened for correction: the form is enabled and a reason is asked for. */
    private boolean amending;

    @Size(max = ClinicalLimits.REASON_MAX)
    private String amendReason;

    @Size(max = ClinicalLimits.REASON_MAX)
    private String voidReason;

    // The form: a copy of what the consultant can change, applied by the service on save.
    private long versionOnForm;
    private ConsultationType type;
    private LocalDateTime startedAt;
    private List<UUID> infantUuids = new ArrayList<>();

    @Size(max = ClinicalLimits.NOTE_MAX)
    private String subjective;

    @Size(max = ClinicalLimits.NOTE_MAX)
    private String objective;

    @Size(max = ClinicalLimits.NOTE_MAX)
    private String assessment;

    @Size(max = ClinicalLimits.NOTE_MAX)
    private String plan;

    private MotherFindings mother = new MotherFindings();
    /** One form per infant of the mother, kept when an infant is unticked so nothing typed is lost. */
    private Map<UUID, InfantFindings> findingsForm = new LinkedHashMap<>();

    // Not state: re-read when missing (after deserialisation, or when the view opens).
    private transient ChartingContext context;

    // The page's sections that are more than fields of the form (issue 12: split by section).
    private final FlagsPanel flagPanel = new FlagsPanel(this);
    private final InfantSections infants = new InfantSections(this);
    private final MotherSection motherSection = new MotherSection(this);

    public void load() {
        if (consultation != null) {
            return; // postback: keep what is on the form
        }
        ConsultationService.Opened opened = UserErrors.loadOrNotFound(() -> consultations.open(consultationUuid));
        if (opened != null) { // read, and recorded as viewed, in one transaction
            show(opened.consultation());
            photos.show(consultationUuid, opened.photos());
            context = opened.context(); // read with the consultation; show() drops the one of an earlier version
            opened.autosaved().ifPresent(this::restore); // only a draft has one
        }
    }

    /** Whether the page has what it shows; layout.xhtml shows a message instead when it has not. */
    public boolean isLoaded() {
        return consultation != null;
    }

    /** She left before her last autosaves reached the record: the form shows them again, and says so. */
    private void restore(ConsultationService.AutosavedForm kept) {
        String at = time(kept.savedAt());
        if (kept.isOutdated()) {
            Messages.addGlobalWarn("consultation_edit.message.warn.autosaveOutdated", at);
            return;
        }
        DraftForm form = kept.form().orElseThrow();
        type = form.type();
        startedAt = form.startedAt();
        infantUuids = new ArrayList<>(form.infantUuids());
        subjective = form.subjective();
        objective = form.objective();
        assessment = form.assessment();
        plan = form.plan();
        mother = form.mother();
        form.findings().stream()
                .filter(findings ->
                        findingsForm.containsKey(findings.getInfant().getUuid()))
                .forEach(findings -> findingsForm.put(findings.getInfant().getUuid(), findings));
        savedAt = kept.savedAt();
        restoredUnsaved = true;
        recompute();
        Messages.addGlobalInfo("consultation_edit.message.info.autosaveRestored", at);
    }

    private void show(Consultation loaded) {
        consultation = loaded;
        versionOnForm = loaded.getVersion();
        type = loaded.getType();
        startedAt = loaded.getStartedAt();
        infantUuids = new ArrayList<>(
                loaded.getInfants().stream().map(Infant::getUuid).toList());
        SoapNote note = loaded.getNote();
        subjective = note.subjective();
        objective = note.objective();
        assessment = note.assessment();
        plan = note.plan();
        mother = loaded.motherFindings();
        findingsForm = new LinkedHashMap<>();
        for (Infant infant : loaded.getMother().getActiveInfants()) {
            InfantFindings form = loaded.findingsFor(infant)
                    .map(InfantFindings::draftCopy)
                    .orElseGet(() -> new InfantFindings(loaded, infant));
            if (form.getWeighedAt() == null) {
                form.setWeighedAt(loaded.getStartedAt()); // weighed during the visit unless she says otherwise
            }
            findingsForm.put(infant.getUuid(), form);
        }
        context = null;
        recompute();
        conflict = false;
        restoredUnsaved = false;
        amending = false;
        amendReason = null;
        voidReason = null;
    }

    /** @return true when the draft was saved */
    public boolean save() {
        UserErrors.Outcome outcome = UserErrors.attempt(
                () -> show(consultations.saveDraft(consultation.getUuid(), versionOnForm, draftForm())));
        conflict = outcome == UserErrors.Outcome.CONFLICT;
        if (outcome.isDone()) {
            savedAt = clock.instant();
            Messages.addGlobalInfo("consultation_edit.message.info.saved", time(savedAt));
        }
        return outcome.isDone();
    }

    /**
     * Autosaves the draft as it stands on the form. The page calls it without redrawing the form, so she can type on;
     * only the status under the Save button changes. A refusal shows as for {@link #save} (a conflict offers to reload)
     * and the status says it was not saved; what she typed stays on the screen. When the form was only kept as a
     * scratch copy, the page is told when to autosave again so that it reaches the record within the minute even if she
     * stops typing.
     */
    public void autosave() {
        if (!isEditable() || amending) {
            return; // a signed consultation is never autosaved, not even while amended
        }
        UserErrors.Outcome outcome = UserErrors.attempt(() -> {
            ConsultationService.Autosaved done =
                    consultations.autosave(consultation.getUuid(), versionOnForm, draftForm());
            // not show(): she may have typed on since this request left, and the form on screen is not redrawn
            consultation = done.consultation();
            versionOnForm = consultation.getVersion();
            savedAt = done.at();
            restoredUnsaved = !done.revisionWritten();
            if (!done.revisionWritten()) {
                PrimeFaces.current()
                        .ajax()
                        .addCallbackParam(
                                "autosaveAgainInMs",
                                Math.max(
                                        0,
                                        Duration.between(clock.instant(), done.nextRevisionAt())
                                                .toMillis()));
            }
        });
        conflict = outcome == UserErrors.Outcome.CONFLICT;
    }

    private DraftForm draftForm() {
        return new DraftForm(
                type,
                startedAt,
                infantUuids,
                subjective,
                objective,
                assessment,
                plan,
                List.copyOf(findingsForm.values()),
                mother);
    }

    private String time(Instant at) {
        return LocalTime.ofInstant(at, clock.getZone())
                .format(DateTimeFormatter.ofPattern(BundleMessages.text("clinic.format.time")));
    }

    /** When the form last reached the server, as the status under the Save button shows it; null before. */
    public String getSavedAtText() {
        return savedAt == null ? null : time(savedAt);
    }

    /** Why the last save or autosave was refused, for the status under the Save button: its first message. */
    public String getNotSavedReason() {
        return FacesContext.getCurrentInstance().getMessageList().stream()
                .map(FacesMessage::getSummary)
                .filter(Objects::nonNull)
                .findFirst()
                .orElse("");
    }

    public boolean isRestoredUnsaved() {
        return restoredUnsaved;
    }

    /**
     * Voids a consultation recorded in error (the wrong mother, a duplicate), with the reason: it leaves the family's
     * list but stays in the record and its history. Back to the family page.
     */
    public String voidConsultation() {
        UserErrors.Outcome outcome = UserErrors.attempt(
                () -> consultations.voidConsultation(consultation.getUuid(), versionOnForm, voidReason));
        conflict = outcome == UserErrors.Outcome.CONFLICT;
        if (!outcome.isDone()) {
            return null;
        }
        Messages.addFlashGlobalInfo("consultation_edit.message.info.voided");
        return "/dyad/overview?faces-redirect=true&mother="
                + consultation.getMother().getUuid();
    }

    public boolean isVoidable() {
        return !consultation.isVoided() && !amending;
    }

    public String getVoidReason() {
        return voidReason;
    }

    public void setVoidReason(String voidReason) {
        this.voidReason = voidReason;
    }

    /** Opens the signed consultation for correction; nothing changes until the amendment is saved. */
    public void startAmendment() {
        amending = true;
        flagPanel.clear();
    }

    /** Saves the correction with its reason; the consultation shows as amended and keeps every version. */
    public void saveAmendment() {
        UserErrors.Outcome outcome = UserErrors.attempt(
                () -> show(consultations.amend(consultation.getUuid(), versionOnForm, amendReason, draftForm())));
        conflict = outcome == UserErrors.Outcome.CONFLICT;
        if (outcome.isDone()) {
            Messages.addGlobalInfo("consultation_edit.message.info.amended");
        }
    }

    /** Saves what is on the form, then signs, so nothing typed since the last save is lost. */
    public void sign() {
        if (!save()) {
            return;
        }
        UserErrors.Outcome outcome =
                UserErrors.attempt(() -> show(consultations.sign(consultation.getUuid(), versionOnForm)));
        conflict = outcome == UserErrors.Outcome.CONFLICT;
        if (outcome.isDone()) {
            Messages.addGlobalInfo("consultation_edit.message.info.signed");
        }
    }

    /**
     * The sign prompt's "Write the care plan": saves the form into the record, then opens the plan, from which she
     * signs the plan and the consultation together (CarePlanBacking#saveAndSign). A refused save keeps her here.
     */
    public String writePlan() {
        if (!save()) {
            return null;
        }
        return "/consultation/care-plan?faces-redirect=true&sign=true&consultation=" + consultation.getUuid();
    }

    /** Any change on the form: the flags panel and the computed values are redrawn from it. */
    public void recompute() {
        flagPanel.clear();
        infants.clear();
    }

    /** The flags the form raises now, for the action bar's summary. */
    public FlagsPanel getFlagPanel() {
        return flagPanel;
    }

    /** Each baby's section: the rows she adds and the values computed from them. */
    public InfantSections getInfants() {
        return infants;
    }

    /** The mother's sections: breasts and supply, and the EPDS. */
    public MotherSection getMotherSection() {
        return motherSection;
    }

    /** One infant's form, whether or not she is ticked as seen; null for an infant not of this mother. */
    InfantFindings findingsOf(UUID infantUuid) {
        return findingsForm.get(infantUuid);
    }

    /** The findings forms of the infants ticked as seen, eldest first. */
    public List<InfantFindings> getCharts() {
        return findingsForm.values().stream()
                .filter(form -> infantUuids.contains(form.getInfant().getUuid()))
                .toList();
    }

    /** What refused the last Save, Sign or autosave, for the action bar beside the buttons. */
    public List<FormErrors.FormError> getErrors() {
        return FormErrors.of(FacesContext.getCurrentInstance());
    }

    /** No care plan recorded yet: signing asks first, since a signed plan changes only by amendment. */
    public boolean isCarePlanEmpty() {
        return consultation.carePlan().isEmpty();
    }

    /** What the flags depend on besides the form, read once when the page opens (no database work per change). */
    ChartingContext context() {
        if (context == null) {
            context = consultations.chartingContext(consultation.getUuid());
        }
        return context;
    }

    /** After a conflict, or to abandon an amendment: drop the form and show what is stored now. */
    public void reload() {
        show(consultations.get(consultation.getUuid()));
    }

    public List<Infant> getMothersInfants() {
        return consultation.getMother().getActiveInfants();
    }

    public LocalDateTime getNow() {
        return LocalDateTime.now(clock);
    }

    /** The signature time in the clinic's time zone. */
    public LocalDateTime getSignedAtLocal() {
        return consultation.getSignedAt() == null
                ? null
                : LocalDateTime.ofInstant(consultation.getSignedAt(), clock.getZone());
    }

    public boolean isEditable() {
        return consultation.isEditable();
    }

    /** Whether the form takes input: a draft, or a signed consultation being amended. */
    public boolean isFormEnabled() {
        return consultation.isEditable() || amending;
    }

    /** A signed, not voided consultation can be corrected by an amendment. */
    public boolean isAmendable() {
        return !consultation.isEditable() && !consultation.isVoided() && !amending;
    }

    public MotherFindings getMother() {
        return mother;
    }

    public boolean isAmending() {
        return amending;
    }

    public String getAmendReason() {
        return amendReason;
    }

    public void setAmendReason(String amendReason) {
        this.amendReason = amendReason;
    }

    public boolean isConflict() {
        return conflict;
    }

    public Consultation getConsultation() {
        return consultation;
    }

    public UUID getConsultationUuid() {
        return consultationUuid;
    }

    public void setConsultationUuid(UUID consultationUuid) {
        this.consultationUuid = consultationUuid;
    }

    public ConsultationType getType() {
        return type;
    }

    public void setType(ConsultationType type) {
        this.type = type;
    }

    public LocalDateTime getStartedAt() {
        return startedAt;
    }

    /** Moving the visit's start moves each "Weighed at" she has not changed (InfantFindings#followVisitStart). */
    public void setStartedAt(LocalDateTime startedAt) {
        LocalDateTime previous = this.startedAt;
        this.startedAt = startedAt;
        if (findingsForm != null) {
            findingsForm.values().forEach(form -> form.followVisitStart(previous, startedAt));
        }
    }

    public List<UUID> getInfantUuids() {
        return infantUuids;
    }

    public void setInfantUuids(List<UUID> infantUuids) {
        this.infantUuids = infantUuids;
    }

    public String getSubjective() {
        return subjective;
    }

    public void setSubjective(String subjective) {
        this.subjective = subjective;
    }

    public String getObjective() {
        return objective;
    }

    public void setObjective(String objective) {
        this.objective = objective;
    }

    public String getAssessment() {
        return assessment;
    }

    public void setAssessment(String assessment) {
        this.assessment = assessment;
    }

    public String getPlan() {
        return plan;
    }

    public void setPlan(String plan) {
        this.plan = plan;
    }
}

package org.lactationclinic.web.admin.interventions;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.lactationclinic.application.InterventionLibraryService;
import org.lactationclinic.application.PrintedWords;
import org.lactationclinic.domain.careplan.Intervention;
import org.lactationclinic.domain.careplan.InterventionCategoryType;
import org.lactationclinic.domain.shared.ClinicalLimits;
import org.lactationclinic.web.UserErrors;
import org.lactationclinic.web.ViewScopedPage;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * admin/interventions/list.xhtml: the clinic's intervention library. An admin adds the clinic's own interventions (with
 * the words the mother reads), changes defaults, and retires what the clinic no longer offers (with a reason) or offers
 * it again. Nothing is deleted: signed plans point at these entries.
 */
@Named
@ViewScoped
public class InterventionListBacking extends ViewScopedPage {

    @Inject
    private transient InterventionLibraryService library;

    private List<Intervention> interventions;
    private Intervention selected;

    @Size(max = ClinicalLimits.REASON_MAX)
    private String retireReason;

    private InterventionCategoryType category = InterventionCategoryType.FEEDING;

    @Size(max = 120)
    private String title;

    @Size(max = Intervention.INSTRUCTIONS_MAX)
    private String instructions;

    @Min(1)
    @Max(24)
    private Integer timesPerDay;

    @Min(1)
    @Max(180)
    private Integer minutes;

    private boolean conflict;

    public void load() {
        interventions = library.all();
        conflict = false;
    }

    public void add() {
        UserErrors.Outcome outcome =
                UserErrors.attempt(() -> library.add(category, title, instructions, timesPerDay, minutes));
        if (outcome.isDone()) {
            Messages.addGlobalInfo("interventions.message.info.added");
            title = null;
            instructions = null;
            timesPerDay = null;
            minutes = null;
            load();
        }
    }

    public void choose(Intervention intervention) {
        selected = intervention;
        retireReason = null;
    }

    public void retire() {
        UserErrors.Outcome outcome =
                UserErrors.attempt(() -> library.retire(selected.getUuid(), selected.getVersion(), retireReason));
        conflict = outcome == UserErrors.Outcome.CONFLICT;
        if (outcome.isDone()) {
            Messages.addGlobalInfo("interventions.message.info.retired");
            load();
        }
    }

    public void reinstate(Intervention intervention) {
        UserErrors.Outcome outcome =
                UserErrors.attempt(() -> library.reinstate(intervention.getUuid(), intervention.getVersion()));
        conflict = outcome == UserErrors.Outcome.CONFLICT;
        if (outcome.isDone()) {
            Messages.addGlobalInfo("interventions.message.info.reinstated");
            load();
        }
    }

    /** A standard intervention's title in the admin's language (the printed plan's words), or the clinic's own. */
    public String titleOf(Intervention intervention) {
        return PrintedWords.titleOf(intervention, Faces.getLocale().getLanguage());
    }

    public String instructionsOf(Intervention intervention) {
        return PrintedWords.instructionsOf(intervention, Faces.getLocale().getLanguage());
    }

    public List<Intervention> getInterventions() {
        return interventions;
    }

    public InterventionCategoryType[] getCategories() {
        return InterventionCategoryType.values();
    }

    public Intervention getSelected() {
        return selected;
    }

    public String getRetireReason() {
        return retireReason;
    }

    public void setRetireReason(String retireReason) {
        this.retireReason = retireReason;
    }

    public InterventionCategoryType getCategory() {
        return category;
    }

    public void setCategory(InterventionCategoryType category) {
        this.category = category;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getInstructions() {
        return instructions;
    }

    public void setInstructions(String instructions) {
        this.instructions = instructions;
    }

    public Integer getTimesPerDay() {
        return timesPerDay;
    }

    public void setTimesPerDay(Integer timesPerDay) {
        this.timesPerDay = timesPerDay;
    }

    public Integer getMinutes() {
        return minutes;
    }

    public void setMinutes(Integer minutes) {
        this.minutes = minutes;
    }

    public boolean isConflict() {
        return conflict;
    }
}

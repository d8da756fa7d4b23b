package org.lactationclinic.web.admin.providers;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.lactationclinic.application.ProviderDirectoryService;
import org.lactationclinic.domain.provider.Provider;
import org.lactationclinic.domain.shared.ClinicalLimits;
import org.lactationclinic.web.UserErrors;
import org.lactationclinic.web.ViewScopedPage;
import org.omnifaces.util.Messages;

/**
 * admin/providers/list.xhtml: the provider directory. An admin adds a doctor, edits her details, retires her with a
 * reason when she leaves (babies who name her keep her) or offers her again. Nothing is deleted.
 */
@Named
@ViewScoped
public class ProviderListBacking extends ViewScopedPage {

    @Inject
    private transient ProviderDirectoryService directory;

    private List<Provider> providers;
    private Provider editing = Provider.blank();
    private Provider selected;

    @Size(max = ClinicalLimits.REASON_MAX)
    private String retireReason;

    private boolean conflict;

    public void load() {
        providers = directory.all();
        conflict = false;
    }

    /** Puts an entry in the form to edit it. */
    public void edit(Provider provider) {
        editing = provider;
    }

    /** Empties the form for a new entry. */
    public void startNew() {
        editing = Provider.blank();
    }

    public void save() {
        boolean adding = editing.isNew();
        UserErrors.Outcome outcome = UserErrors.attempt(() -> directory.save(editing));
        conflict = outcome == UserErrors.Outcome.CONFLICT;
        if (outcome.isDone()) {
            Messages.addGlobalInfo(
                    adding ? "admin_providers.message.info.added" : "admin_providers.message.info.saved",
                    editing.getName());
            editing = Provider.blank();
            load();
        }
    }

    public void choose(Provider provider) {
        selected = provider;
        retireReason = null;
    }

    public void retire() {
        UserErrors.Outcome outcome =
                UserErrors.attempt(() -> directory.retire(selected.getUuid(), selected.getVersion(), retireReason));
        conflict = outcome == UserErrors.Outcome.CONFLICT;
        if (outcome.isDone()) {
            Messages.addGlobalInfo("admin_providers.message.info.retired", selected.getName());
            load();
        }
    }

    public void reinstate(Provider provider) {
        UserErrors.Outcome outcome =
                UserErrors.attempt(() -> directory.reinstate(provider.getUuid(), provider.getVersion()));
        conflict = outcome == UserErrors.Outcome.CONFLICT;
        if (outcome.isDone()) {
            Messages.addGlobalInfo("admin_providers.message.info.reinstated", provider.getName());
            load();
        }
    }

    public List<Provider> getProviders() {
        return providers;
    }

    public Provider getEditing() {
        return editing;
    }

    public Provider getSelected() {
        return selected;
    }

    public String getRetireReason() {
        return retireReason;
    }

    public void setRetireReason(String retireReason) {
        this.retireReason = retireReason;
    }

    public boolean isConflict() {
        return conflict;
    }
}

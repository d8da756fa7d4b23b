package org.lactationclinic.web.admin.settings;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.validator.ValidatorException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.lactationclinic.application.ClinicSettingsService;
import org.lactationclinic.domain.assessment.HatlffInterpretationType;
import org.lactationclinic.domain.settings.ClinicSetting;
import org.lactationclinic.domain.settings.ClinicSettingType;
import org.lactationclinic.web.BundleMessages;
import org.lactationclinic.web.UserErrors;
import org.lactationclinic.web.ViewScopedPage;
import org.omnifaces.util.Messages;

/**
 * admin/settings/edit.xhtml: the configurable thresholds, each with its value, the source the clinic cites and the
 * documented default. Each row carries the version it was loaded at.
 */
@Named
@ViewScoped
public class ClinicSettingsBacking extends ViewScopedPage {

    /** One setting on the form. */
    public static class Row implements Serializable {
        private final ClinicSettingType key;
        private final Long versionOnForm;
        private String value;
        private String source;

        Row(ClinicSetting setting) {
            this.key = setting.getKey();
            this.versionOnForm = setting.getId() == null ? null : setting.getVersion();
            this.value = setting.getValue();
            this.source = setting.getSource();
        }

        ClinicSettingsService.Change toChange() {
            return new ClinicSettingsService.Change(key, value, source, versionOnForm);
        }

        public ClinicSettingType getKey() {
            return key;
        }

        public boolean isChoice() {
            return key.getKind() == ClinicSettingType.ValueKind.HATLFF_CHOICE;
        }

        public String getValue() {
            return value;
        }

        public void setValue(String value) {
            this.value = value;
        }

        public String getSource() {
            return source;
        }

        public void setSource(String source) {
            this.source = source;
        }
    }

    @Inject
    private transient ClinicSettingsService settings;

    private List<Row> rows;
    private boolean conflict;

    public void load() {
        if (rows == null) {
            reload();
        }
    }

    public void reload() {
        rows = new ArrayList<>(settings.all().stream().map(Row::new).toList());
        conflict = false;
    }

    public void save() {
        UserErrors.Outcome outcome = UserErrors.attempt(
                () -> settings.save(rows.stream().map(Row::toChange).toList()));
        conflict = outcome == UserErrors.Outcome.CONFLICT;
        if (outcome.isDone()) {
            reload();
            Messages.addGlobalInfo("clinic_settings.message.info.saved");
        }
    }

    /** A value the setting does not accept gets its message next to the field and is not saved. */
    public void validateValue(FacesContext context, UIComponent component, Object value) {
        ClinicSettingType key = (ClinicSettingType) component.getAttributes().get("setting");
        if (!key.accepts(value == null ? null : value.toString())) {
            String message = key.getKind() == ClinicSettingType.ValueKind.HATLFF_CHOICE
                    ? BundleMessages.text("clinic_settings.message.error.outOfRange")
                    : BundleMessages.text(
                            "clinic_settings.label.range",
                            key.getMin().toPlainString(),
                            key.getMax().toPlainString());
            throw new ValidatorException(new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null));
        }
    }

    public List<Row> getRows() {
        return rows;
    }

    public HatlffInterpretationType[] getHatlffChoices() {
        return ClinicSettingType.hatlffChoices();
    }

    public boolean isConflict() {
        return conflict;
    }
}

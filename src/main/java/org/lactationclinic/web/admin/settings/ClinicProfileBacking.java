package org.lactationclinic.web.admin.settings;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.lactationclinic.application.ClinicSettingsService;
import org.lactationclinic.application.PrintedWords;
import org.lactationclinic.domain.settings.ClinicProfile;
import org.lactationclinic.web.UserErrors;
import org.lactationclinic.web.ViewScopedPage;
import org.omnifaces.util.Messages;
import org.primefaces.model.file.UploadedFile;

/**
 * admin/settings/clinic.xhtml: who the clinic is on its printouts (name, address, telephone, e-mail, logo). The form
 * carries the version it was loaded at, so two admins cannot overwrite each other.
 */
@Named
@ViewScoped
public class ClinicProfileBacking extends ViewScopedPage {

    @Inject
    private transient ClinicSettingsService settings;

    private Long versionOnForm;
    private String name;
    private String address;
    private String phone;
    private String email;
    private String logoDataUri;
    private transient UploadedFile logo;
    private boolean removeLogo;
    private boolean conflict;

    public void load() {
        if (name == null) {
            show(settings.profile());
        }
    }

    private void show(ClinicProfile profile) {
        versionOnForm = profile.isNew() ? null : profile.getVersion();
        name = profile.getName();
        address = profile.getAddress();
        phone = profile.getPhone();
        email = profile.getEmail();
        logoDataUri = PrintedWords.logoDataUri(profile);
        removeLogo = false;
        conflict = false;
    }

    public void save() {
        byte[] image = logo == null || logo.getSize() == 0 ? null : logo.getContent();
        UserErrors.Outcome outcome = UserErrors.attempt(
                () -> show(settings.saveProfile(versionOnForm, name, address, phone, email, image, removeLogo)));
        conflict = outcome == UserErrors.Outcome.CONFLICT;
        if (outcome.isDone()) {
            Messages.addGlobalInfo("clinic_profile.message.info.saved");
        }
    }

    public void reload() {
        show(settings.profile());
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getLogoDataUri() {
        return logoDataUri;
    }

    public UploadedFile getLogo() {
        return logo;
    }

    public void setLogo(UploadedFile logo) {
        this.logo = logo;
    }

    public boolean isRemoveLogo() {
        return removeLogo;
    }

    public void setRemoveLogo(boolean removeLogo) {
        this.removeLogo = removeLogo;
    }

    public boolean isConflict() {
        return conflict;
    }
}

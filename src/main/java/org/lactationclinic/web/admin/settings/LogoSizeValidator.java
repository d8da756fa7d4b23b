package org.lactationclinic.web.admin.settings;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.validator.FacesValidator;
import jakarta.faces.validator.Validator;
import jakarta.faces.validator.ValidatorException;
import org.lactationclinic.domain.settings.ClinicProfile;
import org.lactationclinic.web.BundleMessages;
import org.primefaces.model.file.UploadedFile;

/**
 * Refuses a logo over {@link ClinicProfile#LOGO_MAX_BYTES} at the upload field of admin/settings/clinic.xhtml.
 * ClinicProfile refuses it too, but only as a message at the top of the page; and PrimeFaces' own
 * {@code p:validateFile} checks only its advanced (AJAX) upload, not the simple one this page uses.
 */
@FacesValidator(LogoSizeValidator.ID)
public class LogoSizeValidator implements Validator<Object> {

    public static final String ID = "clinic.logoSize";

    @Override
    public void validate(FacesContext context, UIComponent component, Object value) {
        if (value instanceof UploadedFile logo && logo.getSize() > ClinicProfile.LOGO_MAX_BYTES) {
            String text = BundleMessages.text("clinic_profile.message.error.logoSize");
            throw new ValidatorException(new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
        }
    }
}

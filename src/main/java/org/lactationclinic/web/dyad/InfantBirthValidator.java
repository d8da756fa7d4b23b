package org.lactationclinic.web.dyad;

import jakarta.enterprise.context.Dependent;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.validator.FacesValidator;
import jakarta.faces.validator.Validator;
import jakarta.faces.validator.ValidatorException;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ResourceBundle;
import org.lactationclinic.domain.dyad.Infant;

/**
 * Puts {@link Infant#birthDateProblem}'s refusal at the birth field of dyad/edit.xhtml. Bean Validation checks the same
 * rule when the dyad is saved, but it needs the mother, which a single field's check does not see; this validator is
 * given her date of birth as typed on the same form ({@code mothersDateOfBirth}) and the infant whose birth it is
 * ({@code infant}), as component attributes.
 */
// A bean (annotated discovery), so that Faces can have CDI create it with the clock injected.
@Dependent
@FacesValidator(value = InfantBirthValidator.ID, managed = true)
public class InfantBirthValidator implements Validator<LocalDateTime> {

    public static final String ID = "clinic.infantBirth";

    @Inject
    private Clock clock;

    @Override
    public void validate(FacesContext context, UIComponent component, LocalDateTime birth) {
        LocalDate today = LocalDate.now(clock);
        LocalDate registeredOn =
                component.getAttributes().get("infant") instanceof Infant infant ? infant.registeredOn(today) : today;
        LocalDate mothersDateOfBirth =
                component.getAttributes().get("mothersDateOfBirth") instanceof LocalDate date ? date : null;
        Infant.birthDateProblem(birth, mothersDateOfBirth, registeredOn).ifPresent(key -> {
            // The rule's text is Bean Validation's, so the save and the field say the same.
            String text = ResourceBundle.getBundle(
                            "ValidationMessages", context.getViewRoot().getLocale())
                    .getString(key);
            throw new ValidatorException(new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
        });
    }
}

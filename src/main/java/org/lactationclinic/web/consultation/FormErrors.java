package org.lactationclinic.web.consultation;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * The refusals of the request being answered, for the consultation page's action bar (issue 12): a refused Save or Sign
 * says why next to the button she pressed, with a link to each field, rather than only at the top of a long page.
 * Warnings and errors only: "Saved at 10:42" is the status's business, not an error.
 */
public final class FormErrors {

    /** One refusal: the field it is about (null for the form as a whole) and what it says. */
    public record FormError(String clientId, String text) {}

    private FormErrors() {}

    public static List<FormError> of(FacesContext context) {
        List<FormError> errors = new ArrayList<>();
        for (Iterator<String> ids = context.getClientIdsWithMessages(); ids.hasNext(); ) {
            String clientId = ids.next();
            for (Iterator<FacesMessage> messages = context.getMessages(clientId); messages.hasNext(); ) {
                FacesMessage message = messages.next();
                if (message.getSeverity().getOrdinal() >= FacesMessage.SEVERITY_WARN.getOrdinal()
                        && message.getSummary() != null) {
                    errors.add(new FormError(clientId, message.getSummary()));
                }
            }
        }
        return errors;
    }
}

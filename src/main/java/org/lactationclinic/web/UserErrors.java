package org.lactationclinic.web;

import jakarta.ejb.EJBException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.ConstraintViolationException;
import java.util.function.Supplier;
import org.lactationclinic.domain.shared.ClinicalRuleException;
import org.lactationclinic.domain.shared.ConcurrentEditException;
import org.lactationclinic.domain.shared.RecordNotFoundException;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * Runs a use case from a page and turns the refusals a user can cause (a concurrent edit, a broken clinical rule, a
 * record that is gone) into a message on the page. The form keeps what was typed. Anything else is a fault and goes to
 * the error page.
 */
public final class UserErrors {

    /** How a use case run from a page ended. */
    public enum Outcome {
        DONE,
        CONFLICT,
        REFUSED;

        public boolean isDone() {
            return this == DONE;
        }
    }

    private UserErrors() {}

    public static Outcome attempt(Runnable useCase) {
        try {
            useCase.run();
            return Outcome.DONE;
        } catch (ConcurrentEditException e) {
            refuse("clinic.message.error.concurrentEdit");
            return Outcome.CONFLICT;
        } catch (ClinicalRuleException e) {
            refuse(e.getMessageKey());
        } catch (RecordNotFoundException e) {
            refuse("clinic.message.error.notFound");
        } catch (EJBException e) {
            // Bean Validation in the service or at flush: the pages validate first, so this is rare (a
            // rule that spans fields); show what was refused rather than an error page.
            if (!(rootCause(e) instanceof ConstraintViolationException violations)) {
                throw e;
            }
            violations
                    .getConstraintViolations()
                    .forEach(violation -> Messages.addGlobal(new FacesMessage(
                            FacesMessage.SEVERITY_ERROR,
                            violation.getPropertyPath() + ": " + violation.getMessage(),
                            null)));
            FacesContext.getCurrentInstance().validationFailed();
        }
        return Outcome.REFUSED;
    }

    /**
     * Loads the record a page is about; when the URL names one that does not exist (or no longer does), answers 404
     * with the not-found page instead.
     *
     * @return the record, or null after the 404 was sent
     */
    public static <T> T loadOrNotFound(Supplier<T> load) {
        try {
            return load.get();
        } catch (RecordNotFoundException e) {
            Faces.responseSendError(HttpServletResponse.SC_NOT_FOUND, e.getMessage());
            return null;
        }
    }

    private static Throwable rootCause(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause;
    }

    private static void refuse(String messageKey) {
        Messages.addGlobalError(messageKey);
        FacesContext.getCurrentInstance().validationFailed();
    }
}

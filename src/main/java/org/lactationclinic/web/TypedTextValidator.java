package org.lactationclinic.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.html.HtmlInputTextarea;
import jakarta.faces.context.FacesContext;
import jakarta.faces.validator.FacesValidator;
import jakarta.faces.validator.Validator;
import jakarta.faces.validator.ValidatorException;
import java.util.Set;
import org.lactationclinic.domain.shared.TypedText;

/**
 * A default validator (faces-config.xml) on every field of every page, so that no page has to remember it: text with a
 * control character ({@link TypedText}) or longer than the field's {@code maxlength} is refused with a message at the
 * field, and the form keeps what was typed. Without it a NUL reached PostgreSQL and the save ended on the error page, a
 * line break went into one-line values, and text over a column's length was cut without a word
 * ({@link UncutInputTextRenderer}, {@link UncutInputTextareaRenderer}). The {@code maxlength} on a page is its column's
 * length, so the page states the limit once for the browser and for this check.
 */
@FacesValidator(TypedTextValidator.ID)
public class TypedTextValidator implements Validator<Object> {

    public static final String ID = "clinic.typedText";

    static final String LINE_BREAK = "clinic.message.error.lineBreak";
    static final String CONTROL_CHARACTER = "clinic.message.error.controlCharacter";
    static final String TOO_LONG = "clinic.message.error.tooLong";

    /**
     * The sign-in form is left to the identity store, which refuses such a username itself: refused here, the attempt
     * would never reach the audit trail, and a refused sign-in must always be on record.
     */
    static final Set<String> UNCHECKED_VIEWS = Set.of("/login.xhtml");

    @Override
    public void validate(FacesContext context, UIComponent component, Object value) {
        if (!(value instanceof String text)
                || UNCHECKED_VIEWS.contains(context.getViewRoot().getViewId())) {
            return;
        }
        String problem = problemWith(text, component instanceof HtmlInputTextarea, maxLength(component));
        if (problem != null) {
            String message = problem.equals(TOO_LONG)
                    ? BundleMessages.text(problem, maxLength(component), text.length())
                    : BundleMessages.text(problem);
            throw new ValidatorException(new FacesMessage(FacesMessage.SEVERITY_ERROR, message, message));
        }
    }

    /**
     * The bundle key of what is wrong with the text, or null when nothing is.
     *
     * @param maxLength the most characters the field takes, or 0 or less for no limit
     */
    static String problemWith(String text, boolean multiLine, int maxLength) {
        if (!multiLine && TypedText.hasLineBreak(text)) {
            return LINE_BREAK;
        }
        if (TypedText.hasControlCharacter(text, multiLine)) {
            return CONTROL_CHARACTER;
        }
        if (maxLength > 0 && text.length() > maxLength) {
            return TOO_LONG;
        }
        return null;
    }

    private static int maxLength(UIComponent component) {
        // Unset, PrimeFaces and Faces inputs answer Integer.MIN_VALUE.
        return component.getAttributes().get("maxlength") instanceof Integer max ? max : 0;
    }
}

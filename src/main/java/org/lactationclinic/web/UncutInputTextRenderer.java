package org.lactationclinic.web;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import org.primefaces.component.inputtext.InputText;
import org.primefaces.component.inputtext.InputTextRenderer;

/**
 * PrimeFaces' one-line text field, except that text longer than its {@code maxlength} is kept as typed. PrimeFaces cuts
 * it while decoding, as it does in its text area ({@link UncutInputTextareaRenderer}), so {@link TypedTextValidator}
 * never saw the excess and the shortened value was stored without a word; kept whole, it is refused at the field and
 * the form still holds what was typed. A browser honours {@code maxlength} while typing, but not always on paste or
 * autofill, and a crafted post not at all. Registered for PrimeFaces' renderer type in faces-config.xml.
 */
public class UncutInputTextRenderer extends InputTextRenderer {

    @Override
    public void decode(FacesContext context, UIComponent component) {
        super.decode(context, component);
        InputText input = (InputText) component;
        String typed = context.getExternalContext().getRequestParameterMap().get(input.getClientId(context));
        if (typed != null && input.getSubmittedValue() instanceof String cut && typed.length() > cut.length()) {
            input.setSubmittedValue(typed);
        }
    }
}

package org.lactationclinic.web;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import org.primefaces.component.inputtextarea.InputTextarea;
import org.primefaces.component.inputtextarea.InputTextareaRenderer;

/**
 * PrimeFaces' text area, except that text longer than its {@code maxlength} is kept as typed. PrimeFaces cuts it while
 * decoding, before any validator sees it, so a note pasted past the limit was stored shortened and nobody was told;
 * kept whole, {@link TypedTextValidator} refuses it at the field and the form still holds every word. Registered for
 * PrimeFaces' renderer type in faces-config.xml.
 */
public class UncutInputTextareaRenderer extends InputTextareaRenderer {

    @Override
    public void decode(FacesContext context, UIComponent component) {
        super.decode(context, component);
        InputTextarea textarea = (InputTextarea) component;
        String typed = context.getExternalContext().getRequestParameterMap().get(textarea.getClientId(context));
        if (typed != null && textarea.getSubmittedValue() instanceof String cut) {
            // The same line-break normalising PrimeFaces applies, without the cut.
            String whole = typed.replaceAll("\\r\\n?", "\n");
            if (whole.length() > cut.length()) {
                textarea.setSubmittedValue(whole);
            }
        }
    }
}

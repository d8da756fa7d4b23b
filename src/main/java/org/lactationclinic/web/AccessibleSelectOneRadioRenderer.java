package org.lactationclinic.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import org.primefaces.component.selectoneradio.SelectOneRadio;
import org.primefaces.component.selectoneradio.SelectOneRadioRenderer;

import java.io.IOException;

/**
 * PrimeFaces' radio buttons without the {@code aria-checked} it writes on each option's role-less {@code div}
 * (axe-core: aria-allowed-attr, 162 of the 443 violations counted in issue 12). The native radio input inside
 * carries the state. Registered for PrimeFaces' renderer type in faces-config.xml; drop it once PrimeFaces
 * stops writing the attribute.
 */
public class AccessibleSelectOneRadioRenderer extends SelectOneRadioRenderer {

    @Override
    protected void encodeMarkup(FacesContext context, SelectOneRadio radio) throws IOException {
        ResponseWriter original = context.getResponseWriter();
        context.setResponseWriter(AriaFixingWriter.dropping(original, "div", "aria-checked"));
        try {
            super.encodeMarkup(context, radio);
        } finally {
            context.setResponseWriter(original);
        }
    }
}

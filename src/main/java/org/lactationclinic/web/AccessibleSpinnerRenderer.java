package org.lactationclinic.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import java.io.IOException;
import java.util.ResourceBundle;
import org.primefaces.component.spinner.Spinner;
import org.primefaces.component.spinner.SpinnerRenderer;

/**
 * PrimeFaces' spinner with named arrow buttons: they carry only an icon, so a screen reader said "button" twice
 * (axe-core: button-name). The names come from the bundle ({@code clinic.spinner.increase}, {@code .decrease}).
 * Registered for PrimeFaces' renderer type in faces-config.xml.
 */
public class AccessibleSpinnerRenderer extends SpinnerRenderer {

    @Override
    protected void encodeMarkup(FacesContext context, Spinner spinner) throws IOException {
        ResourceBundle bundle = context.getApplication().getResourceBundle(context, "msg");
        ResponseWriter original = context.getResponseWriter();
        context.setResponseWriter(AriaFixingWriter.labellingButtons(original, id -> {
            if (id.endsWith("-increase")) {
                return bundle.getString("clinic.spinner.increase");
            }
            return id.endsWith("-decrease") ? bundle.getString("clinic.spinner.decrease") : null;
        }));
        try {
            super.encodeMarkup(context, spinner);
        } finally {
            context.setResponseWriter(original);
        }
    }
}

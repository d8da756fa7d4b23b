package org.lactationclinic.web.dyad;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.lactationclinic.domain.dyad.Infant;
import org.lactationclinic.web.BundleMessages;

/** Gestational age as clinicians write it, "37+2" (weeks+days), to and from completed days (261). */
@FacesConverter("gestationalAgeConverter")
public class GestationalAgeConverter implements Converter<Integer> {

    private static final Pattern WEEKS_PLUS_DAYS = Pattern.compile("^\\s*(\\d{1,2})\\s*\\+\\s*([0-6])\\s*$");

    @Override
    public Integer getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        Matcher matcher = WEEKS_PLUS_DAYS.matcher(value);
        if (!matcher.matches()) {
            throw new ConverterException(new FacesMessage(
                    FacesMessage.SEVERITY_ERROR, BundleMessages.text("dyad_edit.message.error.gestation"), null));
        }
        return Integer.parseInt(matcher.group(1)) * 7 + Integer.parseInt(matcher.group(2));
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, Integer days) {
        return days == null ? "" : Infant.gestationalAgeLabel(days);
    }
}

package org.lactationclinic.web.consultation;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import org.lactationclinic.web.BundleMessages;

/** An infant weight typed in grams, kilograms or pounds and ounces ({@link WeightText}), shown in grams. */
@FacesConverter("weightConverter")
public class WeightConverter implements Converter<Integer> {

    @Override
    public Integer getAsObject(FacesContext context, UIComponent component, String value) {
        try {
            return WeightText.grams(value);
        } catch (WeightText.UnreadableWeightException e) {
            throw new ConverterException(new FacesMessage(
                    FacesMessage.SEVERITY_ERROR, BundleMessages.text(e.getMessageKey(), e.getArgument()), null));
        }
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, Integer grams) {
        return grams == null ? "" : grams.toString();
    }
}

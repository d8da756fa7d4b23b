package org.lactationclinic.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.omnifaces.util.Messages;

/**
 * Makes OmniFaces {@link Messages} take bundle keys instead of text, so a backing bean writes
 * {@code Messages.addGlobalInfo("dyad_edit.message.info.saved", name)} and the text comes from
 * {@code messages.properties} in the user's language.
 */
@ApplicationScoped
public class BundleMessages {

    static final String BUNDLE = "org.lactationclinic.web.messages";

    void installResolver(@Observes @Initialized(ApplicationScoped.class) Object startup) {
        Messages.setResolver((key, params) -> text(key, params));
    }

    /**
     * The text for a key in the current view's language; the key itself when the bundle lacks it. Always formatted,
     * with or without parameters, so that {@code ''} is an apostrophe in every text that reaches the user through here
     * (page labels read with {@code #{msg[...]}} are shown as written).
     */
    public static String text(String key, Object... params) {
        FacesContext faces = FacesContext.getCurrentInstance();
        Locale locale = faces != null && faces.getViewRoot() != null
                ? faces.getViewRoot().getLocale()
                : Locale.ENGLISH;
        try {
            String pattern = ResourceBundle.getBundle(BUNDLE, locale).getString(key);
            return new MessageFormat(pattern, locale).format(params == null ? new Object[0] : params);
        } catch (MissingResourceException e) {
            return key;
        }
    }
}

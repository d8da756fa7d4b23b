package org.lactationclinic.web;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.ResponseWriter;
import jakarta.faces.context.ResponseWriterWrapper;
import java.io.IOException;
import java.util.function.Function;

/**
 * A response writer that corrects the ARIA attributes a PrimeFaces renderer writes, for the few renderers whose markup
 * axe-core finds wrong (issue 12). It is put in place only while one component is rendered, by the renderers in this
 * package that need it:
 *
 * <ul>
 *   <li>{@code dropping("input", "aria-hidden")}: the plain file field PrimeFaces hides from screen readers although it
 *       takes the focus (AccessibleFileUploadRenderer). PrimeFaces 15.0.13 stopped writing {@code aria-checked} on the
 *       radio options' role-less {@code div}s, so the radio renderer that dropped it is gone (issue 15, stack update).
 *   <li>{@code ariaLabelFor}: a button whose id the function recognises gets that label, written right after the id
 *       (PrimeFaces' spinner arrows have no text, so a screen reader announced "button").
 * </ul>
 */
final class AriaFixingWriter extends ResponseWriterWrapper {

    private final String dropElement;
    private final String dropAttribute;
    private final Function<String, String> ariaLabelFor;
    private String element;

    private AriaFixingWriter(
            ResponseWriter wrapped, String dropElement, String dropAttribute, Function<String, String> ariaLabelFor) {
        super(wrapped);
        this.dropElement = dropElement;
        this.dropAttribute = dropAttribute;
        this.ariaLabelFor = ariaLabelFor;
    }

    /** Leaves out one attribute wherever the renderer writes it on one kind of element. */
    static AriaFixingWriter dropping(ResponseWriter wrapped, String element, String attribute) {
        return new AriaFixingWriter(wrapped, element, attribute, id -> null);
    }

    static AriaFixingWriter labellingButtons(ResponseWriter wrapped, Function<String, String> ariaLabelFor) {
        return new AriaFixingWriter(wrapped, null, null, ariaLabelFor);
    }

    @Override
    public void startElement(String name, UIComponent component) throws IOException {
        element = name;
        super.startElement(name, component);
    }

    @Override
    public void writeAttribute(String name, Object value, String property) throws IOException {
        if (name.equals(dropAttribute) && element != null && element.equals(dropElement)) {
            return;
        }
        super.writeAttribute(name, value, property);
        if ("id".equals(name) && "button".equals(element) && value != null) {
            String label = ariaLabelFor.apply(value.toString());
            if (label != null) {
                super.writeAttribute("aria-label", label, null);
            }
        }
    }

    @Override
    public ResponseWriter cloneWithWriter(java.io.Writer writer) {
        return new AriaFixingWriter(getWrapped().cloneWithWriter(writer), dropElement, dropAttribute, ariaLabelFor);
    }
}

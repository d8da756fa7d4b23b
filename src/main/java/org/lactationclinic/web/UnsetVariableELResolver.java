package org.lactationclinic.web;

import jakarta.el.ELContext;
import jakarta.el.ELResolver;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Answers an EL name that is no bean and no attribute (a template parameter a page leaves out, such as layout.xhtml's
 * {@code statelessView} or the field tag's {@code help} and {@code styleClass}) with null, as Faces would, but without
 * asking the class loader first.
 *
 * <p>Why: Faces' last resolver, for a name found in no scope, asks the EL import handler whether it is a class of
 * {@code java.lang}; the handler tries to load {@code java.lang.statelessView} through Payara's chain of class loaders,
 * which throws a {@code ClassNotFoundException} at each of its seven loaders, and the web app's loader takes its
 * class-loading lock to do it. A JFR profile under 16 connections (issue 12, docs/performance.md) found request threads
 * queued on that lock for as long as on the audit chain's head: 2-3 such names per page view, and Weld takes the same
 * lock to create each EJB reference a backing bean injects.
 *
 * <p>Only names that start with a lower-case letter are answered here: a class's name starts with a capital, so such a
 * name can never be one. A CDI bean's name and a resource bundle's {@code var} are left to their own resolvers, which
 * Faces asks after this one; a scoped attribute (a {@code ui:repeat}'s {@code var}, an {@code o:importConstants} map)
 * is answered from its scope in the order Faces looks: request, view, session, application.
 */
public class UnsetVariableELResolver extends ELResolver {

    @Override
    public Object getValue(ELContext context, Object base, Object property) {
        if (base != null
                || !(property instanceof String name)
                || name.isEmpty()
                || !Character.isLowerCase(name.charAt(0))) {
            return null;
        }
        FacesContext faces = (FacesContext) context.getContext(FacesContext.class);
        if (faces == null || answeredElsewhere.computeIfAbsent(name, n -> isBeanOrBundle(faces, n))) {
            return null; // not resolved: the bean's or the bundle's resolver answers
        }
        ExternalContext external = faces.getExternalContext();
        Object value = external.getRequestMap().get(name);
        if (value == null) {
            UIViewRoot view = faces.getViewRoot();
            Map<String, Object> viewMap = view == null ? null : view.getViewMap(false);
            value = viewMap == null ? null : viewMap.get(name);
        }
        if (value == null && external.getSession(false) != null) {
            value = external.getSessionMap().get(name);
        }
        if (value == null) {
            value = external.getApplicationMap().get(name);
        }
        context.setPropertyResolved(true);
        return value;
    }

    /** Bean names and bundle vars are fixed when the application starts, so the answer is kept per name. */
    private final Map<String, Boolean> answeredElsewhere = new ConcurrentHashMap<>();

    private static boolean isBeanOrBundle(FacesContext faces, String name) {
        BeanManager beans = CDI.current().getBeanManager();
        return !beans.getBeans(name).isEmpty() || faces.getApplication().getResourceBundle(faces, name) != null;
    }

    @Override
    public Class<?> getType(ELContext context, Object base, Object property) {
        return null;
    }

    @Override
    public void setValue(ELContext context, Object base, Object property, Object value) {
        // never resolves a write: Faces' own resolvers set a scoped attribute
    }

    @Override
    public boolean isReadOnly(ELContext context, Object base, Object property) {
        return false;
    }

    @Override
    public Class<?> getCommonPropertyType(ELContext context, Object base) {
        return base == null ? String.class : null;
    }
}

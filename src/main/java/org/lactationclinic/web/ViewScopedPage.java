package org.lactationclinic.web;

import java.io.Serial;
import java.io.Serializable;

/**
 * What every {@code @ViewScoped} backing bean extends, so that a consultant's open page survives the loss of the server
 * serving her (issue 16): her session, with this bean in it, is read back on another server, and there the bean's
 * {@code transient @Inject} service fields are set again ({@link ServiceReferences}).
 *
 * <p>Rule for a subclass: services (EJBs) are {@code transient}; every other instance field holds something
 * serializable (entities, form objects, values). {@code ViewScopedBeansSerializeTest} and {@code FailoverSessionIT}
 * fail the build on a field that breaks it.
 */
public abstract class ViewScopedPage implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    /** Protected, so that serialization calls it for every subclass. */
    @Serial
    protected Object readResolve() {
        return ServiceReferences.reinject(this);
    }
}

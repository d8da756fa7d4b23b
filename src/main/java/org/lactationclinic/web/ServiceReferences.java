package org.lactationclinic.web;

import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.inject.Inject;
import jakarta.inject.Qualifier;
import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.util.Arrays;

/**
 * Finds the application services again for a view-scoped bean that was serialized with its session and read back, on
 * the server that took the session over after another one died (issue 16).
 *
 * <p>The services are {@code @Stateless} EJBs with no-interface views, and the reference Payara injects for those
 * cannot be serialized ({@code NotSerializableException: __EJB31_Generated__DyadService__Intf____Bean__}, the problem
 * of Mojarra issue 2814): one such field made Payara leave the page's whole {@code activeViewMaps} out of the
 * replicated session. So a bean keeps its services in {@code transient} fields, and this class sets every
 * {@code transient} {@code @Inject} field again from the bean manager when the bean is read back
 * ({@link ViewScopedPage#readResolve}). A stateless EJB reference carries no state, so a new one is the same service;
 * the bean's own state (its entities and form) travels in its other fields.
 */
public final class ServiceReferences {

    private ServiceReferences() {}

    /** A reference to the one bean of this type (a service), as {@code @Inject} would give it. */
    public static <T> T lookup(Class<T> type) {
        return type.cast(reference(type));
    }

    /**
     * Sets every {@code transient} field of the instance (and of its superclasses) that is annotated {@code @Inject}.
     */
    public static <T> T reinject(T instance) {
        for (Class<?> type = instance.getClass(); type != null && type != Object.class; type = type.getSuperclass()) {
            for (Field field : type.getDeclaredFields()) {
                if (Modifier.isTransient(field.getModifiers()) && field.isAnnotationPresent(Inject.class)) {
                    set(instance, field, reference(field.getGenericType(), qualifiers(field)));
                }
            }
        }
        return instance;
    }

    private static Object reference(Type type, Annotation... qualifiers) {
        BeanManager beans = CDI.current().getBeanManager();
        Bean<?> bean = beans.resolve(beans.getBeans(type, qualifiers));
        if (bean == null) {
            throw new IllegalStateException("No bean to inject for " + type.getTypeName());
        }
        return beans.getReference(bean, type, beans.createCreationalContext(bean));
    }

    private static Annotation[] qualifiers(Field field) {
        return Arrays.stream(field.getAnnotations())
                .filter(annotation -> annotation.annotationType().isAnnotationPresent(Qualifier.class))
                .toArray(Annotation[]::new);
    }

    private static void set(Object instance, Field field, Object value) {
        try {
            field.setAccessible(true);
            field.set(instance, value);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("Cannot set " + field, e);
        }
    }
}

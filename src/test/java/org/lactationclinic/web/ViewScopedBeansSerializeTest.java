package org.lactationclinic.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.Singleton;
import jakarta.ejb.Stateful;
import jakarta.ejb.Stateless;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.NotSerializableException;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every {@code @ViewScoped} bean can travel with its session to another server (issue 16): it extends
 * {@link ViewScopedPage} (which finds its services again there), holds its EJB services in {@code transient} fields
 * (their references cannot be serialized), and a new instance serializes. FailoverSessionIT serializes the beans of
 * loaded pages, with their entities and forms, in the server.
 */
public class ViewScopedBeansSerializeTest {

    @Test
    void viewScopedBeans_shouldBeFound() throws Exception {
        assertTrue(viewScopedBeans().size() >= 23, "view-scoped beans found: " + viewScopedBeans());
    }

    @Test
    void viewScopedBeans_shouldExtendViewScopedPage() throws Exception {
        List<String> others = viewScopedBeans().stream()
                .filter(bean -> !ViewScopedPage.class.isAssignableFrom(bean))
                .map(Class::getName)
                .toList();
        assertEquals(List.of(), others, "view-scoped beans that do not extend ViewScopedPage");
    }

    @Test
    void injectedServices_shouldBeTransient() throws Exception {
        List<String> kept = new ArrayList<>();
        for (Class<?> bean : viewScopedBeans()) {
            for (Class<?> type = bean; type != Object.class; type = type.getSuperclass()) {
                for (Field field : type.getDeclaredFields()) {
                    if (field.isAnnotationPresent(Inject.class)
                            && isEjb(field.getType())
                            && !Modifier.isTransient(field.getModifiers())) {
                        kept.add(type.getSimpleName() + "." + field.getName());
                    }
                }
            }
        }
        assertEquals(List.of(), kept, "EJB references in non-transient fields (Payara cannot serialize them)");
    }

    @Test
    void newBeans_shouldSerialize() throws Exception {
        List<String> failures = new ArrayList<>();
        for (Class<?> bean : viewScopedBeans()) {
            if (Modifier.isAbstract(bean.getModifiers())) {
                continue;
            }
            Constructor<?> constructor = bean.getDeclaredConstructor();
            constructor.setAccessible(true);
            try (ObjectOutputStream out = new ObjectOutputStream(new ByteArrayOutputStream())) {
                out.writeObject(constructor.newInstance());
            } catch (NotSerializableException e) {
                failures.add(bean.getSimpleName() + ": " + e.getMessage());
            }
        }
        assertEquals(List.of(), failures, "view-scoped beans that do not serialize");
    }

    /**
     * The state a bean holds after its page loaded (entities, records, form objects), checked by declared type: a class
     * of the clinic's own that is not serializable, reached through a field, a collection's element type or a record
     * component. Interfaces and abstract types are left to FailoverSessionIT, which serializes loaded beans.
     */
    @Test
    void fieldsOfViewScopedBeans_shouldHaveSerializableTypes() throws Exception {
        List<String> failures = new ArrayList<>();
        Set<Class<?>> seen = new HashSet<>();
        for (Class<?> bean : viewScopedBeans()) {
            checkFields(bean, bean.getSimpleName(), seen, failures);
        }
        assertEquals(List.of(), failures, "non-serializable types in view-scoped beans' state");
    }

    @Test
    void nonSerializableRecord_inAField_shouldBeFound() {
        List<String> failures = new ArrayList<>();
        checkFields(WithRecord.class, "WithRecord", new HashSet<>(), failures);
        assertEquals(
                List.of("WithRecord.rows: java.util.List<" + Row.class.getName() + ">: " + Row.class.getName()),
                failures);
    }

    record Row(String text) {}

    static class WithRecord implements Serializable {
        private List<Row> rows;
    }

    private static void checkFields(Class<?> type, String path, Set<Class<?>> seen, List<String> failures) {
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            if (!seen.add(c)) {
                return;
            }
            if (c.getGenericSuperclass() instanceof ParameterizedType superclass) {
                // e.g. the rows a LazyDataModel<AuditEvent> keeps of the page it loaded
                for (Type argument : superclass.getActualTypeArguments()) {
                    checkType(argument, path + " (" + superclass.getTypeName() + ")", seen, failures);
                }
            }
            for (Field field : c.getDeclaredFields()) {
                int modifiers = field.getModifiers();
                if (!Modifier.isStatic(modifiers) && !Modifier.isTransient(modifiers)) {
                    checkType(
                            field.getGenericType(),
                            path + "." + field.getName() + ": "
                                    + field.getGenericType().getTypeName(),
                            seen,
                            failures);
                }
            }
        }
    }

    private static void checkType(Type type, String path, Set<Class<?>> seen, List<String> failures) {
        if (type instanceof ParameterizedType parameterized) {
            checkType(parameterized.getRawType(), path, seen, failures);
            for (Type argument : parameterized.getActualTypeArguments()) {
                checkType(argument, path, seen, failures);
            }
        } else if (type instanceof GenericArrayType array) {
            checkType(array.getGenericComponentType(), path, seen, failures);
        } else if (type instanceof Class<?> c) {
            if (c.isArray()) {
                checkType(c.getComponentType(), path, seen, failures);
            } else if (c.isPrimitive()
                    || c.isEnum()
                    || c.isInterface()
                    || Modifier.isAbstract(c.getModifiers())
                    || c == Object.class) {
                return;
            } else if (!Serializable.class.isAssignableFrom(c)) {
                failures.add(path + ": " + c.getName());
            } else if (c.getName().startsWith("org.lactationclinic.")) {
                checkFields(c, path, seen, failures);
            }
        }
    }

    @Test
    void ejbReference_inANonTransientField_shouldBeFound() throws Exception {
        // The check above can fail: a field like the one every bean had before issue 16.
        Field field = WithService.class.getDeclaredField("service");
        assertTrue(field.isAnnotationPresent(Inject.class)
                && isEjb(field.getType())
                && !Modifier.isTransient(field.getModifiers()));
    }

    @Stateless
    static class AService {}

    static class WithService {
        @Inject
        private AService service;
    }

    private static boolean isEjb(Class<?> type) {
        return type.isAnnotationPresent(Stateless.class)
                || type.isAnnotationPresent(Singleton.class)
                || type.isAnnotationPresent(Stateful.class);
    }

    /** The classes under target/classes annotated {@code @ViewScoped}. */
    public static List<Class<?>> viewScopedBeans() throws IOException, URISyntaxException, ClassNotFoundException {
        Path root = Path.of(ViewScopedPage.class
                .getProtectionDomain()
                .getCodeSource()
                .getLocation()
                .toURI());
        List<Class<?>> beans = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root.resolve("org/lactationclinic"))) {
            for (Path file : files.filter(path -> path.toString().endsWith(".class"))
                    .sorted()
                    .toList()) {
                String name = root.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                Class<?> type = Class.forName(name, false, ViewScopedBeansSerializeTest.class.getClassLoader());
                if (type.isAnnotationPresent(ViewScoped.class)) {
                    beans.add(type);
                }
            }
        }
        return beans;
    }
}

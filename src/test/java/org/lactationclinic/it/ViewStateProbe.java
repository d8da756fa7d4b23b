package org.lactationclinic.it;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.lactationclinic.web.ViewScopedPage;

/**
 * Test-only servlet (added to the WAR by FailoverSessionIT): does to the calling session's view-scoped beans what a
 * server taking over a session after a crash does. It serializes Mojarra's {@code activeViewMaps} with an
 * {@link ObjectOutputStream}, reads the bytes back, and answers one line per bean read back, naming any {@code @Inject}
 * field left empty; with {@code replace=true} it puts the copy into the session in place of the original, so that the
 * page's next request runs on beans that were serialized. Answers 500 with the exception when the maps do not
 * serialize. The first line gives the sizes and times (the cost of replicating a session).
 */
@WebServlet("/it/view-state")
public class ViewStateProbe extends HttpServlet {

    static final String ACTIVE_VIEW_MAPS = "com.sun.faces.application.view.activeViewMaps";

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("text/plain;charset=UTF-8");
        HttpSession session = request.getSession(false);
        if (session == null || session.getAttribute(ACTIVE_VIEW_MAPS) == null) {
            response.sendError(404, "no session with view-scoped beans");
            return;
        }
        try {
            Object maps = session.getAttribute(ACTIVE_VIEW_MAPS);
            List<String> failures = new ArrayList<>();
            for (Object viewMap : ((Map<?, ?>) maps).values()) {
                for (Object value : ((Map<?, ?>) viewMap).values()) {
                    try {
                        serialize(value);
                    } catch (IOException | RuntimeException e) {
                        failures.add(value.getClass().getName() + ": " + e);
                    }
                }
            }
            if (!failures.isEmpty()) {
                response.setStatus(500);
                response.getWriter().print(String.join("\n", failures));
                return;
            }
            long started = System.nanoTime();
            byte[] bytes = serialize(maps);
            long serialized = System.nanoTime();
            Object copy;
            try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes))) {
                copy = in.readObject();
            }
            long read = System.nanoTime();
            int sessionBytes = 0;
            for (String name : Collections.list(session.getAttributeNames())) {
                sessionBytes += serialize(session.getAttribute(name)).length;
            }
            long wholeSession = System.nanoTime();
            List<String> lines = new ArrayList<>();
            lines.add("viewMapsBytes=" + bytes.length + " serializeMicros=" + (serialized - started) / 1000
                    + " deserializeMicros=" + (read - serialized) / 1000 + " sessionBytes=" + sessionBytes
                    + " sessionSerializeMicros=" + (wholeSession - read) / 1000);
            for (Object viewMap : ((Map<?, ?>) copy).values()) {
                for (Object value : ((Map<?, ?>) viewMap).values()) {
                    if (value instanceof ViewScopedPage bean) {
                        lines.add(bean.getClass().getName() + " " + emptyInjections(bean));
                    }
                }
            }
            if ("true".equals(request.getParameter("replace"))) {
                session.setAttribute(ACTIVE_VIEW_MAPS, copy);
            }
            response.getWriter().print(String.join("\n", lines));
        } catch (Exception e) {
            response.setStatus(500);
            e.printStackTrace(response.getWriter());
        }
    }

    private static byte[] serialize(Object value) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(value);
        }
        return bytes.toByteArray();
    }

    /** "ok", or the names of the bean's {@code @Inject} fields that are empty after reading it back. */
    private static String emptyInjections(Object bean) throws IllegalAccessException {
        List<String> empty = new ArrayList<>();
        for (Class<?> type = bean.getClass(); type != Object.class; type = type.getSuperclass()) {
            for (Field field : type.getDeclaredFields()) {
                if (field.isAnnotationPresent(Inject.class) && !Modifier.isStatic(field.getModifiers())) {
                    field.setAccessible(true);
                    if (field.get(bean) == null) {
                        empty.add(field.getName());
                    }
                }
            }
        }
        return empty.isEmpty() ? "ok" : "empty " + empty;
    }
}

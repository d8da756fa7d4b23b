package org.lactationclinic.web;

import jakarta.faces.application.ProjectStage;
import jakarta.faces.application.Resource;
import jakarta.faces.application.ResourceHandler;
import jakarta.faces.application.ResourceHandlerWrapper;
import jakarta.faces.application.ViewResource;
import jakarta.faces.context.FacesContext;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Remembers where each page file, style sheet and script was found, so that a page does not look for them again on
 * every request.
 *
 * <p>Why (issue 12, docs/performance.md): Mojarra looks up every resource afresh: each template and include a page is
 * built from, and each style sheet and script it links, a few dozen per page. Every lookup first asks the application's
 * message bundle for {@code jakarta.faces.resource.localePrefix}; the clinic's bundle has no such key (no resource is
 * localised), so each lookup throws and catches a {@code MissingResourceException}, with a stack trace filled in
 * 100-200 frames deep: 30-50 exceptions per page view. Defining the key does not help: Mojarra then looks under the
 * prefix first, finds nothing, and its own cache, keyed by the prefix, never answers again. The exceptions' cost is
 * spent inside the JVM, where a Java sampling profiler does not see it.
 *
 * <p>What is kept: a found page file (its URL) by path, and a found style sheet or script by library and name, only in
 * the Production stage (files do not change under a running server there) and never an absence, so the maps hold at
 * most the WAR's and its libraries' own files. A request for the resource itself (its bytes, with its caching headers)
 * always goes to Faces: a {@link Resource} keeps per-request response headers and must not be shared by two such
 * requests. Pages use a shared one only for its URL ({@link Resource#getRequestPath()}), which depends on nothing but
 * the resource and the request's context path, the same for every request of this application.
 */
public class ResolvedResources extends ResourceHandlerWrapper {

    private final Map<String, ViewResource> pageFiles = new ConcurrentHashMap<>();
    private final Map<Key, Resource> linked = new ConcurrentHashMap<>();

    private record Key(String library, String name, String contentType) {}

    public ResolvedResources(ResourceHandler wrapped) {
        super(wrapped);
    }

    @Override
    public ViewResource createViewResource(FacesContext context, String path) {
        if (!remembers(context)) {
            return super.createViewResource(context, path);
        }
        ViewResource found = pageFiles.get(path);
        if (found == null) {
            found = super.createViewResource(context, path);
            if (found != null) {
                pageFiles.put(path, found);
            }
        }
        return found;
    }

    @Override
    public Resource createResource(String resourceName) {
        return linked(new Key(null, resourceName, null), () -> super.createResource(resourceName));
    }

    @Override
    public Resource createResource(String resourceName, String libraryName) {
        return linked(new Key(libraryName, resourceName, null), () -> super.createResource(resourceName, libraryName));
    }

    @Override
    public Resource createResource(String resourceName, String libraryName, String contentType) {
        return linked(
                new Key(libraryName, resourceName, contentType),
                () -> super.createResource(resourceName, libraryName, contentType));
    }

    /** Each overload asks the next handler with its own arity: a handler may override only one of them. */
    private Resource linked(Key key, Supplier<Resource> lookup) {
        FacesContext context = currentContext();
        if (key.name() == null || !remembers(context) || isResourceRequest(context)) {
            return lookup.get();
        }
        Resource found = linked.get(key);
        if (found == null) {
            found = lookup.get();
            if (found != null) {
                linked.put(key, found);
            }
        }
        return found;
    }

    /** The request's Faces context (a resource is asked for by name alone). */
    FacesContext currentContext() {
        return FacesContext.getCurrentInstance();
    }

    /** Whether this request's lookups are remembered: in the Production stage only. */
    boolean remembers(FacesContext context) {
        return context != null && Objects.equals(context.getApplication().getProjectStage(), ProjectStage.Production);
    }
}

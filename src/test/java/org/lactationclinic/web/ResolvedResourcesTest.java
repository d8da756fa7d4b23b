package org.lactationclinic.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import jakarta.faces.application.Resource;
import jakarta.faces.application.ResourceHandler;
import jakarta.faces.application.ViewResource;
import jakarta.faces.context.FacesContext;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ResolvedResourcesTest {

    /** The next handler of the chain: counts what it is asked, finds everything but "missing.js". */
    private static final class Lookups extends ResourceHandler {
        final List<String> asked = new ArrayList<>();
        boolean resourceRequest;

        @Override
        public ViewResource createViewResource(FacesContext context, String path) {
            asked.add("page " + path);
            return path.contains("missing")
                    ? null
                    : new ViewResource() {
                        @Override
                        public URL getURL() {
                            return null;
                        }
                    };
        }

        @Override
        public Resource createResource(String name) {
            asked.add("1 " + name);
            return found(name);
        }

        @Override
        public Resource createResource(String name, String library) {
            asked.add("2 " + library + "/" + name);
            return found(name);
        }

        @Override
        public Resource createResource(String name, String library, String contentType) {
            asked.add("3 " + library + "/" + name + " " + contentType);
            return found(name);
        }

        private static Resource found(String name) {
            return name.contains("missing")
                    ? null
                    : new Resource() {
                        @Override
                        public InputStream getInputStream() {
                            return null;
                        }

                        @Override
                        public Map<String, String> getResponseHeaders() {
                            return Map.of();
                        }

                        @Override
                        public String getRequestPath() {
                            return "/jakarta.faces.resource/" + name;
                        }

                        @Override
                        public URL getURL() {
                            return null;
                        }

                        @Override
                        public boolean userAgentNeedsUpdate(FacesContext context) {
                            return true;
                        }
                    };
        }

        @Override
        public boolean libraryExists(String library) {
            return true;
        }

        @Override
        public void handleResourceRequest(FacesContext context) {}

        @Override
        public boolean isResourceRequest(FacesContext context) {
            return resourceRequest;
        }

        @Override
        public String getRendererTypeForResourceName(String name) {
            return null;
        }
    }

    private final Lookups next = new Lookups();

    private ResolvedResources inStage(boolean production) {
        return new ResolvedResources(next) {
            @Override
            FacesContext currentContext() {
                return null; // no Faces implementation in a unit test
            }

            @Override
            boolean remembers(FacesContext context) {
                return production;
            }
        };
    }

    @Test
    void aPageFile_shouldBeLookedUpOnce() {
        ResolvedResources resources = inStage(true);

        ViewResource first = resources.createViewResource(null, "/WEB-INF/templates/layout.xhtml");
        ViewResource again = resources.createViewResource(null, "/WEB-INF/templates/layout.xhtml");

        assertSame(first, again);
        assertEquals(List.of("page /WEB-INF/templates/layout.xhtml"), next.asked);
    }

    @Test
    void aScript_shouldBeLookedUpOnce_throughTheOverloadThePageUsed() {
        ResolvedResources resources = inStage(true);

        Resource first = resources.createResource("core.js", "primefaces");
        Resource again = resources.createResource("core.js", "primefaces");
        resources.createResource("css/clinic.css");
        resources.createResource("css/clinic.css");
        resources.createResource("core.js", "primefaces", "text/javascript");

        assertSame(first, again);
        assertEquals(
                List.of("2 primefaces/core.js", "1 css/clinic.css", "3 primefaces/core.js text/javascript"),
                next.asked);
    }

    @Test
    void somethingNotFound_shouldBeAskedForAgain_andNeverRemembered() {
        ResolvedResources resources = inStage(true);

        assertNull(resources.createResource("missing.js", "js"));
        assertNull(resources.createResource("missing.js", "js"));
        assertNull(resources.createViewResource(null, "/missing.xhtml"));
        assertNull(resources.createViewResource(null, "/missing.xhtml"));

        assertEquals(4, next.asked.size());
    }

    @Test
    void aRequestForTheResourceItself_shouldAlwaysGetItsOwn() {
        ResolvedResources resources = inStage(true);
        next.resourceRequest = true;

        Resource first = resources.createResource("core.js", "primefaces");
        Resource again = resources.createResource("core.js", "primefaces");

        assertEquals(2, next.asked.size());
        assertEquals(first.getRequestPath(), again.getRequestPath());
    }

    @Test
    void outsideProduction_everyLookupShouldGoToFaces() {
        ResolvedResources resources = inStage(false);

        resources.createResource("core.js", "primefaces");
        resources.createResource("core.js", "primefaces");
        resources.createViewResource(null, "/dyad/search.xhtml");
        resources.createViewResource(null, "/dyad/search.xhtml");

        assertEquals(4, next.asked.size());
    }
}

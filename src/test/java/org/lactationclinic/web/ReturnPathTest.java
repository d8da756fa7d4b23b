package org.lactationclinic.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ReturnPathTest {

    @ParameterizedTest
    @ValueSource(
            strings = {"/index.xhtml", "/consultation/edit.xhtml?id=5b1c&infant=2", "/dyad/overview.xhtml?id=a%20b"})
    void checked_shouldKeepAPathInsideTheApplication(String path) {
        assertEquals(Optional.of(path), ReturnPath.checked(path));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "index.xhtml",
                "//evil.example/x",
                "/\\evil.example",
                "https://evil.example/",
                "/a/../../etc",
                "/x\r\nSet-Cookie: a=b",
                "/x\u0000",
                "/login.xhtml?continue=/x",
                "/logout",
                "/jakarta.faces.resource/jsf.js.xhtml",
                "/resources/images/logo.svg"
            })
    void checked_shouldDropAnythingElse(String path) {
        assertEquals(Optional.empty(), ReturnPath.checked(path));
    }

    @Test
    void checked_shouldDropNullAndOverlongPaths() {
        assertEquals(Optional.empty(), ReturnPath.checked(null));
        assertEquals(Optional.empty(), ReturnPath.checked("/" + "a".repeat(2_000)));
        assertEquals(Optional.of("/" + "a".repeat(1_999)), ReturnPath.checked("/" + "a".repeat(1_999)));
    }

    @Test
    void fromReferer_shouldTakeThePathAndQueryInsideTheContext() {
        assertEquals(
                Optional.of("/consultation/edit.xhtml?id=7"),
                ReturnPath.fromReferer("http://clinic.example:8080/app/consultation/edit.xhtml?id=7", "/app"));
        assertEquals(
                Optional.of("/dyad/search.xhtml"),
                ReturnPath.fromReferer("http://localhost:8080/dyad/search.xhtml", ""));
    }

    @Test
    void fromReferer_shouldDropPagesOutsideTheContextAndBrokenAddresses() {
        assertEquals(Optional.empty(), ReturnPath.fromReferer("http://localhost/other/page.xhtml", "/app"));
        assertEquals(Optional.empty(), ReturnPath.fromReferer("http://localhost/app", "/app"));
        assertEquals(Optional.empty(), ReturnPath.fromReferer("not a uri with spaces", ""));
        assertEquals(Optional.empty(), ReturnPath.fromReferer(null, ""));
    }
}

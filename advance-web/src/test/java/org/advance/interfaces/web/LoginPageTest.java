package org.advance.interfaces.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LoginPageTest {

    private static final String HOME = "/advance/worker/employers.xhtml";

    @Test
    void goesBackToThePageAskedForWithItsQuery() {
        assertEquals("/advance/worker/detail.xhtml?id=42",
                LoginPage.safeTarget("/advance/worker/detail.xhtml?id=42", "/advance", HOME));
    }

    @Test
    void neverLeavesTheApplication() {
        assertEquals(HOME, LoginPage.safeTarget("https://evil.example/advance/", "/advance", HOME));
        assertEquals(HOME, LoginPage.safeTarget("//evil.example/x", "/advance", HOME));
        assertEquals(HOME, LoginPage.safeTarget("/other/app", "/advance", HOME));
        assertEquals(HOME, LoginPage.safeTarget("/advance/\\evil", "/advance", HOME));
        assertEquals(HOME, LoginPage.safeTarget(null, "/advance", HOME));
    }

    @Test
    void neverGoesToAResourceOrTheApi() {
        assertEquals(HOME, LoginPage.safeTarget("/advance/api/requests", "/advance", HOME));
        assertEquals(HOME, LoginPage.safeTarget("/advance/jakarta.faces.resource/x.js", "/advance", HOME));
    }
}

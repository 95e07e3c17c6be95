package org.advance.interfaces.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Proxy;
import org.junit.jupiter.api.Test;

class WebHygieneTest {

    /** A request to http://evil.example/advance/worker/requests.xhtml: the Host a client may forge. */
    private static HttpServletRequest request() {
        return (HttpServletRequest) Proxy.newProxyInstance(WebHygieneTest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getRequestURI" -> "/advance/worker/requests.xhtml";
                    case "getServerName" -> "evil.example";
                    default -> null;
                });
    }

    @Test
    void redirectsBecomePathsWithoutTheClientsHost() {
        assertEquals("/advance/login.xhtml", WebHygiene.asPath("/advance/login.xhtml", request()));
        assertEquals("/advance/worker/employers.xhtml", WebHygiene.asPath("employers.xhtml", request()));
        assertEquals("/advance/worker/detail.xhtml?id=5",
                WebHygiene.asPath("http://evil.example/advance/worker/detail.xhtml?id=5", request()));
        assertEquals("/advance/login.xhtml", WebHygiene.asPath("http://EVIL.example:8080/advance/login.xhtml", request()));
    }

    @Test
    void aContentTypeIsReadableOrRefusedBeforeJaxRs() {
        org.junit.jupiter.api.Assertions.assertTrue(WebHygiene.isMediaType("application/json"));
        org.junit.jupiter.api.Assertions.assertTrue(WebHygiene.isMediaType("application/json; charset=UTF-8"));
        org.junit.jupiter.api.Assertions.assertTrue(WebHygiene.isMediaType("text/plain;charset=\"utf-8\""));
        org.junit.jupiter.api.Assertions.assertFalse(WebHygiene.isMediaType("!!!/???"));
        org.junit.jupiter.api.Assertions.assertFalse(WebHygiene.isMediaType("json"));
        org.junit.jupiter.api.Assertions.assertFalse(WebHygiene.isMediaType("application/json; charset"));
    }
}

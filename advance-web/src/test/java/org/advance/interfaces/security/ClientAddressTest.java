package org.advance.interfaces.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Proxy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Whose address the sign-in throttle counts: the proxy's view only when the server is told it is behind one. */
class ClientAddressTest {

    private static HttpServletRequest request(String remote, String forwarded) {
        return (HttpServletRequest) Proxy.newProxyInstance(ClientAddressTest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getRemoteAddr" -> remote;
                    case "getHeader" -> "X-Forwarded-For".equals(args[0]) ? forwarded : null;
                    default -> null;
                });
    }

    @AfterEach
    void reset() {
        System.clearProperty("advance.behindProxy");
    }

    @Test
    void aClaimedAddressIsIgnoredUnlessBehindAProxy() {
        assertEquals("198.51.100.4", AdvanceAuthenticationMechanism.clientAddress(request("198.51.100.4", "203.0.113.9")));
    }

    @Test
    void behindTheProxyTheAddressItSawCountsNotWhatTheClientClaimed() {
        System.setProperty("advance.behindProxy", "true");
        assertEquals("203.0.113.9", AdvanceAuthenticationMechanism.clientAddress(request("10.0.0.2", "1.2.3.4, 203.0.113.9")));
        assertEquals("10.0.0.2", AdvanceAuthenticationMechanism.clientAddress(request("10.0.0.2", null)));
    }
}

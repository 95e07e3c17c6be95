package org.advance.interfaces.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class BasicCredentialTest {

    private static String basic(String s) {
        return "Basic " + Base64.getEncoder().encodeToString(s.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void readsLoginAndPasswordWithColonsAndAccentsInThePassword() {
        UsernamePasswordCredential c = AdvanceAuthenticationMechanism.basicCredential(basic("marie.durand:dé:mo"));
        assertEquals("marie.durand", c.getCaller());
        assertEquals("dé:mo", c.getPasswordAsString());
    }

    @Test
    void ignoresMissingOrMalformedHeaders() {
        assertNull(AdvanceAuthenticationMechanism.basicCredential(null));
        assertNull(AdvanceAuthenticationMechanism.basicCredential("Bearer abc"));
        assertNull(AdvanceAuthenticationMechanism.basicCredential("Basic !!!not-base64"));
        assertNull(AdvanceAuthenticationMechanism.basicCredential(basic("no-colon")));
        assertNull(AdvanceAuthenticationMechanism.basicCredential(basic(":password-without-login")));
    }

    @Test
    void readsABearerTokenAndLeavesOtherSchemesToBasic() {
        assertEquals("abc-DEF_123", AdvanceAuthenticationMechanism.bearerCredential("Bearer  abc-DEF_123 ").token());
        assertEquals("t", AdvanceAuthenticationMechanism.bearerCredential("bearer t").token());
        assertNull(AdvanceAuthenticationMechanism.bearerCredential(null));
        assertNull(AdvanceAuthenticationMechanism.bearerCredential(basic("marie.durand:demo")));
    }
}

package org.advance.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.advance.domain.model.SessionTokens;
import org.junit.jupiter.api.Test;

class SessionTokensTest {

    @Test
    void tokensAreWellFormedAndNeverRepeat() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            String token = SessionTokens.newToken();
            assertTrue(SessionTokens.wellFormed(token), token);
            assertTrue(seen.add(token), "a token was drawn twice");
        }
    }

    @Test
    void theStoredHashIsStableAndDiffersFromTheToken() {
        String token = SessionTokens.newToken();
        String hash = SessionTokens.hash(token);
        assertEquals(64, hash.length());
        assertTrue(hash.matches("[0-9a-f]{64}"), hash);
        assertEquals(hash, SessionTokens.hash(token));
        assertNotEquals(hash, SessionTokens.hash(SessionTokens.newToken()));
        // The SHA-256 of "abc", a published test vector: the stored form is plain SHA-256 hex.
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", SessionTokens.hash("abc"));
    }

    @Test
    void malformedTokensAreRecognisedWithoutLookup() {
        assertFalse(SessionTokens.wellFormed(null));
        assertFalse(SessionTokens.wellFormed(""));
        assertFalse(SessionTokens.wellFormed("short"));
        assertFalse(SessionTokens.wellFormed(SessionTokens.newToken() + "x"));
        assertFalse(SessionTokens.wellFormed("<script>alert(1)</script>aaaaaaaaaaaaaaaaaaaaaaaaaaa"));
    }
}

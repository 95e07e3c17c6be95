package org.advance.infrastructure.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The statement files the application and the scripts share read as the application expects. */
class StatementsTest {

    @Test
    void theTallyRebuildEmptiesTheTallyThenCountsTheAnsweredRequests() {
        assertEquals(2, Statements.TALLY_REBUILD.size(), Statements.TALLY_REBUILD.toString());
        assertEquals("DELETE FROM request_tally", Statements.TALLY_REBUILD.get(0));
        assertTrue(Statements.TALLY_REBUILD.get(1).startsWith("INSERT INTO request_tally (agency_id, status, n) SELECT"));
    }

    @Test
    void theDigestCountIsOneStatementOverARangeOfStaffIds() {
        String count = Statements.DIGEST_COUNT;
        assertTrue(count.startsWith("SELECT u.id, a.id, a.name, COUNT(r.id) FROM app_user u"), count);
        assertTrue(count.contains("u.id BETWEEN ?1 AND ?2"), count);
        assertTrue(!count.contains("--") && !count.contains(";"), count);
    }
}

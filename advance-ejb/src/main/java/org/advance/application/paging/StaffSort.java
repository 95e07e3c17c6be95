package org.advance.application.paging;

/** The columns of the staff tables ("Demandes à traiter", "Historique des demandes"). */
public enum StaffSort implements SortKey {
    DATE,
    WORKER,
    AGENCY,
    AMOUNT,
    STATUS,
    GRANTED,
    DECIDED_AT,
    DECIDED_BY,
    /** The reference number: what a decision column sorts waiting requests by, since they have none. */
    ID;

    @Override
    public boolean nullable() {
        return this == GRANTED || this == DECIDED_AT || this == DECIDED_BY;
    }
}

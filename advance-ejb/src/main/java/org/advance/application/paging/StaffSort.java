package org.advance.application.paging;

/** The columns of the staff tables ("Demandes à traiter", "Historique des demandes"). */
public enum StaffSort implements SortKey {
    DATE("r.createdAt"),
    WORKER("r.workerName"),
    AGENCY("r.agencyName"),
    AMOUNT("r.askedAmount"),
    STATUS("r.status"),
    GRANTED("r.grantedAmount"),
    DECIDED_AT("r.decidedAt"),
    DECIDED_BY("r.decidedByName"),
    /** The reference number: what a decision column sorts waiting requests by, since they have none. */
    ID("r.id");

    private final String path;

    StaffSort(String path) {
        this.path = path;
    }

    @Override
    public String path() {
        return path;
    }

    @Override
    public boolean nullable() {
        return this == GRANTED || this == DECIDED_AT || this == DECIDED_BY;
    }
}

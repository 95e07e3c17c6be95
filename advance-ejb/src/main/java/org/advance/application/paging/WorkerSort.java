package org.advance.application.paging;

/** The columns of "Voir mes demandes" a worker may sort by. */
public enum WorkerSort implements SortKey {
    DATE("r.createdAt"),
    AMOUNT("r.askedAmount"),
    AGENCY("r.agencyName");

    private final String path;

    WorkerSort(String path) {
        this.path = path;
    }

    @Override
    public String path() {
        return path;
    }
}

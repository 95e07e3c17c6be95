package org.advance.application.paging;

/** The columns of "Voir mes demandes" a worker may sort by. */
public enum WorkerSort implements SortKey {
    DATE,
    AMOUNT,
    AGENCY
}

package org.advance.domain.model;

/** Prefilled reasons are offered per employer, one list for accepting and one for refusing. */
public enum ReasonKind {
    ACCEPT,
    REFUSE
}

package org.advance.domain.model;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.Set;

/**
 * Where an advance request stands. A request is born {@link #SENT}; staff move it to
 * {@link #ACCEPTED} or {@link #REFUSED}, the worker may move it to {@link #CANCELLED}. The three
 * answers are final: nothing moves a request out of them.
 */
public enum RequestStatus {
    /** "Envoyée": waiting for an answer; the only state the worker may cancel. */
    SENT,
    /** "Acceptée": a granted amount is set (partial when lower than asked). */
    ACCEPTED,
    /** "Refusée". */
    REFUSED,
    /** "Annulée" by the worker before any answer. */
    CANCELLED;

    public boolean isFinal() {
        return this != SENT;
    }

    public Set<RequestStatus> allowedNext() {
        return this == SENT ? EnumSet.of(ACCEPTED, REFUSED, CANCELLED) : EnumSet.noneOf(RequestStatus.class);
    }

    public boolean canMoveTo(RequestStatus target) {
        return allowedNext().contains(target);
    }

    /** Key of the label in the message bundle ("status.SENT" is "Envoyée" in French). */
    public String labelKey() {
        return "status." + name();
    }

    /** Accepted below what was asked: the one rule behind "Acceptée partiellement" everywhere. */
    public boolean isPartial(BigDecimal askedAmount, BigDecimal grantedAmount) {
        return this == ACCEPTED && grantedAmount != null && grantedAmount.compareTo(askedAmount) < 0;
    }

    /** Key of the label of a request in this status: "status.partial" for a partial acceptance. */
    public String labelKey(BigDecimal askedAmount, BigDecimal grantedAmount) {
        return isPartial(askedAmount, grantedAmount) ? "status.partial" : labelKey();
    }

    /** Whether a message argument is a status's name (then shown by its label). */
    public static boolean isName(String text) {
        for (RequestStatus status : values()) {
            if (status.name().equals(text)) {
                return true;
            }
        }
        return false;
    }
}

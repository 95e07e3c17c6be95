package org.advance.domain;

/**
 * Every refusal the service can give. Each code has a message under {@code error.CODE} in the
 * bundle {@code org.advance.i18n.messages}, in French and English, so that pages, the HTTP API and
 * tests speak of the same thing.
 */
public enum ErrorCode {
    AMOUNT_REQUIRED,
    AMOUNT_AND_MAXIMUM,
    AMOUNT_NOT_POSITIVE,
    AMOUNT_TOO_PRECISE,
    AMOUNT_TOO_LARGE,
    AMOUNT_ABOVE_MAXIMUM,
    AMOUNT_ABOVE_ASKED,
    MAXIMUM_IS_ZERO,
    TEXT_TOO_LONG,
    TEXT_INVALID_CHARACTERS,
    NOT_FOUND,
    NOT_ALLOWED,
    OPEN_REQUEST_EXISTS,
    ALREADY_DECIDED,
    REQUEST_CLOSED,
    IDEMPOTENCY_KEY_INVALID,
    DATE_RANGE_INVALID;

    public String messageKey() {
        return "error." + name();
    }
}

package org.advance.interfaces.http;

import jakarta.json.bind.annotation.JsonbNillable;

/**
 * What the API answers on a refusal: a stable code for the app, the field it is about (or null),
 * and a sentence for the user in his language. Always the three keys, "field" null when none.
 */
@JsonbNillable
public record ApiError(String code, String field, String message) {}

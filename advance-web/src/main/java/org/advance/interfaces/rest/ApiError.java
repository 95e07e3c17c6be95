package org.advance.interfaces.rest;

/**
 * What the API answers on a refusal: a stable code for the app, the field it is about (or null),
 * and a sentence for the user in his language.
 */
public record ApiError(String code, String field, String message) {}

/**
 * The HTTP API under {@code /advance/api/} that the mobile app and scripts use: the same
 * operations as the pages, in JSON, calling the same application services with the same
 * {@code Caller} (resources per actor, sessions, the administrator's operations). Bodies and query
 * parameters are parsed here, so that malformed input gets the same localized JSON error on every
 * server; a table's page comes with its total ({@code TablePage}, {@code PageFetcher}). Signing in
 * (HTTP Basic or a session's bearer token) is {@code interfaces.security}'s.
 */
package org.advance.interfaces.rest;

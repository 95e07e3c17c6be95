/**
 * The HTTP API under {@code /advance/api/} that the mobile app uses: the same operations as the
 * pages, in JSON, calling the same services with the same {@code Caller}. Authentication (HTTP
 * Basic) is the application's one authentication mechanism; every access is checked by the
 * services. Bodies and query parameters are parsed here, so that malformed input gets the same
 * localized JSON error on every server.
 */
package org.advance.interfaces.rest;

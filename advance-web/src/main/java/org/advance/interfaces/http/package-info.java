/**
 * What the pages and the HTTP API share at the HTTP level, before or around Faces and JAX-RS: the
 * hygiene filter (the headers every answer gets, redirects without the client's {@code Host}, no
 * session id in URLs), the container's error pages, and the API's error answer ({@code ApiErrors},
 * {@code ApiError}), written the same wherever it is made.
 */
package org.advance.interfaces.http;

package org.advance.domain;

/**
 * The public address of the application (server setting {@code advance.baseUrl}): what the links of
 * the mails point to, and the origin a cross-site check of the HTTP API accepts.
 */
public final class PublicAddress {

    private PublicAddress() {}

    /** Without a trailing slash. */
    public static String baseUrl() {
        String url = System.getProperty("advance.baseUrl", "http://127.0.0.1:8080/advance");
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}

package org.advance.interfaces.rest;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;

/**
 * Adds {@code Server-Timing: app;dur=MS} to every API answer: the time from the call reaching the
 * API (after authentication) to its answer, i.e. the services and the database. The benchmarks
 * read it to compare table operations on a full and an empty database without the network and
 * password hashing in the way.
 */
@Provider
public class ServerTiming implements ContainerRequestFilter, ContainerResponseFilter {

    private static final String START = ServerTiming.class.getName();

    @Override
    public void filter(ContainerRequestContext request) {
        request.setProperty(START, System.nanoTime());
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (request.getProperty(START) instanceof Long start) {
            double ms = (System.nanoTime() - start) / 1_000_000.0;
            response.getHeaders().add("Server-Timing", String.format(Locale.ROOT, "app;dur=%.2f", ms));
        }
    }
}

/**
 * JPA entities, each with the named queries that read it (parsed when the persistence unit
 * deploys; run by the repositories of {@code infrastructure.persistence}). AdvanceRequest holds
 * the status machine: every change goes through one of its methods, which also writes the history.
 * Also the enums the entities store and {@code SessionTokens}, the format of an API session's token
 * and of the hash under which {@code ApiSession} keeps it.
 */
package org.advance.domain.model;

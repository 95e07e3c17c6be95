/**
 * The database: the repositories that implement the application's ports ({@code JpaRequestRows},
 * the one query behind every request table; {@code JpaRequests}, {@code JpaAssignments},
 * {@code JpaAgencies} over the entities' named queries; {@code RequestTallies}), the statements
 * shared with the scripts ({@code Statements}, files of {@code db/statements}), the Flyway
 * migrations run at deployment ({@code SchemaMigration}) and the demo data.
 */
package org.advance.infrastructure.persistence;

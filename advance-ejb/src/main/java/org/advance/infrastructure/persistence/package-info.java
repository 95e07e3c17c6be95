/** Database plumbing: Flyway migrations at deployment, the one table query mechanism (RequestRowQuery), demo data. */
package org.advance.infrastructure.persistence;

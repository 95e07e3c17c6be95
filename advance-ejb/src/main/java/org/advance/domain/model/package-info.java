/** JPA entities. AdvanceRequest holds the status machine: every change goes through one of its methods, which also writes the history. */
package org.advance.domain.model;

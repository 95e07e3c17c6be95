/** Thin @Stateless services, one per actor (WorkerService, StaffService, AccountService): each is a transaction boundary that checks the caller's rights (AccessGuard) and turns entities into DTOs. */
package org.advance.application;

/**
 * The application: thin {@code @Stateless} services, each a transaction boundary that checks the
 * caller's rights ({@link org.advance.application.AccessGuard}) before it acts, one per actor
 * ({@code WorkerService}, {@code StaffService}, {@code OperationsService} for the administrator,
 * {@code AccountService} and {@code SignInThrottle} for the security layer); who calls
 * ({@code Caller}, and {@code VerifiedCaller} with his groups); the helpers the services share
 * ({@code RequestViews} turns requests into DTOs, {@code Maximums} feeds the maximum-amount rule).
 * It depends only on {@code domain} and on the ports it owns ({@code application.port}).
 */
package org.advance.application;

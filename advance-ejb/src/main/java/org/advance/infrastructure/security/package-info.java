/**
 * Passwords: {@code VerifiedPasswords}, the application's {@code PasswordCheck}, hashes and checks
 * them with Jakarta Security's {@code Pbkdf2PasswordHash} (the server's implementation, the same
 * format on every server), and remembers for a while that a password matched so that HTTP Basic
 * does not pay PBKDF2 on every call.
 */
package org.advance.infrastructure.security;

/**
 * Passwords: PBKDF2 hashes, the same on every server ({@code Passwords}), and the application's
 * {@code PasswordCheck} ({@code VerifiedPasswords}), which remembers for a while that a password
 * matched so that HTTP Basic does not pay PBKDF2 on every call.
 */
package org.advance.infrastructure.security;

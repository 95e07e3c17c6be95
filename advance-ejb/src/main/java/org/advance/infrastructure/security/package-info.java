/** Password hashing (PBKDF2), the same on every server. */
package org.advance.infrastructure.security;

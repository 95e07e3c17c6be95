-- Passwords are now hashed and checked by Jakarta Security's Pbkdf2PasswordHash, whose format is
-- ALGORITHM:ITERATIONS:SALT:HASH. The project's own hashes, pbkdf2-sha256$ITERATIONS$SALT$HASH, used
-- the same algorithm (PBKDF2WithHmacSHA256), so rewriting the separators keeps every password valid
-- without a reset. Base64 has neither '$' nor ':'.
UPDATE app_user
   SET password_hash = REPLACE(REPLACE(password_hash, 'pbkdf2-sha256$', 'PBKDF2WithHmacSHA256:'), '$', ':')
 WHERE password_hash LIKE 'pbkdf2-sha256$%';

package org.advance.interfaces.security;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.Set;
import org.advance.application.AccountService;

/**
 * Validates the bearer tokens of API sessions (opened by {@code POST /api/session}); passwords are
 * {@link AccountIdentityStore}'s. It gives the groups and the {@link TokenPrincipal} with the result,
 * read with the session in one lookup, so that a call with a token costs no password check and no
 * second read of the account.
 */
@ApplicationScoped
public class SessionTokenIdentityStore implements IdentityStore {

    @EJB
    private AccountService accounts;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof SessionTokenCredential bearer)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        return accounts.bySessionToken(bearer.token())
                .map(verified -> new CredentialValidationResult(new TokenPrincipal(verified.caller()), verified.groups()))
                .orElse(CredentialValidationResult.INVALID_RESULT);
    }

    /** Both types: the handler keeps a validating store's groups only when it says it provides them. */
    @Override
    public Set<ValidationType> validationTypes() {
        return Set.of(ValidationType.VALIDATE, ValidationType.PROVIDE_GROUPS);
    }
}

package org.factdesk.web.shared;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.stream.Collectors;
import org.factdesk.apitoken.boundary.ApiTokenService;

/**
 * Checks API tokens. It validates nothing but {@link ApiTokenCredential}s, and the staff store nothing but
 * passwords, so a token never works as a password nor a password as a token.
 */
@ApplicationScoped
public class ApiTokenIdentityStore implements IdentityStore {

    @Inject
    ApiTokenService tokens;

    public CredentialValidationResult validate(ApiTokenCredential credential) {
        return tokens.authenticate(credential.getToken())
                .map(caller -> new CredentialValidationResult(caller.username(),
                        caller.roles().stream().map(Enum::name).collect(Collectors.toSet())))
                .orElse(CredentialValidationResult.INVALID_RESULT);
    }
}

package org.factdesk.web.shared;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.stream.Collectors;
import org.factdesk.apitoken.boundary.ApiTokenService;

/**
 * Checks API tokens. It validates nothing but {@link ApiTokenCredential}s, and the staff store nothing but
 * passwords, so a token never works as a password nor a password as a token. The mechanism hands tokens to this
 * store directly: the default reflective dispatch of the identity store API cannot see a credential class that
 * lives in the application.
 */
@ApplicationScoped
public class ApiTokenIdentityStore implements IdentityStore {

    @Inject
    ApiTokenService tokens;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        return credential instanceof ApiTokenCredential token ? validate(token) : CredentialValidationResult.NOT_VALIDATED_RESULT;
    }

    public CredentialValidationResult validate(ApiTokenCredential credential) {
        return tokens.authenticate(credential.getToken())
                .map(caller -> new CredentialValidationResult(caller.username(),
                        caller.roles().stream().map(Enum::name).collect(Collectors.toSet())))
                .orElse(CredentialValidationResult.INVALID_RESULT);
    }
}

package org.factdesk.web.shared;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.stream.Collectors;
import org.factdesk.user.boundary.UserService;

/** Checks staff credentials against the user table through the user boundary. */
@ApplicationScoped
public class StaffIdentityStore implements IdentityStore {

    @Inject
    UserService users;

    public CredentialValidationResult validate(UsernamePasswordCredential credential) {
        var username = credential.getCaller() == null ? "" : credential.getCaller().strip().toLowerCase(java.util.Locale.ROOT);
        return users.authenticate(username, credential.getPasswordAsString())
                .map(roles -> new CredentialValidationResult(username,
                        roles.stream().map(Enum::name).collect(Collectors.toSet())))
                .orElse(CredentialValidationResult.INVALID_RESULT);
    }
}

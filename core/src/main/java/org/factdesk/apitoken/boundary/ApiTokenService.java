package org.factdesk.apitoken.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.factdesk.apitoken.control.ApiTokenRepository;
import org.factdesk.apitoken.control.TokenSecrets;
import org.factdesk.apitoken.entity.ApiToken;
import org.factdesk.shared.boundary.BusinessException;
import org.factdesk.shared.boundary.Page;
import org.factdesk.shared.boundary.StaleVersionException;
import org.factdesk.user.control.UserRepository;
import org.factdesk.user.entity.Role;

/**
 * API tokens: admins issue one for a member of staff, see its secret once, and can revoke it. A machine client
 * sending it acts as that person, with that person's current roles, for as long as the token is usable.
 */
@Stateless
public class ApiTokenService {

    @Inject
    ApiTokenRepository tokens;

    @Inject
    UserRepository users;

    @Resource
    SessionContext session;

    /** @param expiresOn the last day the token works, or null for a token that does not expire */
    @RolesAllowed(Role.ADMIN_NAME)
    public IssuedToken issue(String username, String label, LocalDate expiresOn) {
        var user = users.findByUsername(username == null ? null : username.strip())
                .filter(u -> u.isActive())
                .orElseThrow(() -> new BusinessException("token.userMissing", String.valueOf(username)));
        var name = label == null ? "" : label.strip();
        if (name.isEmpty()) {
            throw new BusinessException("token.labelMissing");
        }
        if (name.length() > ApiToken.LABEL_MAX) {
            throw new BusinessException("token.labelTooLong", ApiToken.LABEL_MAX);
        }
        var zone = ZoneId.systemDefault();
        if (expiresOn != null && expiresOn.isBefore(LocalDate.now(zone))) {
            throw new BusinessException("token.expiryInPast", expiresOn.toString());
        }
        var expiresAt = expiresOn == null ? null : expiresOn.plusDays(1).atStartOfDay(zone).toInstant();
        var secret = TokenSecrets.generate();
        var token = new ApiToken(user, name, TokenSecrets.hash(secret), TokenSecrets.shownPart(secret), caller(), expiresAt);
        tokens.add(token);
        return new IssuedToken(token.getId(), secret, user.getUsername(), name, expiresAt);
    }

    @RolesAllowed(Role.ADMIN_NAME)
    public void revoke(long tokenId, long expectedVersion) {
        var token = tokens.get(tokenId);
        if (token.getVersion() != expectedVersion) {
            throw new StaleVersionException("token.changedMeanwhile");
        }
        token.revoke(caller(), Instant.now());
    }

    @RolesAllowed(Role.ADMIN_NAME)
    public Page<ApiTokenRow> list(int first, int pageSize) {
        var now = Instant.now();
        var rows = tokens.page(Math.max(0, first), Page.clampSize(pageSize)).stream()
                .map(t -> new ApiTokenRow(t.getId(), t.getVersion(), t.getUser().getUsername(), t.getUser().getDisplayName(),
                        t.getLabel(), t.getTokenPrefix() + "\u2026", t.getCreatedAt(), t.getCreatedBy(), t.getExpiresAt(),
                        t.getLastUsedAt(), t.getRevokedAt(), t.getRevokedBy(), t.status(now)))
                .toList();
        return new Page<>(rows, tokens.count());
    }

    /** Usernames for the issue form's suggestions. */
    @RolesAllowed(Role.ADMIN_NAME)
    public List<String> usernamesStartingWith(String prefix) {
        return tokens.activeUsernamesStartingWith(prefix, 20);
    }

    /** Who the secret speaks for; empty for anything unknown, revoked or expired, without saying which. */
    @PermitAll
    public Optional<TokenCaller> authenticate(String secret) {
        if (!TokenSecrets.looksValid(secret)) {
            return Optional.empty();
        }
        var now = Instant.now();
        var token = tokens.findByHash(TokenSecrets.hash(secret)).filter(t -> t.isUsable(now));
        token.ifPresent(t -> tokens.touch(t.getId(), now));
        return token.map(t -> new TokenCaller(t.getUser().getUsername(), t.getUser().getRoles()));
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }
}

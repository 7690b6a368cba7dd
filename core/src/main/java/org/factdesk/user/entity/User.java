package org.factdesk.user.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.factdesk.shared.entity.BaseEntity;

/** A member of staff who can log in. The password is only ever held as a salted hash. */
@Entity
@Table(name = "app_user")
@NamedQuery(name = "User.findByUsername", query = "select u from User u where lower(u.username) = lower(:username)")
@NamedQuery(name = "User.findActiveWithRole", query = "select u from User u where u.active = true and :role member of u.roles order by u.displayName")
@NamedQuery(name = "User.countActiveWithRole", query = "select count(u) from User u where u.active = true and :role member of u.roles")
@NamedQuery(name = "User.count", query = "select count(u) from User u")
@NamedQuery(name = "User.allByUsername", query = "select u from User u order by u.username")
@NamedQuery(name = "User.activeUsernamesStartingWith", query = "select u.username from User u where u.active = true"
        + " and lower(u.username) like :prefix escape '!' order by u.username")
@NamedQuery(name = "User.workloads",
        query = "select u.username, u.displayName, u.active, (" + User.OPEN_CLAIMS + ") as open, ("
                + User.OPEN_CLAIMS + " and c.article.dueAt < :now) as overdue" + User.WORKLOAD_LISTED
                + " order by overdue desc, open desc, u.displayName, u.username")
@NamedQuery(name = "User.countWorkloads", query = "select count(u)" + User.WORKLOAD_LISTED)
public class User extends BaseEntity {

    static final String OPEN_CLAIMS = "select count(c) from Claim c"
            + " where c.assignee = u and c.article.state not in :closed";
    static final String WORKLOAD_LISTED = " from User u where (u.active = true and :journalist member of u.roles)"
            + " or exists (select c.id from Claim c where c.assignee = u and c.article.state not in :closed)";

    public static final String USERNAME_PATTERN = "[a-z][a-z0-9._-]{1,49}";

    @NotBlank
    @Pattern(regexp = USERNAME_PATTERN, message = "Use 2 to 50 lower-case letters, digits, dots, dashes or underscores, starting with a letter.")
    @Column(nullable = false, unique = true, length = 50)
    private String username;

    @NotBlank(message = "A display name is required.")
    @Size(max = 100)
    @Column(name = "display_name", nullable = false, length = 100)
    private String displayName;

    @Column(name = "password_hash", nullable = false, length = 500)
    private String passwordHash;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "app_user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false, length = 20)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    @Column(nullable = false)
    private boolean active = true;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** The language of the user's pages: a BCP 47 tag Factdesk has a bundle for. */
    @Column(nullable = false, length = 10)
    private String locale = "en";

    protected User() {
    }

    public User(String username, String displayName, String passwordHash, Set<Role> roles) {
        this.username = Objects.requireNonNull(username).toLowerCase(java.util.Locale.ROOT);
        this.displayName = Objects.requireNonNull(displayName);
        this.passwordHash = Objects.requireNonNull(passwordHash);
        this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
        this.createdAt = Instant.now();
    }

    public String getLocale() {
        return locale;
    }

    public void speak(String languageTag) {
        this.locale = java.util.Objects.requireNonNull(languageTag);
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    public void changePasswordHash(String newHash) {
        this.passwordHash = Objects.requireNonNull(newHash);
    }

    public void changeRoles(Set<Role> newRoles) {
        this.roles = newRoles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(newRoles);
    }

    public void rename(String newDisplayName) {
        this.displayName = Objects.requireNonNull(newDisplayName);
    }

    public void deactivate() {
        this.active = false;
    }

    public void activate() {
        this.active = true;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public Set<Role> getRoles() {
        return roles.isEmpty() ? Set.of() : EnumSet.copyOf(roles);
    }

    public boolean isActive() {
        return active;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}

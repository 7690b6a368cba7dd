package org.factdesk.user.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.factdesk.shared.boundary.BusinessException;
import org.factdesk.shared.boundary.NotFoundException;
import org.factdesk.user.entity.Role;
import org.factdesk.user.entity.User;

@Dependent
public class UserRepository {

    @PersistenceContext
    EntityManager em;

    public Optional<User> findByUsername(String username) {
        if (username == null) {
            return Optional.empty();
        }
        return em.createNamedQuery("User.findByUsername", User.class)
                .setParameter("username", username).getResultStream().findFirst();
    }

    /** The logged-in caller as a user row; a caller without one is not staff. */
    public User getCaller(String username) {
        return findByUsername(username).filter(User::isActive)
                .orElseThrow(() -> new BusinessException("user.notActiveStaff", username));
    }

    public List<User> activeWithRole(Role role) {
        return em.createNamedQuery("User.findActiveWithRole", User.class).setParameter("role", role).getResultList();
    }

    public long countActiveWithRole(Role role) {
        return em.createNamedQuery("User.countActiveWithRole", Long.class).setParameter("role", role).getSingleResult();
    }

    public long count() {
        return em.createNamedQuery("User.count", Long.class).getSingleResult();
    }

    public List<User> page(int first, int size) {
        return em.createNamedQuery("User.allByUsername", User.class)
                .setFirstResult(first).setMaxResults(size).getResultList();
    }

    public User get(long id) {
        return Optional.ofNullable(em.find(User.class, id)).orElseThrow(() -> new NotFoundException("user.notFound", id));
    }

    /**
     * The active admins, locked until the transaction ends: two admins demoting each other at the same moment
     * must not both see the other as the remaining admin.
     */
    public List<User> lockActiveAdmins() {
        return em.createNamedQuery("User.findActiveWithRole", User.class).setParameter("role", Role.ADMIN)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
    }

    /** Writes pending changes now, so the version a caller reads back is the one the next change must send. */
    public User flush(User user) {
        em.flush();
        return user;
    }

    public User add(User user) {
        em.persist(user);
        return user;
    }
}

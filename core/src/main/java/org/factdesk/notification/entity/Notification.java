package org.factdesk.notification.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import org.factdesk.user.entity.User;

/**
 * Something that happened which one member of staff should know about. Stored, so nothing is missed while they
 * are away; pushed live to their open pages when they are not.
 */
@Entity
@Table(name = "notification")
@NamedQuery(name = "Notification.countUnreadOfRecipient", query = "select count(n) from Notification n"
        + " where n.recipient.username = :me and n.readAt is null")
@NamedQuery(name = "Notification.ofRecipient", query = "select n from Notification n where n.recipient.username = :me"
        + " order by case when n.readAt is null then 0 else 1 end, n.createdAt desc, n.id desc")
@NamedQuery(name = "Notification.countOfRecipient",
        query = "select count(n) from Notification n where n.recipient.username = :me")
@NamedQuery(name = "Notification.markAllReadOfRecipient",
        query = "update Notification n set n.readAt = :now where n.readAt is null"
                + " and n.recipient in (select u from User u where u.username = :me)")
public class Notification {

    public static final int SUBJECT_MAX = 300;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "recipient_id")
    private User recipient;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private NotificationKind kind;

    /** Who caused it, by display name. */
    @Column(name = "actor_name", nullable = false, length = 100)
    private String actorName;

    /** What it is about, in a few words: a claim's opening or an article's title. */
    @Column(nullable = false, length = SUBJECT_MAX)
    private String subject;

    /** What it is about: the pages show each kind of thing on a page of its own. */
    @Enumerated(EnumType.STRING)
    @Column(name = "target_type", nullable = false, length = 20)
    private NotificationTarget target;

    @Column(name = "target_id", nullable = false)
    private long targetId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "read_at")
    private Instant readAt;

    protected Notification() {
    }

    public Notification(User recipient, NotificationKind kind, String actorName, String subject, NotificationTarget target,
                        long targetId) {
        this.recipient = Objects.requireNonNull(recipient);
        this.kind = Objects.requireNonNull(kind);
        this.actorName = Objects.requireNonNull(actorName);
        var text = subject == null ? "" : subject.strip();
        this.subject = text.length() <= SUBJECT_MAX ? text : text.substring(0, SUBJECT_MAX - 1) + "\u2026";
        this.target = Objects.requireNonNull(target);
        this.targetId = targetId;
        this.createdAt = Instant.now();
    }

    public void markRead() {
        if (readAt == null) {
            readAt = Instant.now();
        }
    }

    public boolean isRead() {
        return readAt != null;
    }

    public boolean isFor(String username) {
        return recipient.getUsername().equals(username);
    }

    public Long getId() {
        return id;
    }

    public NotificationKind getKind() {
        return kind;
    }

    public String getActorName() {
        return actorName;
    }

    public String getSubject() {
        return subject;
    }

    public NotificationTarget getTarget() {
        return target;
    }

    public long getTargetId() {
        return targetId;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getReadAt() {
        return readAt;
    }
}

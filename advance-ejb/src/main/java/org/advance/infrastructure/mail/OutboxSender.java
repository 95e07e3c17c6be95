package org.advance.infrastructure.mail;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/**
 * A node process that sends from the outbox, as the other nodes see it: written when it starts,
 * beaten every few seconds by {@link OutboxNode}. A claim names its sender ({@code claimed_by}),
 * so a claim outlives its sender only until someone sees the sender gone. Times are UTC.
 */
@Entity
@Table(name = "outbox_sender")
public class OutboxSender {

    /** The node name, a slash and an id drawn at the process's start. */
    @Id
    @Column(length = 100)
    private String id;

    @Column(nullable = false, length = 60)
    private String node;

    @Column(name = "started_at", nullable = false)
    private LocalDateTime startedAt;

    @Column(name = "beat_at", nullable = false)
    private LocalDateTime beatAt;

    protected OutboxSender() {}

    OutboxSender(String id, String node, LocalDateTime now) {
        this.id = id;
        this.node = node;
        this.startedAt = now;
        this.beatAt = now;
    }

    public String getId() {
        return id;
    }

    public String getNode() {
        return node;
    }

    public LocalDateTime getStartedAt() {
        return startedAt;
    }

    public LocalDateTime getBeatAt() {
        return beatAt;
    }
}

package org.advance.infrastructure.mail;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.UUID;

/**
 * A mail waiting in (or gone from) the outbox. Written in the transaction of what it tells, so
 * that there is no decision without its mail; the unique keys on the request and on (staff, day)
 * make a second mail for the same thing impossible. Times are UTC.
 */
@Entity
@Table(name = "mail_outbox")
public class OutboxMail {

    @Id
    @SequenceGenerator(name = "mail_outbox_seq", sequenceName = "mail_outbox_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "mail_outbox_seq")
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private MailKind kind;

    /** Decision mails: the request decided (plain id: the outbox is not part of the domain). */
    @Column(name = "request_id")
    private Long requestId;

    /** Digests: the staff member and the Paris day. */
    @Column(name = "staff_id")
    private Long staffId;

    @Column(name = "digest_day")
    private LocalDate digestDay;

    @Column(nullable = false, length = 200)
    private String recipient;

    @Column(nullable = false, length = 300)
    private String subject;

    @Column(name = "text_body", nullable = false, length = 200000)
    private String textBody;

    @Column(name = "html_body", nullable = false, length = 200000)
    private String htmlBody;

    @Column(name = "message_id", nullable = false, length = 200)
    private String messageId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private OutboxState state;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    private LocalDateTime nextAttemptAt;

    @Column(name = "claimed_at")
    private LocalDateTime claimedAt;

    /** Which sender's page claim won this row (Outbox#claim). */
    @Column(name = "claim_token", length = 36)
    private String claimToken;

    /** The sender process holding the claim ({@link OutboxSender}); null on rows claimed before V10. */
    @Column(name = "claimed_by", length = 100)
    private String claimedBy;

    @Column(name = "sent_at")
    private LocalDateTime sentAt;

    @Column(name = "last_error", length = 500)
    private String lastError;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    protected OutboxMail() {}

    private OutboxMail(MailKind kind, String recipient, MailContent content, LocalDateTime now) {
        this.kind = kind;
        this.recipient = recipient;
        this.subject = content.subject();
        this.textBody = content.text();
        this.htmlBody = content.html();
        this.state = OutboxState.PENDING;
        this.nextAttemptAt = now;
        this.createdAt = now;
    }

    public static OutboxMail decision(long requestId, String recipient, MailContent content, LocalDateTime now) {
        OutboxMail mail = new OutboxMail(MailKind.DECISION, recipient, content, now);
        mail.requestId = requestId;
        mail.messageId = messageId("decision-" + requestId);
        return mail;
    }

    public static OutboxMail digest(long staffId, LocalDate day, String recipient, MailContent content,
            LocalDateTime now) {
        OutboxMail mail = new OutboxMail(MailKind.DIGEST, recipient, content, now);
        mail.staffId = staffId;
        mail.digestDay = day;
        mail.messageId = messageId("digest-" + staffId + "-" + day);
        return mail;
    }

    /**
     * Unique per mail and fixed before the first attempt: a copy resent after a crash carries the
     * same Message-ID, which mail clients and servers use to spot duplicates.
     */
    private static String messageId(String about) {
        return "<" + about + "." + UUID.randomUUID() + "@advance>";
    }

    public Long getId() {
        return id;
    }

    public MailKind getKind() {
        return kind;
    }

    public Long getRequestId() {
        return requestId;
    }

    public Long getStaffId() {
        return staffId;
    }

    public LocalDate getDigestDay() {
        return digestDay;
    }

    public String getRecipient() {
        return recipient;
    }

    public String getSubject() {
        return subject;
    }

    public String getTextBody() {
        return textBody;
    }

    public String getHtmlBody() {
        return htmlBody;
    }

    public String getMessageId() {
        return messageId;
    }

    public OutboxState getState() {
        return state;
    }

    public int getAttempts() {
        return attempts;
    }

    public LocalDateTime getNextAttemptAt() {
        return nextAttemptAt;
    }

    public String getClaimedBy() {
        return claimedBy;
    }

    public LocalDateTime getSentAt() {
        return sentAt;
    }

    public String getLastError() {
        return lastError;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }
}

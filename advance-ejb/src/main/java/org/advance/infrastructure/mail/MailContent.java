package org.advance.infrastructure.mail;

/** One mail ready to queue: subject, plain-text part and HTML part (user texts already escaped). */
public record MailContent(String subject, String text, String html) {}

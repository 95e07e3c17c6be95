package org.advance.domain.rules;

import org.advance.domain.AdvanceException;
import org.advance.domain.ErrorCode;

/**
 * Free text typed by users (comments, reasons). It is stored as typed and always shown escaped;
 * here it is only bounded and cleared of control characters that no keyboard produces.
 */
public final class TextRules {

    public static final int COMMENT_MAX = 500;
    public static final int REASON_MAX = 200;

    private TextRules() {}

    /** @return the trimmed text, or null when blank */
    public static String optional(String text, int maxLength, String field) {
        if (text == null) {
            return null;
        }
        String trimmed = text.strip();
        if (trimmed.isEmpty()) {
            return null;
        }
        if (trimmed.codePointCount(0, trimmed.length()) > maxLength) {
            throw new AdvanceException(ErrorCode.TEXT_TOO_LONG, field, maxLength);
        }
        boolean hasControl = trimmed.codePoints()
                .anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t');
        if (hasControl) {
            throw new AdvanceException(ErrorCode.TEXT_INVALID_CHARACTERS, field);
        }
        return trimmed;
    }
}

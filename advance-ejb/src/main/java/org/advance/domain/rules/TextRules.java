package org.advance.domain.rules;

import org.advance.domain.AdvanceException;
import org.advance.domain.ErrorCode;

/**
 * Free text typed by users (comments, reasons). It is stored as typed and always shown escaped;
 * here it is only bounded and cleared of what no keyboard produces or what would make it read
 * other than it is.
 *
 * <p>Length is counted in Unicode code points, the characters a user sees (an emoji is one), on
 * every path and every database: the columns are sized at twice the limit because H2 counts UTF-16
 * units, where an emoji is two, and PostgreSQL counts code points.
 *
 * <p>Refused as {@link ErrorCode#TEXT_INVALID_CHARACTERS}: control characters other than line
 * breaks and tabs; the bidirectional controls U+202A–U+202E and U+2066–U+2069, which make
 * {@code "abc\u202Etxt.exe"} read as {@code "abcexe.txt"}; lone surrogates, which no encoding can
 * store (the JDBC drivers write them as "?"); noncharacters; and text made only of invisible
 * characters (zero-width spaces, joiners, byte-order marks), which would be a comment nobody can read.
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
        if (trimmed.codePoints().anyMatch(TextRules::isRefused) || trimmed.codePoints().allMatch(TextRules::isInvisible)) {
            throw new AdvanceException(ErrorCode.TEXT_INVALID_CHARACTERS, field);
        }
        return trimmed;
    }

    static boolean isRefused(int c) {
        if (Character.isISOControl(c)) {
            return c != '\n' && c != '\r' && c != '\t';
        }
        return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069)
                || Character.isSurrogate((char) c) && c <= 0xFFFF
                || isNoncharacter(c);
    }

    /** Format characters (Cf: zero-width space and joiners, BOM, soft hyphen) and white space. */
    static boolean isInvisible(int c) {
        return Character.getType(c) == Character.FORMAT || Character.isWhitespace(c) || Character.isSpaceChar(c)
                || c == 0x3164 || c == 0x115F || c == 0x1160 || c == 0xFFA0; // Hangul fillers, shown as blanks
    }

    private static boolean isNoncharacter(int c) {
        return (c >= 0xFDD0 && c <= 0xFDEF) || (c & 0xFFFE) == 0xFFFE;
    }
}

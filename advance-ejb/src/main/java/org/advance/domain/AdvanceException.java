package org.advance.domain;

import java.io.Serializable;
import java.util.Arrays;

/**
 * A refusal the user can understand: a code with its message arguments and, for input errors, the
 * field it is about. Declared an application exception in ejb-jar.xml, so it reaches the caller as
 * itself and rolls the transaction back: nothing wrong is stored.
 */
public class AdvanceException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final ErrorCode code;
    private final String field;
    private final Serializable[] args;

    public AdvanceException(ErrorCode code, String field, Serializable... args) {
        super(code + (field == null ? "" : " [" + field + "]") + (args.length == 0 ? "" : " " + Arrays.toString(args)));
        this.code = code;
        this.field = field;
        this.args = args.clone();
    }

    public static AdvanceException notFound() {
        return new AdvanceException(ErrorCode.NOT_FOUND, null);
    }

    /** Nothing of that kind with that id (or none the caller may see): "employerId", "agencyId", ... */
    public static AdvanceException notFound(String field) {
        return new AdvanceException(ErrorCode.NOT_FOUND, field);
    }

    /**
     * The bundle key of the sentence: {@code error.CODE}, or for NOT_FOUND about a field
     * {@code error.NOT_FOUND.field}, so that an unknown employer is not called "this request".
     */
    public String messageKey() {
        return code == ErrorCode.NOT_FOUND && field != null ? code.messageKey() + "." + field : code.messageKey();
    }

    public ErrorCode code() {
        return code;
    }

    /** The form field the error is about, or null when it is about the whole operation. */
    public String field() {
        return field;
    }

    /** Arguments of the message, in the order of its placeholders. */
    public Object[] args() {
        return args.clone();
    }
}

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
    /** For NOT_FOUND: the kind of thing not found, when it is not a field of a form. */
    private String subject;

    public AdvanceException(ErrorCode code, String field, Serializable... args) {
        super(code + (field == null ? "" : " [" + field + "]") + (args.length == 0 ? "" : " " + Arrays.toString(args)));
        this.code = code;
        this.field = field;
        this.args = args.clone();
    }

    public static AdvanceException notFound() {
        return new AdvanceException(ErrorCode.NOT_FOUND, null);
    }

    /**
     * Nothing of that kind with that id (or none the caller may see), about the whole operation:
     * {@code what} only chooses the sentence ("employer": "Cet employeur est introuvable").
     */
    public static AdvanceException notFound(String what) {
        AdvanceException e = new AdvanceException(ErrorCode.NOT_FOUND, null);
        e.subject = what;
        return e;
    }

    /**
     * The bundle key of the sentence: {@code error.CODE}, or for NOT_FOUND of a kind of thing (or
     * about a field) {@code error.NOT_FOUND.kind}, so that an unknown employer is not called "this
     * request". Callers fall back to {@code error.CODE} when the bundle has no such key.
     */
    public String messageKey() {
        String what = subject != null ? subject : field;
        return code == ErrorCode.NOT_FOUND && what != null ? code.messageKey() + "." + what : code.messageKey();
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

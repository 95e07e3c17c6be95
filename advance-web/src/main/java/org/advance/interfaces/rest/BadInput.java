package org.advance.interfaces.rest;

import java.io.Serializable;

/**
 * Input the API cannot even read (malformed JSON, a number or date that is not one, an unknown
 * sort): refused with 400 before any service is called. The code names a message
 * {@code api.error.CODE} of the bundle.
 */
public class BadInput extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Each code with the HTTP status it is answered with. */
    public enum Code {
        MALFORMED_JSON, DUPLICATE_KEY, UNKNOWN_FIELD, INVALID_TYPE, INVALID_NUMBER, INVALID_DATE, DATE_OUT_OF_RANGE,
        INVALID_SORT, INVALID_BOOLEAN, REQUIRED, PASSWORD_REQUIRED, HEADER_INVALID,
        PAYLOAD_TOO_LARGE(413), UNSUPPORTED_MEDIA_TYPE(415), CROSS_SITE(403);

        private final int status;

        Code() {
            this(400);
        }

        Code(int status) {
            this.status = status;
        }

        public int status() {
            return status;
        }
    }

    private final Code code;
    private final String field;
    private final Serializable[] args;

    public BadInput(Code code, String field, Serializable... args) {
        super(code + " [" + field + "]");
        this.code = code;
        this.field = field;
        this.args = args.clone();
    }

    public Code code() {
        return code;
    }

    public String field() {
        return field;
    }

    public Object[] args() {
        return args.clone();
    }
}

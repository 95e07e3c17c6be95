package org.advance.domain;

import java.util.List;
import java.util.Locale;

/**
 * The languages of the pages, mails and API answers: French, the default (the service is French
 * first), and English. {@code faces-config.xml} lists the same ones for Faces; a unit test keeps it so.
 */
public final class Languages {

    public static final Locale DEFAULT = Locale.FRENCH;

    /** The default first. */
    public static final List<Locale> SUPPORTED = List.of(Locale.FRENCH, Locale.ENGLISH);

    private Languages() {}

    /** Whether a language code ("fr", "en") is one of ours, exactly as stored in an account. */
    public static boolean isSupported(String language) {
        return SUPPORTED.stream().anyMatch(locale -> locale.getLanguage().equals(language));
    }

    /** The language of a code, in any case; anything else, or nothing, is the default. */
    public static Locale of(String language) {
        return SUPPORTED.stream().filter(locale -> locale.getLanguage().equalsIgnoreCase(language))
                .findFirst().orElse(DEFAULT);
    }

    /** The first of ours among the accepted languages, in the client's order; the default otherwise. */
    public static Locale firstOf(List<Locale> accepted) {
        if (accepted != null) {
            for (Locale locale : accepted) {
                if (isSupported(locale.getLanguage())) {
                    return of(locale.getLanguage());
                }
            }
        }
        return DEFAULT;
    }

    /**
     * Where amounts and dates take their conventions in a language: France for French, the United
     * Kingdom for English (day before month, the euro sign in front). Naming the country keeps the
     * output from depending on what the JDK picks for a bare language.
     */
    public static Locale formatting(Locale language) {
        return "en".equals(language.getLanguage()) ? Locale.UK : Locale.FRANCE;
    }
}

package org.advance.interfaces.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import org.advance.domain.AdvanceException;
import org.omnifaces.util.Faces;

/**
 * Tells the user what came of what he did, where he looks: a service's refusal next to the field
 * it is about when the page has that field (else with the page's general messages), or the
 * confirmation that it was done. The text is the bundle's, in the page's language.
 */
@ApplicationScoped
public class Feedback {

    @Inject
    private Messages messages;

    /** @param fields the page's client ids by the services' field names ("amount" to "ask:amount") */
    public void show(AdvanceException e, Map<String, String> fields) {
        String clientId = e.field() == null ? null : fields.get(e.field());
        // The text is final (no placeholders left): no arguments, so nothing reformats it.
        org.omnifaces.util.Messages.addError(clientId, messages.of(e));
        Faces.validationFailed();
    }

    /** The confirmation of what was done, with the page's general messages. */
    public void info(String text) {
        org.omnifaces.util.Messages.addGlobalInfo(text);
    }
}

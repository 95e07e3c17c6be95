package org.advance.interfaces.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import java.util.Map;
import org.advance.domain.AdvanceException;

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
        FacesContext faces = FacesContext.getCurrentInstance();
        String text = messages.of(e);
        String clientId = e.field() == null ? null : fields.get(e.field());
        faces.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
        faces.validationFailed();
    }

    /** The confirmation of what was done, with the page's general messages. */
    public void info(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, text));
    }
}

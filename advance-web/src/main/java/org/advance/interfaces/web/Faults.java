package org.advance.interfaces.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import java.util.Map;
import org.advance.domain.AdvanceException;

/**
 * Shows a service's refusal where the user looks: next to the field it is about when the page has
 * that field, else with the page's general messages. The text is the bundle's, in the page's language.
 */
@ApplicationScoped
public class Faults {

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

    public void info(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, text));
    }
}

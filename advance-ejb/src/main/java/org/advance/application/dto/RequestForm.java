package org.advance.application.dto;

import java.io.Serializable;
import java.util.List;

/** What "Besoin d'un acompte ?" needs: the employer and the agencies of it the worker may ask. */
public record RequestForm(long employerId, String employerName, List<AgencyChoice> agencies)
        implements Serializable {

    /** The agency choice is shown only when there is a choice to make. */
    public boolean agencyChoiceNeeded() {
        return agencies.size() > 1;
    }
}

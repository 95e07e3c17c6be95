package org.advance.interfaces.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;

/** The application's root: sends everyone to his home page (or to the login page). */
@Named
@RequestScoped
public class IndexPage {

    @Inject
    private FacesContext faces;

    public void redirect() throws IOException {
        faces.getExternalContext().redirect(Navigation.home(faces.getExternalContext()));
    }
}

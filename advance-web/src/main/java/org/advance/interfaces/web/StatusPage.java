package org.advance.interfaces.web;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;
import org.advance.application.StatusBoard;
import org.advance.application.dto.StatusCount;

/** The administrator's page: requests per status over the whole database. */
@Named
@RequestScoped
public class StatusPage {

    @EJB
    private StatusBoard board;

    public List<StatusCount> getCounts() {
        return board.counts();
    }
}

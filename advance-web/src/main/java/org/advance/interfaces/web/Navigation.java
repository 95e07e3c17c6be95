package org.advance.interfaces.web;

import jakarta.faces.context.ExternalContext;

/** Where each kind of user starts. */
public final class Navigation {

    private Navigation() {}

    /** The home page of the logged-in user's role, or the login page. */
    public static String home(ExternalContext external) {
        String root = external.getRequestContextPath();
        if (external.isUserInRole("worker")) {
            return root + "/worker/employers.xhtml";
        }
        if (external.isUserInRole("staff") || external.isUserInRole("staff-without-advances")) {
            return root + "/staff/home.xhtml";
        }
        if (external.isUserInRole("admin")) {
            return root + "/admin/status.xhtml";
        }
        return root + "/login.xhtml";
    }
}

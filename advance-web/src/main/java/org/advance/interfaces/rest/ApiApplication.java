package org.advance.interfaces.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** Mounts the resources of this package at {@code /advance/api}. */
@ApplicationPath("api")
public class ApiApplication extends Application {}

package org.advance.application.dto;

import java.io.Serializable;

/** An agency, as a choice in a list or filter. */
public record AgencyView(long id, String name) implements Serializable {}

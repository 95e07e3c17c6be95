package org.advance.application.dto;

import java.io.Serializable;

/** An employer a worker has worked for ("Mes employeurs"). */
public record EmployerView(long id, String name) implements Serializable {}

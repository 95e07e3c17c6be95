package org.advance.interfaces.rest;

import java.util.List;
import org.advance.application.dto.RequestRow;

/** One page of a table and how many rows the whole table has (for the app's pager). */
public record TablePage(List<RequestRow> rows, long total, int offset, int limit) {}

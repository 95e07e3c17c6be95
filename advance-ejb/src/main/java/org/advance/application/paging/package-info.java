/**
 * What a table asks for: a page request (where it starts, how many rows, the sort), the sort-key
 * enums (the whitelist of sortable columns) and the filters staff choose.
 */
package org.advance.application.paging;

/** Page requests, sort-key enums (the whitelist of sortable columns) and filters of the tables. */
package org.advance.application.paging;

/** Records that views, the HTTP API and mails see instead of entities: rows, details, forms, views. */
package org.advance.application.dto;

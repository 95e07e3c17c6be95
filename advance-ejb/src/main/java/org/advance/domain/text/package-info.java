/**
 * The one way a sentence of the message bundles is written for a reader: the bundle's pattern with
 * its apostrophes kept, amounts and money in the reader's format, request statuses by their label.
 * Used by the pages, the API's errors and the mails alike. Above {@code domain.model} (it names the
 * statuses), so that the model never depends on how it is shown.
 */
package org.advance.domain.text;

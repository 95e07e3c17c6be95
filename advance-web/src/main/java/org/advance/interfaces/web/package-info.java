/**
 * The Faces pages (PrimeFaces): the beans of the pages every actor shares (login, index, the
 * detail of a request), the one lazy model of every request table ({@code RequestTable}), the
 * converters and formats, the bundle's texts ({@code Messages}), what the user is told
 * ({@code Feedback}), the browser session's language ({@code BrowserSession}) and the handling of
 * failures. The pages of each actor are in {@code web.worker}, {@code web.staff} and {@code web.admin}.
 */
package org.advance.interfaces.web;

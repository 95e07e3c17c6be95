package org.advance.interfaces.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.advance.interfaces.http.WebHygiene;

/**
 * The language switch: the FR/EN buttons of every page post to the page's own address with
 * {@code ?lang=en} (or fr); the session's language changes, a signed-in user's choice is kept in
 * his account (for his mails and next visits), and the same page is shown again without the
 * parameter, with its own parameters (employer, id). Only a POST changes the account: a GET with
 * {@code ?lang=} (a link someone sent) changes the language of this browser session alone.
 */
@WebFilter(urlPatterns = "*.xhtml")
public class LanguageFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    static final String PARAMETER = "lang";

    @Inject
    private BrowserSession browserSession;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        // Read from the query string, not getParameter(): reading parameters here would fix the
        // request encoding before Faces sets UTF-8, and garble accents in every form.
        String language = language(request.getQueryString());
        boolean post = "POST".equals(request.getMethod());
        // A Faces form posts to its view's address, never with ?lang=: a POST with it is the switch.
        if (language == null || !(post || "GET".equals(request.getMethod()))) {
            chain.doFilter(request, response);
            return;
        }
        browserSession.change(language, post);
        String query = withoutLanguage(request.getQueryString());
        WebHygiene.redirect(response, request.getRequestURI() + (query.isEmpty() ? "" : "?" + query));
        if (post) {
            // 303: the browser shows the page with a GET, and a reload does not post again.
            response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        }
    }

    private static String language(String query) {
        if (query == null) {
            return null;
        }
        return Arrays.stream(query.split("&"))
                .filter(p -> p.startsWith(PARAMETER + "="))
                .map(p -> p.substring(PARAMETER.length() + 1))
                .findFirst().orElse(null);
    }

    static String withoutLanguage(String query) {
        if (query == null || query.isEmpty()) {
            return "";
        }
        return Arrays.stream(query.split("&"))
                .filter(p -> !p.equals(PARAMETER) && !p.startsWith(PARAMETER + "="))
                .collect(Collectors.joining("&"));
    }
}

package org.advance.interfaces.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.advance.domain.Languages;
import org.junit.jupiter.api.Test;

/** Faces reads its languages from faces-config.xml: they must be the application's own. */
class LanguagesConfigTest {

    @Test
    void facesConfigListsTheApplicationsLanguagesWithTheSameDefault() throws Exception {
        String config = Files.readString(Path.of("src/main/webapp/WEB-INF/faces-config.xml"));
        assertEquals(List.of(Languages.DEFAULT.getLanguage()), all(config, "default-locale"));
        assertEquals(Languages.SUPPORTED.stream().map(Locale::getLanguage).toList(), all(config, "supported-locale"));
    }

    private static List<String> all(String xml, String element) {
        Matcher m = Pattern.compile("<" + element + ">\\s*([^<\\s]+)\\s*</" + element + ">").matcher(xml);
        return m.results().map(r -> r.group(1)).toList();
    }
}

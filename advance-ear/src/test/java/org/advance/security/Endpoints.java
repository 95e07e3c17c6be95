package org.advance.security;

import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.List;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The HTTP API's endpoints as JAX-RS sees them: every resource class of the package
 * org.advance.interfaces.rest inside the EAR as built (advance-web.war's classes), read by
 * reflection: its @Path, each method's HTTP method annotation (@GET, @POST, @DELETE... — any
 * annotation carrying @HttpMethod) and @Path, its query and header parameters, whether it reads a
 * body. A new endpoint appears here without anyone listing it.
 */
final class Endpoints {

    private static final String PACKAGE = "org/advance/interfaces/rest/";

    /** One endpoint: "GET employers/{id}/form", its query and header parameters, a body or not. */
    record Endpoint(String method, String path, List<String> queryParams, List<String> headerParams, boolean body) {

        String signature() {
            return method + " " + path;
        }

        /** The path with its template variable replaced (the API has at most one per path). */
        String with(String id) {
            return "/" + path.replaceAll("\\{[^}]+}", id);
        }

        boolean hasId() {
            return path.contains("{");
        }

        @Override
        public String toString() {
            return signature();
        }
    }

    private static List<Endpoint> cached;

    private Endpoints() {}

    static synchronized List<Endpoint> all() {
        if (cached == null) {
            cached = scan(Path.of(System.getProperty("advance.ear", "target/advance.ear")));
        }
        return cached;
    }

    private static List<Endpoint> scan(Path ear) {
        try {
            Path dir = Files.createTempDirectory("advance-endpoints");
            Path war = dir.resolve("advance-web.war");
            List<URL> urls = new ArrayList<>();
            List<String> classes = new ArrayList<>();
            try (ZipFile zip = new ZipFile(ear.toFile())) {
                copy(zip, "advance-web.war", war);
                Path ejb = dir.resolve("advance-ejb.jar");
                copy(zip, "advance-ejb.jar", ejb);
                urls.add(ejb.toUri().toURL());
            }
            Path classesDir = dir.resolve("classes");
            try (ZipFile zip = new ZipFile(war.toFile())) {
                Enumeration<? extends ZipEntry> entries = zip.entries();
                while (entries.hasMoreElements()) {
                    ZipEntry e = entries.nextElement();
                    if (e.getName().startsWith("WEB-INF/classes/") && !e.isDirectory()) {
                        String name = e.getName().substring("WEB-INF/classes/".length());
                        Path target = classesDir.resolve(name);
                        Files.createDirectories(target.getParent());
                        try (InputStream in = zip.getInputStream(e)) {
                            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
                        }
                        if (name.startsWith(PACKAGE) && name.endsWith(".class") && !name.contains("$")
                                && name.indexOf('/', PACKAGE.length()) < 0) {
                            classes.add(name.substring(0, name.length() - 6).replace('/', '.'));
                        }
                    }
                }
            }
            urls.add(0, classesDir.toUri().toURL());
            // Parent first: the JAX-RS annotations are the test's own (jakarta.ws.rs-api), so they compare equal.
            URLClassLoader loader = new URLClassLoader(urls.toArray(URL[]::new), Endpoints.class.getClassLoader());
            String root = "";
            List<Class<?>> resources = new ArrayList<>();
            for (String name : classes) {
                Class<?> type = Class.forName(name, false, loader);
                jakarta.ws.rs.ApplicationPath app = type.getAnnotation(jakarta.ws.rs.ApplicationPath.class);
                if (app != null) {
                    root = app.value();
                }
                if (type.isAnnotationPresent(jakarta.ws.rs.Path.class)) {
                    resources.add(type);
                }
            }
            if (!"api".equals(strip(root))) {
                throw new IllegalStateException("the API is mounted at '" + root + "', the suite expects /api");
            }
            List<Endpoint> found = new ArrayList<>();
            for (Class<?> type : resources) {
                String base = strip(type.getAnnotation(jakarta.ws.rs.Path.class).value());
                for (Method m : type.getMethods()) {
                    String http = httpMethod(m);
                    jakarta.ws.rs.Path sub = m.getAnnotation(jakarta.ws.rs.Path.class);
                    if (http == null && sub == null) {
                        continue;
                    }
                    String path = join(base, sub == null ? "" : strip(sub.value()));
                    if (http == null) {
                        // a sub-resource locator: its endpoints would escape this list
                        throw new IllegalStateException("sub-resource locator " + type.getSimpleName() + "." + m.getName()
                                + " at " + path + ": list its endpoints in the security suite");
                    }
                    List<String> query = new ArrayList<>();
                    List<String> headers = new ArrayList<>();
                    boolean body = false;
                    for (Parameter p : m.getParameters()) {
                        jakarta.ws.rs.QueryParam q = p.getAnnotation(jakarta.ws.rs.QueryParam.class);
                        jakarta.ws.rs.HeaderParam h = p.getAnnotation(jakarta.ws.rs.HeaderParam.class);
                        if (q != null) {
                            query.add(q.value());
                        } else if (h != null) {
                            headers.add(h.value());
                        } else if (p.getAnnotations().length == 0) {
                            body = true;
                        }
                    }
                    found.add(new Endpoint(http, path, List.copyOf(query), List.copyOf(headers), body));
                }
            }
            found.sort(Comparator.comparing(Endpoint::signature));
            if (found.isEmpty()) {
                throw new IllegalStateException("no JAX-RS endpoint found in " + ear);
            }
            return List.copyOf(found);
        } catch (IOException | ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read the endpoints of " + ear + ": " + e, e);
        }
    }

    private static String httpMethod(Method m) {
        for (Annotation a : m.getAnnotations()) {
            jakarta.ws.rs.HttpMethod http = a.annotationType().getAnnotation(jakarta.ws.rs.HttpMethod.class);
            if (http != null) {
                return http.value();
            }
        }
        return null;
    }

    private static void copy(ZipFile zip, String entry, Path target) throws IOException {
        ZipEntry e = zip.getEntry(entry);
        if (e == null) {
            throw new IOException(entry + " not in the EAR");
        }
        try (InputStream in = zip.getInputStream(e)) {
            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static String strip(String path) {
        String p = path;
        while (p.startsWith("/")) {
            p = p.substring(1);
        }
        while (p.endsWith("/")) {
            p = p.substring(0, p.length() - 1);
        }
        return p;
    }

    private static String join(String a, String b) {
        if (a.isEmpty()) {
            return b;
        }
        return b.isEmpty() ? a : a + "/" + b;
    }

    /** Every distinct query parameter of the API (for the hostile corpus). */
    static TreeSet<String> queryParams() {
        TreeSet<String> names = new TreeSet<>();
        all().forEach(e -> names.addAll(e.queryParams()));
        return names;
    }
}

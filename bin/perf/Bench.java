import java.io.BufferedOutputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import java.util.function.ObjIntConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/**
 * The HTTP side of bin/benchmark.sh, against the deployed EAR's API (every account's password is
 * "demo"). Bounded in count and time; talks only to the base URL given (127.0.0.1).
 *
 *   login BASE CONCURRENCY COUNT PAIRS TOKENS
 *                                         the worker of each of COUNT (login, employer, agency) lines
 *                                         of PAIRS opens an API session, CONCURRENCY at a time; writes
 *                                         the tokens to TOKENS and prints: logins per second, p50 (ms)
 *   submit BASE CONCURRENCY COUNT PAIRS TOKENS
 *                                         each of COUNT requests by its own line of PAIRS, with the
 *                                         token of the same line of TOKENS, CONCURRENCY at a time;
 *                                         prints one TSV line: concurrency, sent, ok, failed, seconds,
 *                                         per second, p50, p95, p99 (ms)
 *   tables BASE REPS OPS                  each OPS line "name TAB login TAB path" (path may end with
 *                                         offset=LAST: the last page, from the first page's total),
 *                                         REPS times after two warm-ups; prints TSV lines:
 *                                         name, rows total, server p50, server p95, client p50 (ms)
 *   profile JFR TOP                       of a JFR recording's execution samples, prints Markdown rows:
 *                                         the TOP methods by own samples, and the TOP methods of the
 *                                         application (org.advance) by samples in which they are on the stack
 *   smtp PORT COUNT PER_CONNECTION TEXT HTML
 *                                         the digest's SMTP floor: COUNT mails to COUNT distinct
 *                                         recipients at the SMTP server on 127.0.0.1:PORT, raw SMTP
 *                                         over a socket, PER_CONNECTION mails per connection, one after
 *                                         the other, each a multipart/alternative of the files TEXT and
 *                                         HTML (UTF-8, quoted-printable, as Jakarta Mail sends them);
 *                                         prints one TSV line: mails, seconds, connections, bytes per mail
 */
public class Bench {

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private static final Pattern SERVER_TIME = Pattern.compile("app;dur=([0-9.]+)");
    private static final Pattern TOKEN = Pattern.compile("\"token\":\"([^\"]+)\"");
    private static final Pattern TOTAL = Pattern.compile("\"total\":([0-9]+)");

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "login" -> login(args[1], Integer.parseInt(args[2]), Integer.parseInt(args[3]), Path.of(args[4]), Path.of(args[5]));
            case "submit" -> submit(args[1], Integer.parseInt(args[2]), Integer.parseInt(args[3]), Path.of(args[4]), Path.of(args[5]));
            case "tables" -> tables(args[1], Integer.parseInt(args[2]), Path.of(args[3]));
            case "profile" -> profile(Path.of(args[1]), Integer.parseInt(args[2]));
            case "smtp" -> smtp(Integer.parseInt(args[1]), Integer.parseInt(args[2]), Integer.parseInt(args[3]),
                    Files.readString(Path.of(args[4])), Files.readString(Path.of(args[5])));
            default -> throw new IllegalArgumentException(args[0]);
        }
    }

    static String auth(String login) {
        return "Basic " + Base64.getEncoder().encodeToString((login + ":demo").getBytes(StandardCharsets.UTF_8));
    }

    /** Each worker's app opens its API session (password, PBKDF2); the tokens go to a file, a line each. */
    static void login(String base, int concurrency, int count, Path pairsFile, Path tokensFile) throws Exception {
        List<String[]> pairs = pairs(pairsFile);
        int total = Math.min(count, pairs.size());
        String[] tokens = new String[total];
        Run logins = run(concurrency, total, i -> HttpRequest.newBuilder(URI.create(base + "/api/session"))
                .timeout(Duration.ofSeconds(30)).header("Authorization", auth(pairs.get(i)[0]))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), 201, (body, i) -> {
                    Matcher m = TOKEN.matcher(body);
                    tokens[i] = m.find() ? m.group(1) : "missing";
                });
        Files.write(tokensFile, Arrays.stream(tokens).map(t -> t == null ? "missing" : t).toList());
        System.out.printf(Locale.ROOT, "%.1f\t%.1f%n", logins.ok / logins.seconds, pct(logins.latencies, 50));
        logins.failures.forEach(f -> System.err.println("login failure: " + f));
    }

    /** The submissions, each with the bearer token of its worker's session (the same line of TOKENS). */
    static void submit(String base, int concurrency, int count, Path pairsFile, Path tokensFile) throws Exception {
        List<String[]> pairs = pairs(pairsFile);
        List<String> tokens = Files.readAllLines(tokensFile);
        int total = Math.min(count, Math.min(pairs.size(), tokens.size()));
        Run submits = run(concurrency, total, i -> {
            String[] p = pairs.get(i);
            return HttpRequest.newBuilder(URI.create(base + "/api/employers/" + p[1] + "/requests"))
                    .timeout(Duration.ofSeconds(30))
                    .header("Authorization", "Bearer " + tokens.get(i))
                    .header("Content-Type", "application/json")
                    .header("Idempotency-Key", "bench-" + UUID.randomUUID())
                    .POST(HttpRequest.BodyPublishers.ofString(
                            "{\"agencyId\":" + p[2] + ",\"amount\":10.00,\"comment\":\"benchmark\"}"))
                    .build();
        }, 201, (body, i) -> {});
        System.out.printf(Locale.ROOT, "%d\t%d\t%d\t%d\t%.1f\t%.1f\t%.1f\t%.1f\t%.1f%n", concurrency,
                submits.sent, submits.ok, submits.sent - submits.ok, submits.seconds, submits.ok / submits.seconds,
                pct(submits.latencies, 50), pct(submits.latencies, 95), pct(submits.latencies, 99));
        submits.failures.forEach(f -> System.err.println("failure: " + f));
    }

    static List<String[]> pairs(Path pairsFile) throws Exception {
        return Files.readAllLines(pairsFile).stream().filter(l -> !l.isBlank()).map(l -> l.split("\t")).toList();
    }

    record Run(int sent, int ok, double seconds, long[] latencies, List<String> failures) {}

    /** Sends request(i) for i in [0, total), CONCURRENCY at a time, for at most three minutes. */
    static Run run(int concurrency, int total, IntFunction<HttpRequest> request, int expected,
            ObjIntConsumer<String> onOk) throws InterruptedException {
        AtomicInteger next = new AtomicInteger();
        AtomicInteger ok = new AtomicInteger();
        ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
        long[] latencies = new long[total];
        CountDownLatch done = new CountDownLatch(concurrency);
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        long start = System.nanoTime();
        for (int t = 0; t < concurrency; t++) {
            new Thread(() -> {
                try {
                    int i;
                    while ((i = next.getAndIncrement()) < total && System.nanoTime() < deadline) {
                        long t0 = System.nanoTime();
                        try {
                            HttpResponse<String> response = HTTP.send(request.apply(i), HttpResponse.BodyHandlers.ofString());
                            latencies[i] = System.nanoTime() - t0;
                            if (response.statusCode() == expected) {
                                ok.incrementAndGet();
                                onOk.accept(response.body(), i);
                            } else if (failures.size() < 5) {
                                failures.add(response.statusCode() + " " + response.body());
                            }
                        } catch (Exception e) {
                            latencies[i] = System.nanoTime() - t0;
                            failures.add(e.toString());
                        }
                    }
                } finally {
                    done.countDown();
                }
            }).start();
        }
        done.await();
        double seconds = (System.nanoTime() - start) / 1e9;
        int sent = Math.min(next.get(), total);
        long[] sorted = Arrays.stream(latencies, 0, sent).filter(l -> l > 0).sorted().toArray();
        return new Run(sent, ok.get(), seconds, sorted, List.copyOf(failures));
    }

    static void tables(String base, int reps, Path opsFile) throws Exception {
        for (String line : Files.readAllLines(opsFile)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] op = line.split("\t");
            String name = op[0];
            String login = op[1];
            String path = op[2];
            long total = -1;
            if (path.contains("offset=LAST")) {
                HttpResponse<String> first = get(base, login, path.replace("offset=LAST", "offset=0"));
                total = total(first.body());
                long last = Math.max(0, (total - 1) / 20 * 20);
                path = path.replace("offset=LAST", "offset=" + last);
            }
            List<Double> server = new ArrayList<>();
            List<Double> client = new ArrayList<>();
            String status = "";
            for (int r = 0; r < reps + 2; r++) {
                long t0 = System.nanoTime();
                HttpResponse<String> response = get(base, login, path);
                double ms = (System.nanoTime() - t0) / 1e6;
                if (response.statusCode() != 200) {
                    status = " (HTTP " + response.statusCode() + ": " + response.body() + ")";
                }
                if (r == 0 && total < 0) {
                    total = total(response.body());
                }
                if (r >= 2) {
                    client.add(ms);
                    Matcher m = SERVER_TIME.matcher(response.headers().firstValue("Server-Timing").orElse(""));
                    server.add(m.find() ? Double.parseDouble(m.group(1)) : Double.NaN);
                }
            }
            long[] s = server.stream().mapToLong(d -> Math.round(d * 1e6)).sorted().toArray();
            long[] c = client.stream().mapToLong(d -> Math.round(d * 1e6)).sorted().toArray();
            System.out.printf(Locale.ROOT, "%s\t%d\t%.2f\t%.2f\t%.2f%s%n", name, total, pct(s, 50), pct(s, 95),
                    pct(c, 50), status);
        }
    }

    static void profile(Path recording, int top) throws Exception {
        Map<String, Integer> self = new HashMap<>();
        Map<String, Integer> inclusive = new HashMap<>();
        int samples = 0;
        try (RecordingFile file = new RecordingFile(recording)) {
            while (file.hasMoreEvents()) {
                RecordedEvent event = file.readEvent();
                if (!event.getEventType().getName().equals("jdk.ExecutionSample") || event.getStackTrace() == null) {
                    continue;
                }
                List<RecordedFrame> frames = event.getStackTrace().getFrames();
                if (frames.isEmpty()) {
                    continue;
                }
                samples++;
                self.merge(name(frames.get(0)), 1, Integer::sum);
                frames.stream().map(Bench::name).filter(n -> n.startsWith("org.advance.")).distinct()
                        .forEach(n -> inclusive.merge(n, 1, Integer::sum));
            }
        }
        int total = samples;
        System.out.println("| hottest methods (own samples) | share |");
        System.out.println("|---|---:|");
        ranked(self, top).forEach(e -> System.out.printf(Locale.ROOT, "| `%s` | %.1f %% |%n", e.getKey(), 100.0 * e.getValue() / total));
        System.out.println();
        System.out.println("| application methods (on the stack) | share |");
        System.out.println("|---|---:|");
        ranked(inclusive, top).forEach(e -> System.out.printf(Locale.ROOT, "| `%s` | %.1f %% |%n", e.getKey(), 100.0 * e.getValue() / total));
        System.out.println();
        System.out.println(total + " execution samples.");
    }

    static String name(RecordedFrame frame) {
        return frame.getMethod().getType().getName() + "." + frame.getMethod().getName();
    }

    static List<Map.Entry<String, Integer>> ranked(Map<String, Integer> counts, int top) {
        return counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(top).toList();
    }

    static HttpResponse<String> get(String base, String login, String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
                .header("Authorization", auth(login)).header("Accept", "application/json").GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    static long total(String body) {
        Matcher m = TOTAL.matcher(body);
        return m.find() ? Long.parseLong(m.group(1)) : -1;
    }

    /** Nearest-rank percentile of sorted nanoseconds, in milliseconds. */
    static double pct(long[] sorted, int p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))] / 1e6;
    }

    // ---- smtp: the digest's floor ----------------------------------------------------------------

    /**
     * What the SMTP server costs at the least for COUNT mails: the same conversation as Jakarta
     * Mail's (EHLO once per connection, then MAIL FROM, RCPT TO, DATA per mail, no pipelining),
     * from the first connection to the server's "250" after the last mail's data.
     */
    static void smtp(int port, int count, int perConnection, String text, String html) throws Exception {
        long start = System.nanoTime();
        long bytes = 0;
        int connections = 0;
        for (int sent = 0; sent < count; ) {
            connections++;
            try (Socket socket = new Socket("127.0.0.1", port)) {
                socket.setSoTimeout(30_000);
                SmtpConversation smtp = new SmtpConversation(socket);
                smtp.expect(220);
                smtp.command("EHLO bench.advance.test", 250);
                for (int i = 0; i < perConnection && sent < count; i++, sent++) {
                    String to = String.format(Locale.ROOT, "floor%06d@bench.advance.test", sent + 1);
                    byte[] message = mime(to, sent + 1, text, html);
                    smtp.command("MAIL FROM:<acomptes@advance.test>", 250);
                    smtp.command("RCPT TO:<" + to + ">", 250);
                    smtp.command("DATA", 354);
                    smtp.data(message);
                    smtp.expect(250);
                    bytes += message.length;
                }
                smtp.command("QUIT", 221);
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(Locale.ROOT, "%d\t%.3f\t%d\t%d%n", count, seconds, connections, count == 0 ? 0 : bytes / count);
    }

    /** A digest-like mail: multipart/alternative, text then HTML, UTF-8 quoted-printable. */
    static byte[] mime(String to, int n, String text, String html) {
        String boundary = "----=_Part_" + n + "_" + UUID.randomUUID();
        StringBuilder m = new StringBuilder()
                .append("Date: ").append(DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.now())).append("\r\n")
                .append("From: acomptes@advance.test\r\n")
                .append("To: ").append(to).append("\r\n")
                .append("Message-ID: <bench-").append(UUID.randomUUID()).append("@advance.test>\r\n")
                .append("Subject: =?UTF-8?Q?R=C3=A9capitulatif_des_demandes_d'acompte_=C3=A0_traiter?=\r\n")
                .append("MIME-Version: 1.0\r\n")
                .append("Content-Type: multipart/alternative; \r\n\tboundary=\"").append(boundary).append("\"\r\n\r\n");
        for (String[] part : new String[][] {{"plain", text}, {"html", html}}) {
            m.append("--").append(boundary).append("\r\n")
                    .append("Content-Type: text/").append(part[0]).append("; charset=UTF-8\r\n")
                    .append("Content-Transfer-Encoding: quoted-printable\r\n\r\n")
                    .append(quotedPrintable(part[1])).append("\r\n");
        }
        m.append("--").append(boundary).append("--\r\n");
        return m.toString().getBytes(StandardCharsets.US_ASCII);
    }

    /** RFC 2045 quoted-printable of UTF-8 text, CRLF line ends, soft breaks before 76 characters. */
    static String quotedPrintable(String text) {
        StringBuilder out = new StringBuilder();
        String[] lines = text.replace("\r\n", "\n").split("\n", -1);
        for (int l = 0; l < lines.length; l++) {
            int column = 0;
            byte[] utf8 = lines[l].getBytes(StandardCharsets.UTF_8);
            for (int i = 0; i < utf8.length; i++) {
                int b = utf8[i] & 0xff;
                boolean last = i == utf8.length - 1;
                String piece = (b >= 33 && b <= 126 && b != '=') || ((b == ' ' || b == '\t') && !last)
                        ? String.valueOf((char) b) : String.format(Locale.ROOT, "=%02X", b);
                if (column + piece.length() > 75) {
                    out.append("=\r\n");
                    column = 0;
                }
                out.append(piece);
                column += piece.length();
            }
            if (l < lines.length - 1) {
                out.append("\r\n");
            }
        }
        return out.toString();
    }

    /** One SMTP connection: commands and their replies (multi-line replies read whole). */
    static final class SmtpConversation {

        private final BufferedReader in;
        private final OutputStream out;

        SmtpConversation(Socket socket) throws IOException {
            in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII));
            out = new BufferedOutputStream(socket.getOutputStream());
        }

        void command(String line, int expected) throws IOException {
            out.write((line + "\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            expect(expected);
        }

        /** The message, dot-stuffed, then the lone dot that ends it. */
        void data(byte[] message) throws IOException {
            String stuffed = new String(message, StandardCharsets.US_ASCII).replace("\r\n.", "\r\n..");
            out.write((stuffed.startsWith(".") ? "." + stuffed : stuffed).getBytes(StandardCharsets.US_ASCII));
            out.write(".\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
        }

        void expect(int code) throws IOException {
            String line;
            do {
                line = in.readLine();
                if (line == null) {
                    throw new IOException("the SMTP server closed the connection (expected " + code + ")");
                }
            } while (line.length() > 3 && line.charAt(3) == '-');
            if (!line.startsWith(Integer.toString(code))) {
                throw new IOException("SMTP: expected " + code + ", got: " + line);
            }
        }
    }
}

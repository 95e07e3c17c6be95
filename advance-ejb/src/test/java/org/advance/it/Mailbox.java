package org.advance.it;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import javax.naming.InitialContext;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A real SMTP server (GreenMail) inside the container, on the host and port of the server's own
 * mail session, so that the application sends exactly as in production. Registered on a test with
 * {@code @RegisterExtension final Mailbox mailbox = new Mailbox();}, it listens from before each
 * test's {@code @BeforeEach} until after its {@code @AfterEach}. {@link #stop()} is the SMTP outage
 * of the tests, {@link #start()} its end.
 */
final class Mailbox implements BeforeEachCallback, AfterEachCallback {

    private ServerSetup setup;
    private GreenMail greenMail;

    @Override
    public void beforeEach(ExtensionContext context) throws Exception {
        if (isInsideServer(context)) {
            setup = serverSession();
            start();
        }
    }

    @Override
    public void afterEach(ExtensionContext context) {
        stop();
    }

    /**
     * Whether this JUnit run is the one inside the server. JUnit also calls a test's extensions on
     * the client side, where Arquillian only forwards the test to the server and nothing of the
     * server (its mail session) can be reached; Arquillian's runner in the server sets this
     * configuration parameter.
     */
    private static boolean isInsideServer(ExtensionContext context) {
        return context.getConfigurationParameter("insideArquillian").map(Boolean::parseBoolean).orElse(false);
    }

    /** Reads where the server's session sends (mail/advance, or advance.mail.jndi). */
    private static ServerSetup serverSession() throws Exception {
        Session session = InitialContext.doLookup(System.getProperty("advance.mail.jndi", "mail/advance"));
        String host = session.getProperty("mail.smtp.host");
        if (host == null) {
            host = session.getProperty("mail.host");
        }
        String port = session.getProperty("mail.smtp.port");
        if (port == null) {
            throw new IllegalStateException("the mail session has no mail.smtp.port: " + session.getProperties());
        }
        return new ServerSetup(Integer.parseInt(port), host == null ? "127.0.0.1" : host, "smtp");
    }

    void start() {
        if (setup == null) {
            throw new IllegalStateException("the mailbox is a JUnit extension: register it with @RegisterExtension");
        }
        greenMail = new GreenMail(setup);
        greenMail.start();
    }

    void stop() {
        if (greenMail != null) {
            greenMail.stop();
            greenMail = null;
        }
    }

    List<MimeMessage> to(String address) {
        return greenMail == null ? List.of() : Arrays.asList(greenMail.getReceivedMessagesForDomain(address));
    }

    /** Waits until the address has received at least {@code count} mails (fails after 30 s); returns them. */
    List<MimeMessage> await(String address, int count) {
        return Awaitility.await(count + " mail(s) to " + address).pollInSameThread().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> to(address), mails -> mails.size() >= count);
    }

    /**
     * Checks that the address has exactly {@code count} mails and keeps that count for a second
     * (fails after 5 s): a late duplicate, or a mail still missing, shows.
     */
    void assertStaysAt(String address, int count) {
        Awaitility.await("exactly " + count + " mail(s) to " + address + ", for a second").pollInSameThread()
                .during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(100))
                .until(() -> to(address).size(), size -> size == count);
    }

    /** The text/plain or text/html alternative of a mail (SMTP's CRLF line ends read as \n). */
    static String part(MimeMessage message, String type) throws Exception {
        Multipart alternative = (Multipart) message.getContent();
        for (int i = 0; i < alternative.getCount(); i++) {
            BodyPart part = alternative.getBodyPart(i);
            if (part.isMimeType(type)) {
                return ((String) part.getContent()).replace("\r\n", "\n");
            }
        }
        throw new AssertionError("no " + type + " part in " + message.getContentType());
    }

    /** French amounts use no-break spaces: compare what the eye sees. */
    static String spaces(String s) {
        return s.replace('\u00a0', ' ').replace('\u202f', ' ');
    }
}

import com.icegreen.greenmail.Managers;
import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.configuration.PropertiesBasedGreenMailConfigurationBuilder;
import com.icegreen.greenmail.server.AbstractServer;
import com.icegreen.greenmail.server.ProtocolHandler;
import com.icegreen.greenmail.smtp.SmtpServer;
import com.icegreen.greenmail.standalone.GreenMailApiServerBuilder;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.PropertiesBasedServerSetupBuilder;
import com.icegreen.greenmail.util.ServerSetup;
import java.lang.reflect.Method;
import java.net.Socket;
import java.net.SocketException;
import java.util.Map;
import java.util.Properties;

/**
 * GreenMail standalone as bin/mail-catcher.sh runs it (same -Dgreenmail.* properties, same REST
 * API), except that its SMTP connections have TCP_NODELAY. GreenMail writes each SMTP reply in
 * more than one piece ("2", then "50 OK"); with Nagle's algorithm on, the second piece waits for
 * the client's delayed ACK (at least 40 ms per reply on Linux), several times per mail whatever the
 * client. The digest benchmark would then time that stall instead of the SMTP server's work.
 * Run with the greenmail-standalone jar on the class path:
 *   java -Dgreenmail.smtp.port=... -cp greenmail-standalone.jar bin/perf/MailCatcher.java
 */
public class MailCatcher {

    public static void main(String[] args) throws Exception {
        Properties properties = System.getProperties();
        ServerSetup[] setups = new PropertiesBasedServerSetupBuilder().build(properties);
        if (setups == null || setups.length == 0) {
            throw new IllegalArgumentException("no server configured: set -Dgreenmail.smtp.port=...");
        }
        GreenMailConfiguration configuration = new PropertiesBasedGreenMailConfigurationBuilder().build(properties);
        GreenMail greenMail = new NoDelayGreenMail(setups).withConfiguration(configuration);
        greenMail.start();
        GreenMailApiServerBuilder api = new GreenMailApiServerBuilder().configure(properties);
        if (api.isEnabled()) {
            Object server = api.withGreenMail(greenMail, setups, configuration).build();
            Method start = server.getClass().getMethod("start");
            start.setAccessible(true); // the server's type is package-private in GreenMail
            start.invoke(server);
        }
        String countsPort = properties.getProperty("catcher.counts.port");
        if (countsPort != null) {
            serveCounts(greenMail, Integer.parseInt(countsPort));
        }
        System.out.println("GreenMail (SMTP with TCP_NODELAY) started: " + java.util.Arrays.toString(setups));
    }

    /**
     * For the fault tests (bin/fault-test.sh), with -Dcatcher.counts.port=P on 127.0.0.1:
     * {@code GET /received} lists every mail received, one line each, "recipient Message-ID"
     * (thousands of mails in one request, where the REST API needs one per recipient);
     * {@code POST /purge} forgets them.
     */
    static void serveCounts(GreenMail greenMail, int port) throws java.io.IOException {
        com.sun.net.httpserver.HttpServer server = com.sun.net.httpserver.HttpServer.create(
                new java.net.InetSocketAddress("127.0.0.1", port), 0);
        server.createContext("/received", exchange -> {
            StringBuilder lines = new StringBuilder();
            for (jakarta.mail.internet.MimeMessage message : greenMail.getReceivedMessages()) {
                try {
                    jakarta.mail.Address[] recipients = message.getRecipients(jakarta.mail.Message.RecipientType.TO);
                    for (jakarta.mail.Address to : recipients == null ? new jakarta.mail.Address[0] : recipients) {
                        lines.append(((jakarta.mail.internet.InternetAddress) to).getAddress()).append(' ')
                                .append(message.getMessageID()).append('\n');
                    }
                } catch (jakarta.mail.MessagingException e) {
                    lines.append("unreadable ").append(e.getMessage()).append('\n');
                }
            }
            reply(exchange, lines.toString());
        });
        server.createContext("/purge", exchange -> {
            try {
                greenMail.purgeEmailFromAllMailboxes();
            } catch (Exception e) {
                throw new java.io.IOException(e);
            }
            reply(exchange, "purged\n");
        });
        server.start();
    }

    private static void reply(com.sun.net.httpserver.HttpExchange exchange, String body) throws java.io.IOException {
        byte[] bytes = body.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(200, bytes.length);
        try (java.io.OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    /** GreenMail whose SMTP server sets TCP_NODELAY on every connection it accepts. */
    static final class NoDelayGreenMail extends GreenMail {

        NoDelayGreenMail(ServerSetup[] setups) {
            super(setups);
        }

        @Override
        protected Map<String, AbstractServer> createServices(ServerSetup[] config, Managers managers) {
            Map<String, AbstractServer> services = super.createServices(config, managers);
            for (ServerSetup setup : config) {
                if (ServerSetup.PROTOCOL_SMTP.equals(setup.getProtocol())) {
                    services.put(setup.getProtocol(), new SmtpServer(setup, managers) {
                        @Override
                        protected ProtocolHandler createProtocolHandler(Socket client) {
                            try {
                                client.setTcpNoDelay(true);
                            } catch (SocketException e) {
                                throw new IllegalStateException(e);
                            }
                            return super.createProtocolHandler(client);
                        }
                    });
                }
            }
            return services;
        }
    }
}

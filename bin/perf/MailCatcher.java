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
 * the client's delayed ACK, i.e. about 40 ms per reply on Linux: ~175 ms per mail whatever the
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
        System.out.println("GreenMail (SMTP with TCP_NODELAY) started: " + java.util.Arrays.toString(setups));
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

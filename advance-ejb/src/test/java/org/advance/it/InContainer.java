package org.advance.it;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A test that Arquillian deploys and runs inside the managed server: the class declares its archive
 * with {@code @Deployment static WebArchive deployment() { return Deployments.ejbModule("name"); }},
 * gets the application's beans with {@code @EJB}, and a real SMTP server with
 * {@code @RegisterExtension final Mailbox mailbox = new Mailbox();}.
 */
@Documented
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(ArquillianExtension.class)
public @interface InContainer {}

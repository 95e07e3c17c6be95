package org.advance.it;

import java.io.File;
import java.util.Arrays;
import java.util.Objects;
import org.jboss.shrinkwrap.api.GenericArchive;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ExplodedImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The archive every in-container test deploys: the whole EJB module as built (classes, migrations,
 * persistence unit, bundles, batch jobs), the libraries the EAR ships in lib/, and this package of
 * test support. Built from whole folders, so a new class or resource is never forgotten.
 */
public final class Deployments {

    private Deployments() {}

    public static WebArchive ejbModule(String name) {
        File classes = new File("target/classes");
        if (!new File(classes, "META-INF/persistence.xml").isFile()) {
            throw new IllegalStateException("target/classes is not built: run the tests through Maven (mvn verify)");
        }
        WebArchive war = ShrinkWrap.create(WebArchive.class, name + ".war")
                .merge(ShrinkWrap.create(ExplodedImporter.class).importDirectory(classes).as(GenericArchive.class),
                        "/WEB-INF/classes")
                // In a WAR the EJB descriptor lives in WEB-INF (it declares AdvanceException an application exception).
                .addAsWebInfResource(new File(classes, "META-INF/ejb-jar.xml"), "ejb-jar.xml")
                .addAsWebInfResource(new File(classes, "META-INF/beans.xml"), "beans.xml")
                // WildFly: Jakarta Security's implementation for the password hashes (as the EAR asks for it).
                .addAsWebInfResource(new File("target/test-classes/wildfly/jboss-deployment-structure.xml"),
                        "jboss-deployment-structure.xml")
                .addPackage(Deployments.class.getPackage());
        File libs = new File(Objects.requireNonNull(System.getProperty("advance.runtimeLibs"),
                "system property advance.runtimeLibs (set by failsafe) names the EAR's libraries"));
        File[] jars = libs.listFiles((dir, file) -> file.endsWith(".jar"));
        if (jars == null || jars.length == 0) {
            throw new IllegalStateException("no libraries in " + libs + ": run the tests through Maven (mvn verify)");
        }
        Arrays.stream(jars).forEach(war::addAsLibrary);
        // Test-only libraries (GreenMail, started inside the container by the mail tests).
        String testLibs = System.getProperty("advance.testLibs");
        File[] testJars = testLibs == null ? null : new File(testLibs).listFiles((dir, file) -> file.endsWith(".jar"));
        if (testJars != null) {
            Arrays.stream(testJars).forEach(war::addAsLibrary);
        }
        // Test-only batch jobs (src/test/resources/META-INF/batch-jobs), beside the real ones.
        File testJobs = new File("target/test-classes/META-INF/batch-jobs");
        File[] jobs = testJobs.listFiles((dir, file) -> file.endsWith(".xml"));
        if (jobs != null) {
            Arrays.stream(jobs).forEach(job -> war.addAsWebInfResource(job, "classes/META-INF/batch-jobs/" + job.getName()));
        }
        return war;
    }
}

package org.advance.api;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;

/** The EAR exactly as built by this module (advance-ear/target/advance.ear), deployed whole. */
final class Deployments {

    private Deployments() {}

    static EnterpriseArchive ear() {
        return ShrinkWrap.createFromZipFile(EnterpriseArchive.class,
                new File(System.getProperty("advance.ear", "target/advance.ear")));
    }
}

package org.lactationclinic.it;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

import java.io.File;

/**
 * The WAR under test is the one Maven just built (target/lactation-clinic.war), so the ITs exercise
 * exactly what ships, with its libraries, descriptors and migrations.
 */
public final class Deployments {

    private Deployments() {
    }

    public static WebArchive builtWar() {
        File war = new File(System.getProperty("it.war", "target/lactation-clinic.war"));
        if (!war.isFile()) {
            throw new IllegalStateException("Build the WAR first (mvn verify does): " + war.getAbsolutePath());
        }
        return ShrinkWrap.createFromZipFile(WebArchive.class, war);
    }

    /** The built WAR plus the in-container test helpers that sign in as a consultant or an admin. */
    public static WebArchive builtWarWithTestIdentities(Class<?>... testClasses) {
        WebArchive war = builtWar();
        war.delete("WEB-INF/glassfish-web.xml");
        return war
                .addClasses(AsConsultant.class, AsAdmin.class)
                .addClasses(testClasses)
                .addAsWebInfResource("it/glassfish-ejb-jar.xml", "glassfish-ejb-jar.xml")
                .addAsWebInfResource("it/glassfish-web.xml", "glassfish-web.xml");
    }
}

package org.lactationclinic.it;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The WAR under test is the one Maven just built (target/lactation-clinic.war), so the ITs exercise exactly what ships,
 * with its libraries, descriptors and migrations.
 */
public final class Deployments {

    private Deployments() {}

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
        String roleMapping = new String(readEntry(war, "WEB-INF/glassfish-web.xml"), StandardCharsets.UTF_8);
        war.delete("WEB-INF/glassfish-web.xml");
        return war.addClasses(AsConsultant.class, AsAdmin.class, ContainerTestBase.class)
                .addClasses(testClasses)
                .addAsWebInfResource("it/glassfish-ejb-jar.xml", "glassfish-ejb-jar.xml")
                // The shipped role mapping, plus the principals the @RunAs helpers act as.
                .addAsWebInfResource(
                        new StringAsset(roleMapping
                                .replace(
                                        "<group-name>CONSULTANT</group-name>",
                                        "<group-name>CONSULTANT</group-name><principal-name>" + AsConsultant.USERNAME
                                                + "</principal-name>")
                                .replace(
                                        "<group-name>ADMIN</group-name>",
                                        "<group-name>ADMIN</group-name><principal-name>" + AsAdmin.USERNAME
                                                + "</principal-name>")),
                        "glassfish-web.xml");
    }

    private static byte[] readEntry(WebArchive war, String path) {
        try (InputStream in = war.get(path).getAsset().openStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

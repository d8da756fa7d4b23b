package org.lactationclinic.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.lactationclinic.domain.photo.PhotoImageTest;

/**
 * The one deployment of the whole IT suite ({@link OneServerPerSuite} deploys it before the first IT class and
 * undeploys it after the last): the built WAR with the in-container test helpers and every in-container IT class,
 * deployed as ROOT.war so the application answers at "/" next to Payara Micro's own /health, /metrics and /openapi
 * (OperationalEndpointsIT checks them there).
 *
 * <p>An IT class has no {@code @Deployment} of its own. Client-side ITs (browser, HTTP) are {@code @RunAsClient} and
 * need not be in the WAR; an IT class that runs in the container must be listed here.
 */
public final class SuiteDeployment {

    private SuiteDeployment() {}

    @Deployment
    public static WebArchive deployment() {
        return ShrinkWrap.create(WebArchive.class, "ROOT.war")
                .merge(Deployments.builtWarWithTestIdentities(
                        AuditTrailIT.class,
                        AutosaveIT.class,
                        BadInputIT.class,
                        CarePlanIT.class,
                        ChartingIT.class,
                        ClinicIT.class,
                        ClinicalRoundTwoIT.class,
                        ConsentIT.class,
                        FhirRoundTripIT.class,
                        InteropIT.class,
                        OperationalEndpointsIT.class,
                        PhotographsIT.class,
                        ReferralInboxIT.class,
                        ReferralOutcomeIT.class,
                        ReliabilityIT.class,
                        ReportsIT.class,
                        SecondFactorIT.class,
                        SignInLockIT.class,
                        SigningIT.class,
                        TwinsPrintIT.class,
                        // what those classes use inside the container
                        ReportFixtures.class,
                        WebClient.class,
                        CspNonce.class,
                        // the session probe FailoverSessionIT calls (a servlet at /it/view-state)
                        ViewStateProbe.class,
                        PhotoImageTest.class));
    }
}

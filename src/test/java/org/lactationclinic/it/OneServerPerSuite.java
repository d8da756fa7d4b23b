package org.lactationclinic.it;

import java.util.logging.Logger;
import org.jboss.arquillian.container.spi.client.deployment.Deployment;
import org.jboss.arquillian.container.spi.client.deployment.DeploymentScenario;
import org.jboss.arquillian.container.spi.event.DeployManagedDeployments;
import org.jboss.arquillian.container.spi.event.UnDeployManagedDeployments;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.container.test.impl.client.deployment.event.GenerateDeployment;
import org.jboss.arquillian.core.api.Event;
import org.jboss.arquillian.core.api.Instance;
import org.jboss.arquillian.core.api.InstanceProducer;
import org.jboss.arquillian.core.api.annotation.Inject;
import org.jboss.arquillian.core.api.annotation.Observes;
import org.jboss.arquillian.core.spi.EventContext;
import org.jboss.arquillian.core.spi.LoadableExtension;
import org.jboss.arquillian.test.spi.TestClass;
import org.jboss.arquillian.test.spi.annotation.ClassScoped;
import org.jboss.arquillian.test.spi.context.ClassContext;
import org.jboss.arquillian.test.spi.event.suite.AfterSuite;

/**
 * One Payara Micro for the whole IT suite instead of one per IT class (issue 17, point 7).
 *
 * <p>The Payara Micro adapter starts a server in {@code deploy} and stops it in {@code undeploy}, and Arquillian
 * deploys each test class's {@code @Deployment} before the class and undeploys it after: 28 IT classes were 28 server
 * starts of 30 s to over 3 min each, as the machine is loaded. This extension (registered in
 * META-INF/services/org.jboss.arquillian.core.spi.LoadableExtension) gives every IT class the deployment of
 * {@link SuiteDeployment} instead of its own, deploys it before the first class, keeps it over the following ones and
 * undeploys it when the suite ends. Failsafe runs all IT classes in one JVM (its default), which is what makes them one
 * suite.
 *
 * <p>What this costs the tests: they share one server and one database, as they already shared the PostgreSQL schema,
 * so each makes its own data (unique names) and asserts on that; server memory is shared too (sign-in throttle,
 * sessions): see {@link WebClient#fromAddress}.
 */
public final class OneServerPerSuite implements LoadableExtension {

    @Override
    public void register(ExtensionBuilder builder) {
        builder.observer(SuiteDeployer.class);
    }

    /** The observer: runs in Arquillian's client-side manager, one instance per test JVM. */
    public static final class SuiteDeployer {

        private static final Logger LOG = Logger.getLogger(OneServerPerSuite.class.getName());

        @Inject
        @ClassScoped
        private InstanceProducer<DeploymentScenario> classScenario;

        @Inject
        private Instance<ClassContext> classContext;

        @Inject
        private Event<GenerateDeployment> generateDeployment;

        @Inject
        private Event<UnDeployManagedDeployments> undeployManaged;

        private DeploymentScenario suiteScenario;
        private boolean generatingSuite;
        private boolean deployed;
        private Throwable startFailure;
        private boolean undeployingSuite;

        /** Every IT class gets the suite's deployment; it is generated (the WAR built) once. */
        public void generate(@Observes EventContext<GenerateDeployment> event) {
            if (generatingSuite) {
                event.proceed();
                return;
            }
            checkFitsTheSuite(event.getEvent().getTestClass());
            if (suiteScenario == null) {
                generatingSuite = true;
                try {
                    generateDeployment.fire(new GenerateDeployment(new TestClass(SuiteDeployment.class)));
                } finally {
                    generatingSuite = false;
                }
                suiteScenario = classScenario.get();
            } else {
                classScenario.set(suiteScenario);
            }
            checkRunsSomewhere(event.getEvent().getTestClass());
        }

        /**
         * A class written for one server per class would run wrongly here (its own {@code @Deployment} is never
         * deployed; a client-side class would run in the container): it fails at once, saying what to change.
         */
        private static void checkFitsTheSuite(TestClass testClass) {
            if (testClass.getMethods(org.jboss.arquillian.container.test.api.Deployment.class).length > 0) {
                throw new IllegalStateException(testClass.getName() + " has a @Deployment of its own, which the suite"
                        + " never deploys: remove it and list the class in SuiteDeployment, or make it @RunAsClient");
            }
        }

        /** A class that runs in the container must be in the suite's WAR; any other must run as a client. */
        private void checkRunsSomewhere(TestClass testClass) {
            if (testClass.isAnnotationPresent(RunAsClient.class)) {
                return;
            }
            String path =
                    "/WEB-INF/classes/" + testClass.getJavaClass().getName().replace('.', '/') + ".class";
            for (Deployment deployment : suiteScenario.deployments()) {
                if (!deployment.getDescription().getArchive().contains(path)) {
                    throw new IllegalStateException(testClass.getName() + " runs in the container but is not in the"
                            + " suite's WAR: list it in SuiteDeployment, or make it @RunAsClient");
                }
            }
        }

        /**
         * Deployed (the server started) before the first IT class only. When that fails, every later class fails at
         * once with the first failure as its cause, instead of trying another start of up to startupTimeoutInSeconds
         * each.
         */
        public void deploy(@Observes EventContext<DeployManagedDeployments> event) {
            if (startFailure != null) {
                throw new IllegalStateException(
                        "The IT suite's Payara Micro did not start (see the output of the"
                                + " first IT class in target/failsafe-reports)",
                        startFailure);
            }
            if (!deployed) {
                LOG.info("Starting the one Payara Micro of this IT suite");
                deployed = true;
                try {
                    event.proceed();
                } catch (Throwable e) {
                    // Arquillian rethrows the adapter's checked DeploymentException unchecked.
                    startFailure = e;
                    throw e;
                }
                for (Deployment deployment : suiteScenario.deployments()) {
                    if (!deployment.isDeployed() || deployment.hasDeploymentError()) {
                        startFailure = new IllegalStateException(
                                deployment.getDescription().getName() + " was not deployed",
                                deployment.getDeploymentError());
                    }
                }
            }
        }

        /** Not undeployed after each class: only when the suite ends. */
        public void undeploy(@Observes EventContext<UnDeployManagedDeployments> event) {
            if (undeployingSuite) {
                event.proceed();
            }
        }

        /** Before Arquillian stops its containers: undeploy the suite deployment, which stops the server. */
        public void undeployAtTheEnd(@Observes(precedence = 100) AfterSuite event) {
            if (!deployed) {
                return;
            }
            classContext.get().activate(SuiteDeployment.class);
            undeployingSuite = true;
            try {
                classScenario.set(suiteScenario);
                undeployManaged.fire(new UnDeployManagedDeployments());
            } finally {
                undeployingSuite = false;
                deployed = false;
                classContext.get().deactivate();
                classContext.get().destroy(SuiteDeployment.class);
            }
        }
    }
}

package org.lactationclinic.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** Jakarta REST under /fhir; web.xml protects the path (consultants and integrations). */
@ApplicationPath("fhir")
public class FhirApplication extends Application {}

/**
 * JAX-RS resources: the read-only FHIR R4 endpoint under /fhir (issue 14). A JAX-RS resource rather than HAPI's
 * RestfulServer: hapi-fhir-server is not served by this project's registry, and the endpoint answers five requests
 * (metadata, read, search by identifier, $everything), which the container's Jakarta REST serves with the same
 * security, transactions and audit trail as the rest of the application.
 */
package org.lactationclinic.rest;

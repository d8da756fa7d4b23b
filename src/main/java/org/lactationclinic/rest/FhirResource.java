package org.lactationclinic.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Date;
import java.util.Optional;
import java.util.UUID;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CapabilityStatement;
import org.hl7.fhir.r4.model.Enumerations;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.lactationclinic.application.InteropService;
import org.lactationclinic.application.ReferralService;
import org.lactationclinic.domain.referral.Referral;
import org.lactationclinic.domain.referral.ReferralChannelType;
import org.lactationclinic.domain.shared.RecordNotFoundException;
import org.lactationclinic.infrastructure.fhir.ClinicFhir;

/**
 * The read-only FHIR R4 endpoint: {@code GET /fhir/metadata}, {@code GET /fhir/Patient/{id}}, {@code GET
 * /fhir/Patient?identifier=[system|]value}, {@code GET /fhir/Patient/{id}/$everything}; and one write, a referral
 * posted to {@code POST /fhir} or {@code POST /fhir/Bundle} (a Bundle, a resource or an array of them, R4 or DSTU3),
 * stored in the referral inbox as sent. JSON only. Ids are the clinic's record uuids. Who may call it is web.xml's and
 * InteropService's business; what was read is on the audit trail.
 */
@Path("")
@RequestScoped
@Produces(FhirResource.FHIR_JSON)
public class FhirResource {

    static final String FHIR_JSON = "application/fhir+json;charset=UTF-8";

    @Inject
    private InteropService interop;

    @Inject
    private ReferralService referrals;

    @Context
    private UriInfo uri;

    @GET
    @Path("metadata")
    public String metadata() {
        CapabilityStatement statement = new CapabilityStatement();
        statement.setStatus(Enumerations.PublicationStatus.ACTIVE);
        statement.setDate(new Date());
        statement.setKind(CapabilityStatement.CapabilityStatementKind.INSTANCE);
        statement.setFhirVersion(Enumerations.FHIRVersion._4_0_1);
        statement.addFormat("application/fhir+json");
        statement.getSoftware().setName("Lactation Clinic");
        statement
                .getImplementation()
                .setDescription("Lactation Clinic, read-only FHIR R4")
                .setUrl(base());
        CapabilityStatement.CapabilityStatementRestComponent rest = statement.addRest();
        rest.setMode(CapabilityStatement.RestfulCapabilityMode.SERVER);
        rest.getSecurity()
                .setDescription(
                        "HTTP Basic over TLS: a consultant's or an integration account; every read is audited.");
        CapabilityStatement.CapabilityStatementRestResourceComponent patient =
                rest.addResource().setType("Patient");
        patient.addInteraction().setCode(CapabilityStatement.TypeRestfulInteraction.READ);
        patient.addInteraction().setCode(CapabilityStatement.TypeRestfulInteraction.SEARCHTYPE);
        patient.addSearchParam()
                .setName("identifier")
                .setType(Enumerations.SearchParamType.TOKEN)
                .setDocumentation("system|value or value: the mother's identifier, or one of her babies'");
        patient.addOperation()
                .setName("everything")
                .setDefinition("http://hl7.org/fhir/OperationDefinition/Patient-everything");
        return ClinicFhir.json().encodeResourceToString(statement);
    }

    @GET
    @Path("Patient/{id}")
    public Response read(@PathParam("id") String id) {
        Optional<UUID> uuid = uuid(id);
        Optional<String> patient = uuid.flatMap(interop::readPatient);
        return patient.map(json -> Response.ok(json).build()).orElseGet(() -> outcome(404, "No Patient " + id));
    }

    @GET
    @Path("Patient")
    public Response search(@QueryParam("identifier") String identifier) {
        if (identifier == null || identifier.isBlank()) {
            return outcome(400, "Search Patient by identifier=[system|]value; other searches are not supported");
        }
        int bar = identifier.indexOf('|');
        String system = bar < 0 ? null : identifier.substring(0, bar);
        String value = bar < 0 ? identifier : identifier.substring(bar + 1);
        if (value.isBlank()) {
            return outcome(400, "The identifier's value is missing");
        }
        return Response.ok(interop.searchPatients(system, value, base())).build();
    }

    @GET
    @Path("Patient/{id}/$everything")
    public Response everything(@PathParam("id") String id) {
        Optional<UUID> uuid = uuid(id);
        if (uuid.isEmpty()) {
            return outcome(404, "No Patient " + id);
        }
        try {
            return Response.ok(interop.exportMother(uuid.get(), base(), Bundle.BundleType.SEARCHSET))
                    .build();
        } catch (RecordNotFoundException e) {
            return outcome(404, "No mother's record " + id + " ($everything is offered for mothers)");
        }
    }

    /**
     * A referral sent by another system: stored in the inbox as it came, whatever could be read of it (a consultant
     * decides). 201 with an OperationOutcome that names the referral and lists every item not understood (200 and the
     * referral received before when the same text was already received and not rejected); 413 when larger than the
     * inbox keeps.
     */
    @POST
    @Consumes({"application/fhir+json", "application/json"})
    public Response receive(String body) {
        return receiveBundle(body);
    }

    @POST
    @Path("Bundle")
    @Consumes({"application/fhir+json", "application/json"})
    public Response receiveBundle(String body) {
        if (body == null || body.isBlank()) {
            return outcome(400, "The referral is empty");
        }
        if (body.length() > Referral.PAYLOAD_MAX) {
            return outcome(413, "A referral is at most " + Referral.PAYLOAD_MAX + " characters");
        }
        ReferralService.Receipt receipt = referrals.receive(ReferralChannelType.ENDPOINT, null, body);
        Referral referral = receipt.referral();
        OperationOutcome outcome = new OperationOutcome();
        outcome.addIssue()
                .setSeverity(OperationOutcome.IssueSeverity.INFORMATION)
                .setCode(OperationOutcome.IssueType.INFORMATIONAL)
                .setDiagnostics((receipt.alreadyReceived()
                                ? "Already received, not stored again, as referral "
                                : "Received as referral ")
                        + referral.getUuid() + ": " + referral.getNotUnderstoodCount()
                        + " items not understood, " + referral.getConditionCount() + " referral conditions met");
        for (String item : referral.getNotUnderstoodItems()) {
            outcome.addIssue()
                    .setSeverity(OperationOutcome.IssueSeverity.WARNING)
                    .setCode(OperationOutcome.IssueType.NOTSUPPORTED)
                    .setDiagnostics(item);
        }
        return Response.status(receipt.alreadyReceived() ? 200 : 201)
                .entity(ClinicFhir.json().encodeResourceToString(outcome))
                .build();
    }

    private String base() {
        return uri.getBaseUri().toString();
    }

    private static Optional<UUID> uuid(String id) {
        try {
            return Optional.of(UUID.fromString(id));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static Response outcome(int status, String text) {
        OperationOutcome outcome = new OperationOutcome();
        outcome.addIssue()
                .setSeverity(OperationOutcome.IssueSeverity.ERROR)
                .setCode(
                        status == 404
                                ? OperationOutcome.IssueType.NOTFOUND
                                : status == 413
                                        ? OperationOutcome.IssueType.TOOLONG
                                        : status == 400
                                                ? OperationOutcome.IssueType.INVALID
                                                : OperationOutcome.IssueType.NOTSUPPORTED)
                .setDiagnostics(text);
        return Response.status(status)
                .entity(ClinicFhir.json().encodeResourceToString(outcome))
                .build();
    }
}

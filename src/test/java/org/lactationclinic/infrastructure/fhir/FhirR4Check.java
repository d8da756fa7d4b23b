package org.lactationclinic.infrastructure.fhir;

import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.parser.IParser;
import ca.uhn.fhir.parser.StrictErrorHandler;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.hl7.fhir.r4.fhirpath.ExpressionNode;
import org.hl7.fhir.r4.fhirpath.FHIRPathEngine;
import org.hl7.fhir.r4.hapi.ctx.HapiWorkerContext;
import org.hl7.fhir.r4.model.Base;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.ElementDefinition;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.StructureDefinition;

/**
 * Checks resources against base R4, with what HAPI FHIR 8.12.1 offers on this project's registry: hapi-fhir-validation
 * (HAPI's FhirInstanceValidator) is not served here, so this runs the parts of it that need only the model, the base
 * StructureDefinitions (hapi-fhir-validation-resources-r4) and HL7's FHIRPath engine:
 *
 * <ul>
 *   <li>HAPI's parser in strict mode reads the encoded resource back (unknown elements, bad primitive values, wrong
 *       types are errors);
 *   <li>every element's cardinality (min and max) from the resource's and each data type's snapshot;
 *   <li>every invariant of severity error (ele-1, obs-6, bdl-7, ...) evaluated with the FHIRPath engine; an invariant
 *       the engine cannot evaluate is reported as unchecked, never as passed;
 *   <li>every relative reference of a Bundle's resource resolves to an entry of the Bundle.
 * </ul>
 *
 * Not checked (the full validator would): terminology bindings against value sets, and profiles other than base R4.
 */
public final class FhirR4Check {

    private static final String BASE = "http://hl7.org/fhir/StructureDefinition/";
    private static final Set<String> NOT_RECURSED =
            Set.of("Element", "BackboneElement", "Resource", "xhtml", "Narrative");

    private final DefaultProfileValidationSupport support = new DefaultProfileValidationSupport(ClinicFhir.r4());
    private final FHIRPathEngine fhirPath = new FHIRPathEngine(new HapiWorkerContext(ClinicFhir.r4(), support));
    private final Map<String, ExpressionNode> parsed = new HashMap<>();
    final List<String> unchecked = new ArrayList<>();

    /** The errors of one resource, empty when it passes. */
    public List<String> errors(Resource resource) {
        List<String> errors = new ArrayList<>();
        IParser strict = ClinicFhir.r4().newJsonParser().setParserErrorHandler(new StrictErrorHandler());
        try {
            strict.parseResource(strict.encodeResourceToString(resource));
        } catch (RuntimeException e) {
            errors.add(resource.fhirType() + "/" + resource.getIdElement().getIdPart() + ": " + e.getMessage());
        }
        StructureDefinition definition = definition(resource.fhirType());
        check(
                resource,
                resource,
                definition,
                resource.fhirType() + "/" + resource.getIdElement().getIdPart(),
                errors,
                0);
        return errors;
    }

    /** The errors of a Bundle and of every resource in it, and its unresolved references. */
    public List<String> bundleErrors(Bundle bundle) {
        List<String> errors = new ArrayList<>(errors(bundle));
        Set<String> present = bundle.getEntry().stream()
                .map(entry -> entry.getResource().fhirType() + "/"
                        + entry.getResource().getIdElement().getIdPart())
                .collect(Collectors.toSet());
        for (Bundle.BundleEntryComponent entry : bundle.getEntry()) {
            errors.addAll(errors(entry.getResource()));
            for (Base node : fhirPath.evaluate(entry.getResource(), "descendants().ofType(Reference)")) {
                String target = ((Reference) node).getReference();
                if (target != null && !target.contains(":") && !present.contains(target)) {
                    errors.add(entry.getFullUrl() + ": reference " + target + " is not in the bundle");
                }
            }
        }
        return errors;
    }

    private StructureDefinition definition(String type) {
        return (StructureDefinition) support.fetchStructureDefinition(BASE + type);
    }

    private void check(
            Resource root, Base node, StructureDefinition definition, String where, List<String> errors, int depth) {
        if (depth > 12) {
            return;
        }
        String type = definition.getType();
        for (ElementDefinition element : definition.getSnapshot().getElement()) {
            String path = element.getPath();
            List<Base> targets;
            if (path.equals(type)) {
                targets = List.of(node);
            } else {
                String relative = path.substring(type.length() + 1).replace("[x]", "");
                int dot = relative.lastIndexOf('.');
                List<Base> parents = dot < 0 ? List.of(node) : fhirPath.evaluate(node, relative.substring(0, dot));
                String name = relative.substring(dot + 1);
                targets = new ArrayList<>();
                for (Base parent : parents) {
                    List<Base> children = parent.listChildrenByName(name, false) == null
                            ? List.of()
                            : List.of(parent.listChildrenByName(name, false)).stream()
                                    .filter(child -> child != null && !child.isEmpty())
                                    .toList();
                    if (children.size() < element.getMin()) {
                        errors.add(where + ": " + path + " needs at least " + element.getMin());
                    }
                    if (!"*".equals(element.getMax()) && children.size() > Integer.parseInt(element.getMax())) {
                        errors.add(where + ": " + path + " allows at most " + element.getMax());
                    }
                    targets.addAll(children);
                }
                // the data type's own elements and invariants (HumanName, Quantity, Reference, Extension, ...)
                for (Base child : targets) {
                    String childType = child.fhirType();
                    if (!child.isPrimitive() && !NOT_RECURSED.contains(childType) && !childType.contains(".")) {
                        StructureDefinition childDefinition = definition(childType);
                        if (childDefinition != null
                                && childDefinition.getKind()
                                        == StructureDefinition.StructureDefinitionKind.COMPLEXTYPE) {
                            check(root, child, childDefinition, where + " " + path, errors, depth + 1);
                        }
                    }
                }
            }
            for (ElementDefinition.ElementDefinitionConstraintComponent constraint : element.getConstraint()) {
                if (constraint.getSeverity() != ElementDefinition.ConstraintSeverity.ERROR
                        || !constraint.hasExpression()) {
                    continue;
                }
                for (Base target : targets) {
                    Boolean holds = holds(root, target, constraint);
                    if (holds == null) {
                        unchecked.add(constraint.getKey() + " at " + path);
                    } else if (!holds) {
                        errors.add(where + ": " + path + " breaks " + constraint.getKey() + " (" + constraint.getHuman()
                                + ")");
                    }
                }
            }
        }
    }

    private Boolean holds(
            Resource root, Base target, ElementDefinition.ElementDefinitionConstraintComponent constraint) {
        try {
            ExpressionNode expression = parsed.computeIfAbsent(constraint.getExpression(), fhirPath::parse);
            List<Base> result = fhirPath.evaluate(null, root, root, target, expression);
            // an empty result is not a failure (the full validator reads it so too)
            return result.isEmpty()
                    || result.size() == 1 && result.getFirst() instanceof BooleanType bool && bool.booleanValue();
        } catch (RuntimeException e) {
            return null;
        }
    }
}

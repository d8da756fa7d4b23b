package org.lactationclinic.web;

import org.lactationclinic.domain.charting.BreastSideType;
import org.lactationclinic.domain.charting.FeedPositionType;
import org.lactationclinic.domain.charting.NippleShapeAfterFeedType;
import org.lactationclinic.domain.charting.SuckSwallowPatternType;
import org.lactationclinic.domain.charting.SupplementMethodType;
import org.lactationclinic.domain.charting.SupplementType;
import org.lactationclinic.domain.intake.IntakeFlagType;
import org.lactationclinic.domain.intake.TransferComparisonType;
import org.lactationclinic.domain.settings.ClinicSettingType;
import org.lactationclinic.domain.weight.WeightFlagType;
import org.junit.jupiter.api.Test;
import org.lactationclinic.domain.assessment.AssessmentFlagType;
import org.lactationclinic.domain.assessment.BtatFrenulumAttachmentType;
import org.lactationclinic.domain.assessment.BtatTongueLiftType;
import org.lactationclinic.domain.assessment.BtatTongueProtrusionType;
import org.lactationclinic.domain.assessment.BtatTongueTipType;
import org.lactationclinic.domain.assessment.HatlffAppearanceItemType;
import org.lactationclinic.domain.assessment.HatlffFindingType;
import org.lactationclinic.domain.assessment.HatlffFunctionItemType;
import org.lactationclinic.domain.assessment.HatlffInterpretationType;
import org.lactationclinic.domain.assessment.IbfatFixingType;
import org.lactationclinic.domain.assessment.IbfatMaternalSatisfactionType;
import org.lactationclinic.domain.assessment.IbfatReadinessType;
import org.lactationclinic.domain.assessment.IbfatRootingType;
import org.lactationclinic.domain.assessment.IbfatSuckingType;
import org.lactationclinic.domain.assessment.LatchComfortType;
import org.lactationclinic.domain.assessment.LatchGraspType;
import org.lactationclinic.domain.assessment.LatchHoldType;
import org.lactationclinic.domain.assessment.LatchNippleType;
import org.lactationclinic.domain.assessment.LatchSwallowingType;
import org.lactationclinic.domain.consultation.ConsultationStatus;
import org.lactationclinic.domain.consultation.ConsultationType;
import org.lactationclinic.domain.dyad.BirthTimingType;
import org.lactationclinic.domain.dyad.DeliveryType;
import org.lactationclinic.domain.dyad.FeedingMethodType;
import org.lactationclinic.domain.dyad.SexType;
import org.lactationclinic.domain.staff.RoleType;

import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Every enum a page or printout shows has its label in the message bundle (EnumName.VALUE). */
class MessageBundleTest {

    private static final ResourceBundle BUNDLE = ResourceBundle.getBundle(BundleMessages.BUNDLE);

    @Test
    void everyDisplayedEnum_shouldHaveALabelInTheBundle() {
        List<String> missing = new ArrayList<>();
        Stream.of(ConsultationType.class, ConsultationStatus.class, SexType.class, FeedingMethodType.class,
                        DeliveryType.class, BirthTimingType.class, RoleType.class,
                        LatchGraspType.class, LatchSwallowingType.class, LatchNippleType.class, LatchComfortType.class,
                        LatchHoldType.class, IbfatReadinessType.class, IbfatRootingType.class, IbfatFixingType.class,
                        IbfatSuckingType.class, IbfatMaternalSatisfactionType.class, BtatTongueTipType.class,
                        BtatFrenulumAttachmentType.class, BtatTongueLiftType.class, BtatTongueProtrusionType.class,
                        HatlffAppearanceItemType.class, HatlffFunctionItemType.class, HatlffInterpretationType.class,
                        HatlffFindingType.class, AssessmentFlagType.class, WeightFlagType.class, IntakeFlagType.class,
                        TransferComparisonType.class, BreastSideType.class, FeedPositionType.class,
                        SuckSwallowPatternType.class, NippleShapeAfterFeedType.class, SupplementType.class,
                        SupplementMethodType.class, ClinicSettingType.class)
                .flatMap(type -> Stream.of(type.getEnumConstants()))
                .map(constant -> constant.getDeclaringClass().getSimpleName() + "." + constant.name())
                .filter(key -> !BUNDLE.containsKey(key))
                .forEach(missing::add);

        assertEquals(List.of(), missing);
    }

    @Test
    void latchSwallowing_shouldHaveItsAgeDependentWordings() {
        assertEquals(true, BUNDLE.containsKey(LatchSwallowingType.SPONTANEOUS.definitionKey(3)));
        assertEquals(true, BUNDLE.containsKey(LatchSwallowingType.SPONTANEOUS.definitionKey(30)));
    }
}

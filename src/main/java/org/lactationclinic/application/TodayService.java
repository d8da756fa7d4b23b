package org.lactationclinic.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.lactationclinic.domain.consultation.Consultation;
import org.lactationclinic.domain.dyad.Mother;
import org.lactationclinic.domain.shared.CurrentActor;
import org.lactationclinic.domain.staff.RoleType;
import org.lactationclinic.infrastructure.repository.AuditEventRepository;
import org.lactationclinic.infrastructure.repository.ConsultationRepository;
import org.lactationclinic.infrastructure.repository.MotherRepository;

/**
 * A consultant's day (issue 12, "Day view"): her consultations of today, her unsigned drafts of any date with their
 * age, and the mothers she opened lately. Read-only; nothing here is audited as a view of a record, because the page
 * shows names and times, not a record.
 */
@Stateless
@RolesAllowed(RoleType.CONSULTANT_ROLE)
public class TodayService {

    /** How far back "opened recently" looks, and how many mothers it lists. */
    static final Duration RECENT = Duration.ofDays(14);

    static final int RECENT_MAX = 10;

    /** A draft and how long it has waited for her signature. */
    public record Draft(Consultation consultation, Duration age) {}

    /** A mother she opened, and when. */
    public record RecentMother(Mother mother, Instant lastViewedAt) {}

    public record Today(
            LocalDate date, List<Consultation> consultations, List<Draft> drafts, List<RecentMother> recentMothers) {}

    @Inject
    private ConsultationRepository consultations;

    @Inject
    private AuditEventRepository auditEvents;

    @Inject
    private MotherRepository mothers;

    @Inject
    private CurrentActor actor;

    @Inject
    private Clock clock;

    public Today today() {
        String username = actor.username();
        LocalDateTime now = LocalDateTime.now(clock);
        LocalDate date = now.toLocalDate();
        List<Consultation> ofToday = consultations.startedBy(
                username, date.atStartOfDay(), date.plusDays(1).atStartOfDay());
        List<Draft> drafts = consultations.draftsBy(username).stream()
                .map(draft -> new Draft(draft, Duration.between(draft.getStartedAt(), now)))
                .toList();
        List<AuditEventRepository.MotherViewed> viewed =
                auditEvents.mothersViewedBy(username, clock.instant().minus(RECENT), RECENT_MAX);
        Map<UUID, Mother> byUuid =
                mothers
                        .findByUuids(viewed.stream()
                                .map(AuditEventRepository.MotherViewed::motherUuid)
                                .toList())
                        .stream()
                        .collect(Collectors.toMap(Mother::getUuid, Function.identity()));
        List<RecentMother> recent = viewed.stream()
                .filter(view -> byUuid.containsKey(view.motherUuid()))
                .map(view -> new RecentMother(byUuid.get(view.motherUuid()), view.lastViewedAt()))
                .toList();
        return new Today(date, ofToday, drafts, recent);
    }
}

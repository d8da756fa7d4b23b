-- The intervention library's history starts with the library (issue 11, item 5). V11 seeded the standard
-- interventions with plain inserts, so intervention_aud had no row for them. Envers reads an audited entity
-- that a history row points at "as it was in that revision", even when the relation is marked
-- RelationTargetAuditMode.NOT_AUDITED (that mode only matters for targets that have no history at all), so
-- every care plan step on a seeded intervention came back from the history with a null intervention and the
-- consultation's history page failed.
--
-- Revision 0 stands for "before anything the application recorded": identity ids start at 1, so it sorts
-- before every care plan revision, including those already stored. Each intervention gets its first version
-- there: its earliest stored version when an admin changed it since (retired, new defaults), else the row
-- as it is. Interventions added through the application already begin with an insert (revtype 0) and are
-- left alone. A later migration that seeds an audited table must write its history rows the same way.

insert into revision (id, timestamp, username)
select 0, cast(extract(epoch from current_timestamp) * 1000 as bigint), 'system'
where not exists (select 1 from revision where id = 0);

insert into intervention_aud (id, rev, revtype, uuid, created_at, created_by, changed_at, changed_by, voided, voided_at,
                              voided_by, void_reason, code, category, title, instructions, default_times_per_day,
                              default_minutes, retired, retired_at, retired_by, retire_reason)
select a.id, 0, 0, a.uuid, a.created_at, a.created_by, a.changed_at, a.changed_by, a.voided, a.voided_at,
       a.voided_by, a.void_reason, a.code, a.category, a.title, a.instructions, a.default_times_per_day,
       a.default_minutes, a.retired, a.retired_at, a.retired_by, a.retire_reason
from intervention_aud a
where a.rev = (select min(b.rev) from intervention_aud b where b.id = a.id)
  and a.revtype <> 0;

insert into intervention_aud (id, rev, revtype, uuid, created_at, created_by, changed_at, changed_by, voided, voided_at,
                              voided_by, void_reason, code, category, title, instructions, default_times_per_day,
                              default_minutes, retired, retired_at, retired_by, retire_reason)
select i.id, 0, 0, i.uuid, i.created_at, i.created_by, i.changed_at, i.changed_by, i.voided, i.voided_at,
       i.voided_by, i.void_reason, i.code, i.category, i.title, i.instructions, i.default_times_per_day,
       i.default_minutes, i.retired, i.retired_at, i.retired_by, i.retire_reason
from intervention i
where not exists (select 1 from intervention_aud a where a.id = i.id);

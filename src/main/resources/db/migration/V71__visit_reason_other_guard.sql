-- The visit's "other" reason (V20, clinical-reference.md section 7) is stored as VisitReasons keeps it: absent
-- (null) when nothing else was given, otherwise written words, never an empty or blank text that the reasons report
-- would count as a mention. The reasons themselves are the rows of visit_reason; "other" has no row and no code:
-- its text is its presence. Rows written before this guard are cleaned first, so the constraint can hold.
update consultation set visit_reason_other = null where trim(visit_reason_other) = '';
alter table consultation add constraint consultation_visit_reason_other_written
    check (visit_reason_other is null or trim(visit_reason_other) <> '');

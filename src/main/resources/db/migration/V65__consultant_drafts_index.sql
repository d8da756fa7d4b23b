-- A consultant's Today page (issue 12) lists her unsigned drafts of any date and her consultations of the day:
-- without this index both read every consultation of the clinic.
create index consultation_consultant_status_idx on consultation (consultant_id, status, started_at);

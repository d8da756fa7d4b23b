-- Reasons for the visit (clinical-reference.md, section 7): why the dyad came, as a set of reasons per
-- consultation (each once) and free text for "other" on the consultation row. The reasons report counts
-- mentions as entered.
create table visit_reason (
    consultation_id bigint      not null references consultation (id),
    reason          varchar(40) not null,
    primary key (consultation_id, reason),
    constraint visit_reason_known check (reason in ('WEIGHT_LOSS_OR_SLOW_GAIN', 'LATCH_DIFFICULTY',
        'NIPPLE_PAIN_OR_DAMAGE', 'BREAST_PAIN_ENGORGEMENT_MASTITIS', 'LOW_MILK_SUPPLY', 'OVERSUPPLY',
        'TONGUE_TIE_OR_ORAL_CONCERN', 'PUMPING_OR_RETURN_TO_WORK', 'SUPPLEMENTATION_OR_WEANING_PLAN',
        'PRETERM_OR_NICU_FOLLOW_UP', 'TWINS_OR_MORE', 'MATERNAL_MOOD', 'ROUTINE_FOLLOW_UP'))
);

create table visit_reason_aud (
    rev             bigint      not null references revision (id),
    revtype         smallint,
    consultation_id bigint      not null,
    reason          varchar(40) not null,
    primary key (rev, consultation_id, reason)
);

alter table consultation add column visit_reason_other varchar(200);
alter table consultation_aud add column visit_reason_other varchar(200);

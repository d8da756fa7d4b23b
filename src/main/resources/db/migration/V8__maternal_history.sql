-- A mother's supply-relevant history, carried across visits (clinical-reference.md, section 3): birth
-- complications and conditions, medications, and the date she returns to work.

create table mother_condition (
    mother_id      bigint      not null references mother (id),
    condition_type varchar(40) not null,
    primary key (mother_id, condition_type),
    constraint mother_condition_known check (condition_type in ('POSTPARTUM_HAEMORRHAGE', 'RETAINED_PLACENTA', 'PCOS',
        'THYROID_DISEASE', 'DIABETES', 'INSUFFICIENT_GLANDULAR_TISSUE', 'BREAST_SURGERY_OR_RADIATION'))
);

create table mother_condition_aud (
    rev            bigint      not null references revision (id),
    revtype        smallint,
    mother_id      bigint      not null,
    condition_type varchar(40) not null,
    primary key (rev, mother_id, condition_type)
);

alter table mother add column medications varchar(500);
alter table mother add column return_to_work date;
alter table mother_aud add column medications varchar(500);
alter table mother_aud add column return_to_work date;

-- Mother-side findings at a consultation: breast and nipple per side, fever, supply concerns with their
-- onset, and the contributing factors (clinical-reference.md, sections 1 and 3).

alter table consultation add column maternal_fever boolean not null default false;
alter table consultation_aud add column maternal_fever boolean;

create table breast_findings (
    consultation_id    bigint     not null references consultation (id),
    list_index         integer    not null,
    side               varchar(5) not null,
    breast_state       varchar(10),
    redness            boolean    not null,
    lump               boolean    not null,
    nipple_shape       varchar(10),
    nipple_integrity   varchar(10),
    compression_stripe boolean    not null,
    nipple_pain        integer,
    primary key (consultation_id, list_index),
    constraint breast_findings_side_known check (side in ('LEFT', 'RIGHT')),
    constraint breast_findings_state_known check (breast_state in ('SOFT', 'FILLING', 'ENGORGED')),
    constraint breast_findings_shape_known check (nipple_shape in ('EVERTED', 'FLAT', 'INVERTED')),
    constraint breast_findings_integrity_known check (nipple_integrity in
        ('INTACT', 'REDDENED', 'BLISTERED', 'BRUISED', 'CRACKED', 'BLEEDING')),
    constraint breast_findings_pain check (nipple_pain between 0 and 10)
);

create table supply_concern (
    consultation_id bigint       not null references consultation (id),
    list_index      integer      not null,
    category        varchar(40)  not null,
    onset           date,
    note            varchar(500),
    primary key (consultation_id, list_index),
    constraint supply_concern_category_known check (category in ('PERCEIVED_LOW_SUPPLY', 'DELAYED_SECRETORY_ACTIVATION',
        'LOW_MEASURED_SUPPLY', 'OVERSUPPLY_FORCEFUL_LETDOWN', 'ENGORGEMENT', 'SUPPLY_DROP', 'EXCLUSIVE_PUMPING_OUTPUT',
        'SUPPLEMENTATION_DEPENDENCE'))
);

create table contributing_factor (
    consultation_id bigint      not null references consultation (id),
    list_index      integer     not null,
    factor          varchar(30) not null,
    primary key (consultation_id, list_index),
    constraint contributing_factor_known check (factor in ('FEEDING_PATTERN', 'LATCH_AND_TRANSFER',
        'PACIFIER_AND_BOTTLE_USE', 'SKIN_TO_SKIN', 'NUTRITION_AND_HYDRATION', 'SLEEP', 'STRESS', 'MEDICATIONS',
        'MEDICAL_HISTORY'))
);

create table breast_findings_aud (
    rev                bigint   not null references revision (id),
    revtype            smallint not null,
    consultation_id    bigint   not null,
    list_index         integer  not null,
    side               varchar(5),
    breast_state       varchar(10),
    redness            boolean,
    lump               boolean,
    nipple_shape       varchar(10),
    nipple_integrity   varchar(10),
    compression_stripe boolean,
    nipple_pain        integer,
    primary key (rev, revtype, consultation_id, list_index)
);

create table supply_concern_aud (
    rev             bigint   not null references revision (id),
    revtype         smallint not null,
    consultation_id bigint   not null,
    list_index      integer  not null,
    category        varchar(40),
    onset           date,
    note            varchar(500),
    primary key (rev, revtype, consultation_id, list_index)
);

create table contributing_factor_aud (
    rev             bigint   not null references revision (id),
    revtype         smallint,
    consultation_id bigint   not null,
    list_index      integer  not null,
    factor          varchar(30) not null,
    primary key (rev, consultation_id, list_index, factor)
);

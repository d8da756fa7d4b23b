-- Nipple skin findings become a set per side (clinical-reference.md, section 1: "more than one finding can
-- be true at once", e.g. cracked and bleeding). They stay in the one column nipple_integrity, as the
-- NippleIntegrityType names in declaration order separated by commas: the breast findings are an embeddable
-- of an element collection, which JPA gives no collection of its own. Every existing single value is already
-- a valid one-element set, so the data is kept as it is; only the width and the check change.
-- The old check listed the six single values; a set has 63 spellings, and the entity is the only writer, so
-- the check is dropped rather than spelled out (BreastFindings refuses an unknown name when it reads one).
alter table breast_findings drop constraint breast_findings_integrity_known;
alter table breast_findings alter column nipple_integrity set data type varchar(60);
alter table breast_findings_aud alter column nipple_integrity set data type varchar(60);

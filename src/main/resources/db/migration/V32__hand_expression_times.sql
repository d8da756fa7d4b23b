-- Twins and the printed plan (issue 13): the printed hand-expression step says how many times a day. The library
-- entry gets the default the other expression steps have (8 a day: after each of the 8 or more feeds a day of
-- clinical-reference.md section 2), matching StandardInterventionType.HAND_EXPRESSION. Steps already in plans
-- keep what was agreed; the printout falls back to this default where a step has none.
update intervention set default_times_per_day = 8, version = version + 1
    where code = 'HAND_EXPRESSION' and default_times_per_day is null;

-- Issue 17: flags named after their default threshold are named by what they mean, because a clinic sets
-- those days and counts (settings REGAIN_BIRTH_WEIGHT_BY_DAY, STILL_LOSING_AFTER_DAY, PROJECTED_REGAIN_LATEST_DAY,
-- PUMPING_MIN_SESSIONS_PER_24H) and "day 14" was wrong the day it changed one. The stored flags, and their
-- Envers history (read by the history page), follow the enums. The audit trail is not touched: its rows are
-- hash-chained and name records, not flag keys.
update consultation_flag set flag_key = case flag_key
        when 'WeightFlagType.NOT_BACK_BY_DAY_14' then 'WeightFlagType.BIRTH_WEIGHT_NOT_REGAINED'
        when 'WeightFlagType.PROJECTED_REGAIN_AFTER_DAY_14' then 'WeightFlagType.REGAIN_PROJECTED_LATE'
        when 'WeightFlagType.STILL_LOSING_AFTER_DAY_5' then 'WeightFlagType.STILL_LOSING'
        when 'PumpingFlagType.FEWER_THAN_8_SESSIONS' then 'PumpingFlagType.FEW_PUMPING_SESSIONS'
        when 'IntakeFlagType.FEWER_THAN_8_FEEDS' then 'IntakeFlagType.FEW_FEEDS'
    end
    where flag_key in ('WeightFlagType.NOT_BACK_BY_DAY_14', 'WeightFlagType.PROJECTED_REGAIN_AFTER_DAY_14',
                       'WeightFlagType.STILL_LOSING_AFTER_DAY_5', 'PumpingFlagType.FEWER_THAN_8_SESSIONS',
                       'IntakeFlagType.FEWER_THAN_8_FEEDS');

update consultation_flag_aud set flag_key = case flag_key
        when 'WeightFlagType.NOT_BACK_BY_DAY_14' then 'WeightFlagType.BIRTH_WEIGHT_NOT_REGAINED'
        when 'WeightFlagType.PROJECTED_REGAIN_AFTER_DAY_14' then 'WeightFlagType.REGAIN_PROJECTED_LATE'
        when 'WeightFlagType.STILL_LOSING_AFTER_DAY_5' then 'WeightFlagType.STILL_LOSING'
        when 'PumpingFlagType.FEWER_THAN_8_SESSIONS' then 'PumpingFlagType.FEW_PUMPING_SESSIONS'
        when 'IntakeFlagType.FEWER_THAN_8_FEEDS' then 'IntakeFlagType.FEW_FEEDS'
    end
    where flag_key in ('WeightFlagType.NOT_BACK_BY_DAY_14', 'WeightFlagType.PROJECTED_REGAIN_AFTER_DAY_14',
                       'WeightFlagType.STILL_LOSING_AFTER_DAY_5', 'PumpingFlagType.FEWER_THAN_8_SESSIONS',
                       'IntakeFlagType.FEWER_THAN_8_FEEDS');

-- The largest photograph accepted as uploaded becomes a clinic setting (ClinicSettingType.PHOTO_MAX_MEGABYTES, in
-- megabytes of 1024 x 1024 bytes; PhotoSizeLimit). Like every setting, a clinic that never saves it has no row and
-- keeps the default, 15. The database agrees with the bounds the admin page enforces (1 to 15: at most what
-- consultation_photo.image is mapped to hold, under the server's 16 MiB upload limit), so a value written behind the
-- application cannot stop every page that reads the clinic's settings; a whole number, as the application reads it
-- (7.5 would pass the bounds and then fail every read). CASE, not OR: the value of another setting (a HATLFF choice)
-- is not a number and must not be cast.
alter table clinic_setting add constraint clinic_setting_photo_max_megabytes_in_bounds check (
    case when setting_key = 'PHOTO_MAX_MEGABYTES'
        then cast(setting_value as decimal(12, 3)) between 1 and 15
            and cast(setting_value as decimal(12, 3)) = floor(cast(setting_value as decimal(12, 3)))
        else true
    end);

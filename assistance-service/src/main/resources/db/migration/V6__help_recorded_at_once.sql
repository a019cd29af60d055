-- V5 gave help_record a created_at equal to recorded_at; the record keeps one of them (HelpRecord maps
-- its creation time onto recorded_at).
alter table help_record drop column created_at;

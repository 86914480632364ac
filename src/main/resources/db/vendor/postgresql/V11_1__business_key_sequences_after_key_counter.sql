-- Starts the key sequences of V11 after the highest number key_counter handed out in any year, so an upgraded
-- database never repeats a key (the numbers now run on across years). The aggregate yields a row even when
-- key_counter is empty: then the sequences start at 1.
SELECT setval('project_key_seq', COALESCE(MAX(last_value), 0) + 1, false) FROM key_counter WHERE prefix = 'PRJ';
SELECT setval('change_request_key_seq', COALESCE(MAX(last_value), 0) + 1, false) FROM key_counter WHERE prefix = 'CR';

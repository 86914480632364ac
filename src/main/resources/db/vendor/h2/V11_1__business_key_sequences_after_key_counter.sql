-- Starts the key sequences of V11 after the highest number key_counter handed out in any year, so an upgraded
-- database (the default H2 file under ./data) never repeats a key (the numbers now run on across years).
ALTER SEQUENCE project_key_seq RESTART WITH
    (SELECT COALESCE(MAX(last_value), 0) + 1 FROM key_counter WHERE prefix = 'PRJ');
ALTER SEQUENCE change_request_key_seq RESTART WITH
    (SELECT COALESCE(MAX(last_value), 0) + 1 FROM key_counter WHERE prefix = 'CR');

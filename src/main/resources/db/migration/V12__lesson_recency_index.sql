-- Lesson search ranks the newest matches only (LessonSearch.MOST_RECENT_MATCHES): read in this order, a word
-- that nearly every lesson contains stops the scan at the bound instead of scoring the whole table.
CREATE INDEX idx_lesson_recent ON lesson (created_at DESC, id DESC);

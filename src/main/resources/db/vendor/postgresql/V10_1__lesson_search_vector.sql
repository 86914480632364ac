-- The weighted vector of V7_1, stored with each lesson instead of an index expression: ranking read the index
-- expression back by parsing every matching lesson's text again (to_tsvector per row, about 60 ms per 1,000
-- matches), and the planner gave up the expression index for a sequential scan that parsed every lesson once
-- more. A generated column is parsed once, when the lesson is written. Same expression, same weights: what
-- happened and the tags A (1.0), the recommendation B (0.4), the impact C (0.2).
ALTER TABLE lesson ADD COLUMN search_vector tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('english', what_happened), 'A')
    || setweight(to_tsvector('english', coalesce(replace(tags, ',', ' '), '')), 'A')
    || setweight(to_tsvector('english', coalesce(recommendation, '')), 'B')
    || setweight(to_tsvector('english', coalesce(impact, '')), 'C')) STORED;

DROP INDEX idx_lesson_search;
CREATE INDEX idx_lesson_search ON lesson USING GIN (search_vector);

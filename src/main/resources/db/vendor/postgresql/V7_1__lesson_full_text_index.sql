-- Full-text search over lessons (GET /api/lessons?q=), PostgreSQL only: Flyway reads db/vendor/{vendor} after
-- db/migration. H2 has no such index; LessonSearch ranks there with a simpler term match (see its javadoc).
-- LessonSearch repeats this exact expression, so that PostgreSQL uses the index. The weights follow ts_rank's
-- defaults: A (1.0) what happened and the tags, B (0.4) the recommendation, C (0.2) the impact.
CREATE INDEX idx_lesson_search ON lesson USING GIN ((
    setweight(to_tsvector('english', what_happened), 'A')
    || setweight(to_tsvector('english', coalesce(replace(tags, ',', ' '), '')), 'A')
    || setweight(to_tsvector('english', coalesce(recommendation, '')), 'B')
    || setweight(to_tsvector('english', coalesce(impact, '')), 'C')));

-- The numbers of business keys such as PRJ-2026-0014 and CR-2026-0031 come from sequences instead of key_counter:
-- a sequence value is taken without a row lock and is not rolled back, so concurrent submissions no longer queue
-- behind each other's open transactions, and the first key of a year no longer races to insert its counter row.
-- The numbers run on across years and a rolled-back submission leaves a gap. V11_1 (per vendor: setting a
-- sequence from a query is not portable) starts them after every number key_counter handed out; V11_2 drops it.
CREATE SEQUENCE project_key_seq START WITH 1 INCREMENT BY 1;
CREATE SEQUENCE change_request_key_seq START WITH 1 INCREMENT BY 1;

-- Per-connection staging tables for the binary COPY load (PostgreSQL). Rows are copied here,
-- then merged into the real tables in the same transaction; ON COMMIT DELETE ROWS empties them.
-- Mentions carry the organization's canonical name; the merge turns it into organizations.id.
CREATE TEMP TABLE IF NOT EXISTS stage_articles (LIKE articles) ON COMMIT DELETE ROWS;
CREATE TEMP TABLE IF NOT EXISTS stage_organizations (
    canonical   TEXT NOT NULL,
    kind        TEXT,
    admin_level TEXT,
    area        TEXT
) ON COMMIT DELETE ROWS;
CREATE TEMP TABLE IF NOT EXISTS stage_organization_mentions (LIKE organization_mentions) ON COMMIT DELETE ROWS;
CREATE TEMP TABLE IF NOT EXISTS stage_dates (LIKE dates) ON COMMIT DELETE ROWS;
-- Amounts as text (the shortest decimal of the record's number), cast to NUMERIC in the merge.
CREATE TEMP TABLE IF NOT EXISTS stage_money (
    article_id         TEXT NOT NULL,
    ord                INTEGER NOT NULL,
    text               TEXT NOT NULL,
    span_start         INTEGER NOT NULL,
    span_end           INTEGER NOT NULL,
    amount             TEXT NOT NULL,
    amount_max         TEXT,
    currency           TEXT NOT NULL,
    qualifier          TEXT NOT NULL,
    organization       TEXT,
    organization_basis TEXT,
    year               INTEGER,
    year_basis         TEXT,
    repeat_of          INTEGER
) ON COMMIT DELETE ROWS;
CREATE TEMP TABLE IF NOT EXISTS stage_member_counts (LIKE member_counts, organization TEXT) ON COMMIT DELETE ROWS;
CREATE TEMP TABLE IF NOT EXISTS stage_people (LIKE people) ON COMMIT DELETE ROWS;
CREATE TEMP TABLE IF NOT EXISTS stage_person_roles (LIKE person_roles) ON COMMIT DELETE ROWS;
CREATE TEMP TABLE IF NOT EXISTS stage_events (LIKE events) ON COMMIT DELETE ROWS;
CREATE TEMP TABLE IF NOT EXISTS stage_event_participants (LIKE event_participants) ON COMMIT DELETE ROWS;

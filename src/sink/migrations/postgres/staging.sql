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
CREATE TEMP TABLE IF NOT EXISTS stage_money (LIKE money, organization TEXT) ON COMMIT DELETE ROWS;
CREATE TEMP TABLE IF NOT EXISTS stage_member_counts (LIKE member_counts, organization TEXT) ON COMMIT DELETE ROWS;
CREATE TEMP TABLE IF NOT EXISTS stage_people (LIKE people) ON COMMIT DELETE ROWS;
CREATE TEMP TABLE IF NOT EXISTS stage_person_roles (LIKE person_roles) ON COMMIT DELETE ROWS;
CREATE TEMP TABLE IF NOT EXISTS stage_events (LIKE events) ON COMMIT DELETE ROWS;
CREATE TEMP TABLE IF NOT EXISTS stage_event_participants (LIKE event_participants) ON COMMIT DELETE ROWS;

-- union-news reporting schema, version 1 (SQLite).
-- One row per article; every extraction table is keyed by (article_id, ord), ord being the
-- mention's index in the record's list, and is deleted with its article (ON DELETE CASCADE).
-- Offsets (span_start, span_end) are Unicode code point offsets into articles.text.

CREATE TABLE articles (
    id              TEXT PRIMARY KEY,
    schema_version  INTEGER NOT NULL,
    source_kind     TEXT NOT NULL CHECK (source_kind IN ('file', 'url', 'stdin')),
    source_path     TEXT,
    source_url      TEXT,
    fetched_at      TEXT,
    content_sha256  TEXT NOT NULL,
    record_sha256   TEXT NOT NULL,      -- sha256 of the record's JSON: unchanged records are skipped
    title           TEXT,
    published       TEXT,               -- as in the record: YYYY-MM-DD or RFC 3339
    published_date  TEXT,               -- YYYY-MM-DD, or NULL
    published_month TEXT,               -- YYYY-MM, or NULL
    published_year  INTEGER,
    byline          TEXT,
    text            TEXT NOT NULL,
    warnings        TEXT NOT NULL       -- JSON array of strings
);
CREATE INDEX articles_published_date ON articles (published_date);

-- Distinct canonical organizations across all articles (never deleted with an article).
CREATE TABLE organizations (
    id          INTEGER PRIMARY KEY,
    canonical   TEXT NOT NULL UNIQUE,
    kind        TEXT,                   -- labour_federation, union, grassroots_union, party, ...
    admin_level TEXT,                   -- trung_uong, tinh, thanh_pho, quan, huyen, ...
    area        TEXT
);
CREATE INDEX organizations_kind ON organizations (kind, admin_level);

CREATE TABLE organization_mentions (
    article_id      TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    ord             INTEGER NOT NULL,
    organization_id INTEGER REFERENCES organizations (id),   -- NULL when resolved = 0
    text            TEXT NOT NULL,
    span_start      INTEGER NOT NULL,
    span_end        INTEGER NOT NULL,
    canonical       TEXT NOT NULL,
    kind            TEXT NOT NULL,
    admin_level     TEXT,
    area            TEXT,
    resolved        INTEGER NOT NULL CHECK (resolved IN (0, 1)),
    PRIMARY KEY (article_id, ord),
    CHECK (0 <= span_start AND span_start <= span_end)
);
CREATE INDEX organization_mentions_organization ON organization_mentions (organization_id);

CREATE TABLE dates (
    article_id    TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    ord           INTEGER NOT NULL,
    text          TEXT NOT NULL,
    span_start    INTEGER NOT NULL,
    span_end      INTEGER NOT NULL,
    value         TEXT NOT NULL,        -- YYYY-MM-DD, YYYY-MM, YYYY, --MM-DD or A/B
    granularity   TEXT NOT NULL CHECK (granularity IN ('day', 'month', 'year', 'range')),
    year_inferred INTEGER NOT NULL CHECK (year_inferred IN (0, 1)),
    time_of_day   TEXT,
    year          INTEGER,              -- the (first) year of value, NULL for --MM-DD
    PRIMARY KEY (article_id, ord),
    CHECK (0 <= span_start AND span_start <= span_end)
);
CREATE INDEX dates_value ON dates (value);
CREATE INDEX dates_year ON dates (year);

CREATE TABLE money (
    article_id         TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    ord                INTEGER NOT NULL,
    text               TEXT NOT NULL,
    span_start         INTEGER NOT NULL,
    span_end           INTEGER NOT NULL,
    amount             REAL NOT NULL,
    amount_max         REAL,
    currency           TEXT NOT NULL,
    qualifier          TEXT NOT NULL,
    organization_id    INTEGER REFERENCES organizations (id),
    organization_basis TEXT CHECK (organization_basis IN ('sentence', 'article')),
    year               INTEGER,
    year_basis         TEXT CHECK (year_basis IN ('sentence', 'published')),
    PRIMARY KEY (article_id, ord),
    CHECK (0 <= span_start AND span_start <= span_end)
);
CREATE INDEX money_organization_year ON money (organization_id, year);
CREATE INDEX money_year ON money (year);

CREATE TABLE member_counts (
    article_id         TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    ord                INTEGER NOT NULL,
    text               TEXT NOT NULL,
    span_start         INTEGER NOT NULL,
    span_end           INTEGER NOT NULL,
    count              INTEGER NOT NULL CHECK (count >= 0),
    unit               TEXT NOT NULL,
    category           TEXT NOT NULL,
    qualifier          TEXT NOT NULL,
    organization_id    INTEGER REFERENCES organizations (id),
    organization_basis TEXT CHECK (organization_basis IN ('sentence', 'article')),
    year               INTEGER,
    year_basis         TEXT CHECK (year_basis IN ('sentence', 'published')),
    PRIMARY KEY (article_id, ord),
    CHECK (0 <= span_start AND span_start <= span_end)
);
CREATE INDEX member_counts_organization_year ON member_counts (organization_id, year);
CREATE INDEX member_counts_category ON member_counts (category, year);

CREATE TABLE people (
    article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    ord        INTEGER NOT NULL,
    name       TEXT NOT NULL,
    text       TEXT NOT NULL,
    span_start INTEGER NOT NULL,
    span_end   INTEGER NOT NULL,
    PRIMARY KEY (article_id, ord),
    CHECK (0 <= span_start AND span_start <= span_end)
);
CREATE INDEX people_name ON people (name);

CREATE TABLE person_roles (
    article_id      TEXT NOT NULL,
    person_ord      INTEGER NOT NULL,
    ord             INTEGER NOT NULL,
    text            TEXT NOT NULL,
    organization    TEXT,               -- canonical name as in the record
    organization_id INTEGER REFERENCES organizations (id),
    PRIMARY KEY (article_id, person_ord, ord),
    FOREIGN KEY (article_id, person_ord) REFERENCES people (article_id, ord) ON DELETE CASCADE
);
CREATE INDEX person_roles_organization ON person_roles (organization_id);

CREATE TABLE events (
    article_id   TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    ord          INTEGER NOT NULL,
    event_type   TEXT NOT NULL,
    name         TEXT NOT NULL,
    date         TEXT,                  -- ISO value as in the record
    month        TEXT,                  -- YYYY-MM of date, else of the article's publication
    time_of_day  TEXT,
    location     TEXT,
    organizer    TEXT,                  -- canonical name as in the record
    organizer_id INTEGER REFERENCES organizations (id),
    text         TEXT NOT NULL,         -- the evidence sentence
    span_start   INTEGER NOT NULL,
    span_end     INTEGER NOT NULL,
    PRIMARY KEY (article_id, ord),
    CHECK (0 <= span_start AND span_start <= span_end)
);
CREATE INDEX events_type_month ON events (event_type, month);
CREATE INDEX events_month ON events (month);
CREATE INDEX events_organizer ON events (organizer_id);

CREATE TABLE event_participants (
    article_id TEXT NOT NULL,
    event_ord  INTEGER NOT NULL,
    ord        INTEGER NOT NULL,
    name       TEXT NOT NULL,
    person_ord INTEGER,                 -- the person of the same article with this name, if any
    PRIMARY KEY (article_id, event_ord, ord),
    FOREIGN KEY (article_id, event_ord) REFERENCES events (article_id, ord) ON DELETE CASCADE
);

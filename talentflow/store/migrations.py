"""Ordered, named schema migrations. Append only: never edit a migration that has shipped.

Each entry is (name, sql). The store records applied names in ``schema_migrations``.
"""

MIGRATIONS: list[tuple[str, str]] = [
    ("0001_initial", """
CREATE TABLE documents (
    id VARCHAR PRIMARY KEY,          -- 'doc:' + content hash of text
    text VARCHAR NOT NULL,
    lang VARCHAR,
    published DATE,
    url VARCHAR,
    title VARCHAR,
    origin VARCHAR,
    run_id VARCHAR,
    ingested_at TIMESTAMP DEFAULT current_timestamp
);
CREATE TABLE event_mentions (
    id VARCHAR PRIMARY KEY,
    doc_id VARCHAR NOT NULL,
    kind VARCHAR NOT NULL,
    person_id VARCHAR, person_name VARCHAR, person_mention VARCHAR,
    org_id VARCHAR, org_name VARCHAR, org_mention VARCHAR,
    role VARCHAR, role_mention VARCHAR,
    date VARCHAR,                    -- ISO at the text's precision
    started VARCHAR,
    tenure_months INTEGER,
    dest_id VARCHAR, dest_name VARCHAR, dest_mention VARCHAR,
    scope VARCHAR,
    span_start INTEGER, span_end INTEGER,
    confidence DOUBLE,
    event_id VARCHAR,                -- consolidated event, once resolved
    data JSON                        -- the full events.md object
);
CREATE TABLE reasons (
    mention_id VARCHAR NOT NULL,
    idx INTEGER NOT NULL,
    driver VARCHAR NOT NULL,
    attributed_to VARCHAR,
    stance VARCHAR,
    evidence VARCHAR,
    span_start INTEGER, span_end INTEGER,
    PRIMARY KEY (mention_id, idx)
);
CREATE TABLE entities (
    id VARCHAR PRIMARY KEY,
    type VARCHAR NOT NULL,           -- person | org
    name VARCHAR NOT NULL,
    source VARCHAR,                  -- kb | user | minted
    data JSON
);
CREATE TABLE aliases (
    entity_id VARCHAR NOT NULL,
    text VARCHAR NOT NULL,
    norm VARCHAR,
    lang VARCHAR,
    source VARCHAR,                  -- kb | user | the document id it was learned from
    PRIMARY KEY (entity_id, text)
);
CREATE TABLE events (
    id VARCHAR PRIMARY KEY,
    kind VARCHAR NOT NULL,
    person_id VARCHAR, person_name VARCHAR,
    org_id VARCHAR, org_name VARCHAR,
    role VARCHAR,
    date VARCHAR,
    started VARCHAR,
    tenure_months INTEGER,
    dest_id VARCHAR, dest_name VARCHAR,
    scope VARCHAR,
    n_sources INTEGER,
    confidence DOUBLE,
    conflicts JSON,
    data JSON,
    updated_at TIMESTAMP DEFAULT current_timestamp
);
CREATE TABLE event_sources (
    event_id VARCHAR NOT NULL,
    mention_id VARCHAR NOT NULL,
    doc_id VARCHAR,
    PRIMARY KEY (event_id, mention_id)
);
CREATE TABLE stints (
    id VARCHAR PRIMARY KEY,
    person_id VARCHAR NOT NULL, person_name VARCHAR,
    org_id VARCHAR NOT NULL, org_name VARCHAR,
    role VARCHAR,
    start_date DATE,
    end_date DATE,                   -- NULL = ongoing
    start_precision VARCHAR,         -- year | month | day
    end_precision VARCHAR,
    provenance VARCHAR NOT NULL,     -- records | events
    source_ref VARCHAR,
    covariates JSON
);
CREATE TABLE quarantine (
    id VARCHAR PRIMARY KEY,
    origin VARCHAR,
    location VARCHAR,                -- line N / row N column C
    error VARCHAR NOT NULL,
    excerpt VARCHAR,
    run_id VARCHAR,
    created_at TIMESTAMP DEFAULT current_timestamp
);
CREATE TABLE runs (
    id VARCHAR PRIMARY KEY,
    command VARCHAR,
    started_at TIMESTAMP,
    finished_at TIMESTAMP,
    stats JSON
);
"""),
]

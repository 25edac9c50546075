import { GENESIS_HASH } from '../audit-hash.ts';

/**
 * The PostgreSQL schema, applied in order; the index of each step is its migration number.
 * Text columns that are sorted or compared use COLLATE "C" so that ordering is by code point,
 * exactly as in SQLite, whatever locale the database was created with. JSON is stored as `json`
 * (verbatim text, validated) rather than `jsonb`, which refuses `\u0000` in strings read from
 * list files.
 */
export const POSTGRES_MIGRATIONS: readonly string[] = [
  `CREATE TABLE list_versions (
     id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
     list text COLLATE "C" NOT NULL,
     version integer NOT NULL,
     sha256 text NOT NULL,
     published text,
     imported_at text NOT NULL,
     format text NOT NULL,
     file_name text NOT NULL,
     entity_count integer NOT NULL,
     counts_json json NOT NULL,
     record_count integer NOT NULL,
     skipped_count integer NOT NULL,
     issues_json json NOT NULL,
     UNIQUE (list, version),
     UNIQUE (list, sha256)
   );
   CREATE TABLE active_versions (
     list text COLLATE "C" PRIMARY KEY,
     version_id bigint NOT NULL REFERENCES list_versions (id)
   );
   CREATE TABLE entities (
     version_id bigint NOT NULL REFERENCES list_versions (id),
     entity_id text COLLATE "C" NOT NULL,
     schema text NOT NULL,
     data json NOT NULL,
     PRIMARY KEY (version_id, entity_id)
   );`,
  // The audit trail is append-only: triggers refuse edits, deletions and TRUNCATE, and the hash
  // chain shows any change made around them. `audit_head` is the single row every append locks
  // (SELECT … FOR UPDATE), so writers in many processes take turns and never fork the chain; it
  // also remembers the chain's end, so a deleted last record is noticed by verify.
  `CREATE TABLE audit_log (
     seq bigint PRIMARY KEY,
     at text COLLATE "C" NOT NULL,
     caller text NOT NULL,
     kind text NOT NULL,
     body json NOT NULL,
     prev_hash text NOT NULL,
     hash text NOT NULL
   );
   CREATE INDEX audit_log_at ON audit_log (at);
   CREATE TABLE audit_head (
     one boolean PRIMARY KEY DEFAULT true CHECK (one),
     seq bigint NOT NULL,
     hash text NOT NULL,
     at text COLLATE "C" NOT NULL
   );
   INSERT INTO audit_head (seq, hash, at) VALUES (0, '${GENESIS_HASH}', '');
   CREATE FUNCTION audit_log_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
     BEGIN
       RAISE EXCEPTION 'the audit log is append-only';
     END
   $$;
   CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
     FOR EACH ROW EXECUTE FUNCTION audit_log_refuse_change();
   CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
     FOR EACH ROW EXECUTE FUNCTION audit_log_refuse_change();
   CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
     FOR EACH STATEMENT EXECUTE FUNCTION audit_log_refuse_change();`,
  // Keyed records (HMAC under a key kept outside the store) are marked, so that older, unkeyed
  // ones still verify. (PostgreSQL has no REPLACE; INSERT … ON CONFLICT DO UPDATE fires the
  // UPDATE trigger above.)
  `ALTER TABLE audit_log ADD COLUMN keyed boolean NOT NULL DEFAULT false;`,
  // Ongoing screening: watched subjects with their name keys, one alert per (subject, entity)
  // pair, and decisions that are only ever appended (a newer one supersedes, none is changed).
  `CREATE TABLE subjects (
     id text COLLATE "C" PRIMARY KEY,
     data json NOT NULL,
     hash text NOT NULL,
     updated_at text COLLATE "C" NOT NULL,
     removed_at text
   );
   CREATE TABLE subject_keys (
     key text COLLATE "C" NOT NULL,
     subject_id text COLLATE "C" NOT NULL,
     PRIMARY KEY (key, subject_id)
   );
   CREATE INDEX subject_keys_subject ON subject_keys (subject_id);
   CREATE TABLE alerts (
     id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
     subject_id text COLLATE "C" NOT NULL,
     entity_id text COLLATE "C" NOT NULL,
     list text COLLATE "C" NOT NULL,
     list_version integer NOT NULL,
     score double precision NOT NULL,
     explanation json NOT NULL,
     status text NOT NULL CHECK (status IN ('open', 'cleared', 'confirmed')),
     first_raised_at text COLLATE "C" NOT NULL,
     updated_at text COLLATE "C" NOT NULL,
     reopen_reason text,
     delisted_in integer,
     entity_facts json NOT NULL,
     subject_hash text NOT NULL,
     UNIQUE (subject_id, entity_id)
   );
   CREATE INDEX alerts_entity ON alerts (entity_id);
   CREATE INDEX alerts_status ON alerts (status);
   CREATE TABLE decisions (
     id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
     alert_id bigint NOT NULL REFERENCES alerts (id),
     decision text NOT NULL CHECK (decision IN ('cleared', 'confirmed')),
     note text NOT NULL,
     decided_by text NOT NULL,
     at text COLLATE "C" NOT NULL,
     audit_seq bigint NOT NULL
   );
   CREATE INDEX decisions_alert ON decisions (alert_id);
   CREATE FUNCTION decisions_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
     BEGIN
       RAISE EXCEPTION 'decisions are append-only';
     END
   $$;
   CREATE TRIGGER decisions_no_update BEFORE UPDATE ON decisions
     FOR EACH ROW EXECUTE FUNCTION decisions_refuse_change();
   CREATE TRIGGER decisions_no_delete BEFORE DELETE ON decisions
     FOR EACH ROW EXECUTE FUNCTION decisions_refuse_change();
   CREATE TRIGGER decisions_no_truncate BEFORE TRUNCATE ON decisions
     FOR EACH STATEMENT EXECUTE FUNCTION decisions_refuse_change();`,
];

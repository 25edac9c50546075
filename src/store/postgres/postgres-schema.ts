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
];

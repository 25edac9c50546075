/** The SQLite schema, applied in order; the index of each step is its migration number. */
export const SQLITE_MIGRATIONS: readonly string[] = [
  `CREATE TABLE list_versions (
     id INTEGER PRIMARY KEY AUTOINCREMENT,
     list TEXT NOT NULL,
     version INTEGER NOT NULL,
     sha256 TEXT NOT NULL,
     published TEXT,
     imported_at TEXT NOT NULL,
     format TEXT NOT NULL,
     file_name TEXT NOT NULL,
     entity_count INTEGER NOT NULL,
     counts_json TEXT NOT NULL,
     record_count INTEGER NOT NULL,
     skipped_count INTEGER NOT NULL,
     issues_json TEXT NOT NULL,
     UNIQUE (list, version),
     UNIQUE (list, sha256)
   );
   CREATE TABLE active_versions (
     list TEXT PRIMARY KEY,
     version_id INTEGER NOT NULL REFERENCES list_versions (id)
   );
   CREATE TABLE entities (
     version_id INTEGER NOT NULL REFERENCES list_versions (id),
     entity_id TEXT NOT NULL,
     schema TEXT NOT NULL,
     data TEXT NOT NULL,
     PRIMARY KEY (version_id, entity_id)
   ) WITHOUT ROWID;`,
  // The audit trail is append-only: triggers refuse edits and deletions through SQL, and the hash
  // chain shows any change made around them (a copied file, a dropped trigger).
  `CREATE TABLE audit_log (
     seq INTEGER PRIMARY KEY,
     at TEXT NOT NULL,
     caller TEXT NOT NULL,
     kind TEXT NOT NULL,
     body TEXT NOT NULL,
     prev_hash TEXT NOT NULL,
     hash TEXT NOT NULL
   );
   CREATE INDEX audit_log_at ON audit_log (at);
   CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
     BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
   CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
     BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;`,
  // Keyed records (HMAC under a key kept outside the store) are marked, so that older, unkeyed
  // ones still verify. INSERT OR REPLACE deletes the row it replaces without firing DELETE
  // triggers (unless recursive_triggers is on, which is per connection): a BEFORE INSERT trigger
  // refuses any insert onto an existing seq, from every connection, before conflict resolution.
  `ALTER TABLE audit_log ADD COLUMN keyed INTEGER NOT NULL DEFAULT 0;
   CREATE TRIGGER audit_log_no_replace BEFORE INSERT ON audit_log
     WHEN EXISTS (SELECT 1 FROM audit_log WHERE seq = NEW.seq)
     BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;`,
  // Ongoing screening: watched subjects with their name keys, one alert per (subject, entity)
  // pair, and decisions that are only ever appended (a newer one supersedes, none is changed).
  `CREATE TABLE subjects (
     id TEXT PRIMARY KEY,
     data TEXT NOT NULL,
     hash TEXT NOT NULL,
     updated_at TEXT NOT NULL,
     removed_at TEXT
   );
   CREATE TABLE subject_keys (
     key TEXT NOT NULL,
     subject_id TEXT NOT NULL,
     PRIMARY KEY (key, subject_id)
   ) WITHOUT ROWID;
   CREATE INDEX subject_keys_subject ON subject_keys (subject_id);
   CREATE TABLE alerts (
     id INTEGER PRIMARY KEY AUTOINCREMENT,
     subject_id TEXT NOT NULL,
     entity_id TEXT NOT NULL,
     list TEXT NOT NULL,
     list_version INTEGER NOT NULL,
     score REAL NOT NULL,
     explanation TEXT NOT NULL,
     status TEXT NOT NULL CHECK (status IN ('open', 'cleared', 'confirmed')),
     first_raised_at TEXT NOT NULL,
     updated_at TEXT NOT NULL,
     reopen_reason TEXT,
     delisted_in INTEGER,
     entity_facts TEXT NOT NULL,
     subject_hash TEXT NOT NULL,
     UNIQUE (subject_id, entity_id)
   );
   CREATE INDEX alerts_entity ON alerts (entity_id);
   CREATE INDEX alerts_status ON alerts (status);
   CREATE TABLE decisions (
     id INTEGER PRIMARY KEY AUTOINCREMENT,
     alert_id INTEGER NOT NULL REFERENCES alerts (id),
     decision TEXT NOT NULL CHECK (decision IN ('cleared', 'confirmed')),
     note TEXT NOT NULL,
     decided_by TEXT NOT NULL,
     at TEXT NOT NULL,
     audit_seq INTEGER NOT NULL
   );
   CREATE INDEX decisions_alert ON decisions (alert_id);
   CREATE TRIGGER decisions_no_update BEFORE UPDATE ON decisions
     BEGIN SELECT RAISE(ABORT, 'decisions are append-only'); END;
   CREATE TRIGGER decisions_no_delete BEFORE DELETE ON decisions
     BEGIN SELECT RAISE(ABORT, 'decisions are append-only'); END;
   CREATE TRIGGER decisions_no_replace BEFORE INSERT ON decisions
     WHEN EXISTS (SELECT 1 FROM decisions WHERE id = NEW.id)
     BEGIN SELECT RAISE(ABORT, 'decisions are append-only'); END;`,
];

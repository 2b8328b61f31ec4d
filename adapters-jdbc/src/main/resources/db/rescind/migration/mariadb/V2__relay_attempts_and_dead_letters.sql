-- The relay's attempts, backoff and dead letters, and the times the backlog and retention need. Every time
-- here is written from the database's clock in UTC, never a client's.
ALTER TABLE ${rescind_prefix}events
    ADD COLUMN committed_at DATETIME(6) NOT NULL DEFAULT (UTC_TIMESTAMP(6)),
    ADD COLUMN attempts INT NOT NULL DEFAULT 0,
    ADD COLUMN next_attempt_at DATETIME(6) NULL,
    ADD COLUMN last_error VARCHAR(1000) NULL,
    ADD COLUMN dead_lettered_at DATETIME(6) NULL,
    ADD COLUMN discarded_at DATETIME(6) NULL,
    ADD INDEX ${rescind_prefix}events_dead_letters_ix (dead_lettered_at, sequence_no);

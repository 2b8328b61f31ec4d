-- The relay's attempts, backoff and dead letters, and the times the backlog and retention need. Every time
-- here is written from the database's clock, never a client's.
ALTER TABLE ${rescind_prefix}events ADD COLUMN committed_at TIMESTAMP(9) WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL;
ALTER TABLE ${rescind_prefix}events ADD COLUMN attempts INT DEFAULT 0 NOT NULL;
ALTER TABLE ${rescind_prefix}events ADD COLUMN next_attempt_at TIMESTAMP(9) WITH TIME ZONE;
ALTER TABLE ${rescind_prefix}events ADD COLUMN last_error VARCHAR(2000);
ALTER TABLE ${rescind_prefix}events ADD COLUMN dead_lettered_at TIMESTAMP(9) WITH TIME ZONE;
ALTER TABLE ${rescind_prefix}events ADD COLUMN discarded_at TIMESTAMP(9) WITH TIME ZONE;
-- Dead letters for the host to list, oldest first.
CREATE INDEX ${rescind_prefix}events_dead_letters_ix ON ${rescind_prefix}events (dead_lettered_at, sequence_no);

-- The relay's attempts, backoff and dead letters, and the times the backlog and retention need. Every time
-- here is written from the database's clock, never a client's.
ALTER TABLE ${rescind_prefix}events ADD COLUMN committed_at TIMESTAMPTZ NOT NULL DEFAULT CURRENT_TIMESTAMP;
ALTER TABLE ${rescind_prefix}events ADD COLUMN attempts INTEGER NOT NULL DEFAULT 0;
ALTER TABLE ${rescind_prefix}events ADD COLUMN next_attempt_at TIMESTAMPTZ;
ALTER TABLE ${rescind_prefix}events ADD COLUMN last_error VARCHAR(1000);
ALTER TABLE ${rescind_prefix}events ADD COLUMN dead_lettered_at TIMESTAMPTZ;
ALTER TABLE ${rescind_prefix}events ADD COLUMN discarded_at TIMESTAMPTZ;
-- Dead letters for the host to list, oldest first.
CREATE INDEX ${rescind_prefix}events_dead_letters_ix ON ${rescind_prefix}events (sequence_no)
    WHERE dead_lettered_at IS NOT NULL AND published_at IS NULL;
-- Retention's scan: events that left the outbox, oldest first.
CREATE INDEX ${rescind_prefix}events_published_ix ON ${rescind_prefix}events (published_at, sequence_no)
    WHERE published_at IS NOT NULL;

-- Effects as data: the gateway calls a decision planned, written in the commit of its transition and kept
-- until they succeed or are discarded. Leases, due times and dead-lettering are by the database's clock.
CREATE TABLE ${rescind_prefix}effect_outbox (
    sequence_no      BIGINT GENERATED ALWAYS AS IDENTITY,
    effect_id        VARCHAR(128) COLLATE "C" NOT NULL,
    tenant_id        VARCHAR(64) COLLATE "C" NOT NULL,
    aggregate_type   VARCHAR(32) NOT NULL,
    aggregate_id     VARCHAR(64) COLLATE "C" NOT NULL,
    version          BIGINT NOT NULL,
    effect           VARCHAR(255) NOT NULL,
    document         JSONB NOT NULL,
    committed_at     TIMESTAMPTZ NOT NULL DEFAULT CURRENT_TIMESTAMP,
    lease_owner      VARCHAR(255),
    lease_until      TIMESTAMPTZ,
    attempts         INTEGER NOT NULL DEFAULT 0,
    next_attempt_at  TIMESTAMPTZ,
    last_error       VARCHAR(1000),
    dead_lettered_at TIMESTAMPTZ,
    CONSTRAINT ${rescind_prefix}effect_outbox_pk PRIMARY KEY (sequence_no),
    CONSTRAINT ${rescind_prefix}effect_outbox_id_uq UNIQUE (effect_id)
);
-- Dead letters for the host to list, oldest first.
CREATE INDEX ${rescind_prefix}effect_outbox_dead_letters_ix ON ${rescind_prefix}effect_outbox (sequence_no)
    WHERE dead_lettered_at IS NOT NULL;

-- Effects as data: the gateway calls a decision planned, written in the commit of its transition and kept
-- until they succeed or are discarded. Leases, due times and dead-lettering are by the database's clock.
CREATE TABLE ${rescind_prefix}effect_outbox (
    sequence_no      BIGINT GENERATED ALWAYS AS IDENTITY,
    effect_id        VARCHAR(128) NOT NULL,
    tenant_id        VARCHAR(128) NOT NULL,
    aggregate_type   VARCHAR(32) NOT NULL,
    aggregate_id     VARCHAR(128) NOT NULL,
    version          BIGINT NOT NULL,
    effect           VARCHAR(255) NOT NULL,
    document         CLOB NOT NULL,
    committed_at     TIMESTAMP(9) WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL,
    lease_owner      VARCHAR(255),
    lease_until      TIMESTAMP(9) WITH TIME ZONE,
    attempts         INT DEFAULT 0 NOT NULL,
    next_attempt_at  TIMESTAMP(9) WITH TIME ZONE,
    last_error       VARCHAR(2000),
    dead_lettered_at TIMESTAMP(9) WITH TIME ZONE,
    CONSTRAINT ${rescind_prefix}effect_outbox_pk PRIMARY KEY (sequence_no),
    CONSTRAINT ${rescind_prefix}effect_outbox_id_uq UNIQUE (effect_id)
);
CREATE INDEX ${rescind_prefix}effect_outbox_dead_letters_ix ON ${rescind_prefix}effect_outbox (dead_lettered_at, sequence_no);

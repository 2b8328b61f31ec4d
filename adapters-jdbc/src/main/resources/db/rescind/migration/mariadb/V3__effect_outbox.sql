-- Effects as data: the gateway calls a decision planned, written in the commit of its transition and kept
-- until they succeed or are discarded. Leases, due times and dead-lettering are by the database's clock in UTC.
CREATE TABLE ${rescind_prefix}effect_outbox (
    sequence_no      BIGINT NOT NULL AUTO_INCREMENT,
    effect_id        VARCHAR(128) NOT NULL,
    tenant_id        VARCHAR(64) NOT NULL,
    aggregate_type   VARCHAR(32) NOT NULL,
    aggregate_id     VARCHAR(64) NOT NULL,
    version          BIGINT NOT NULL,
    effect           VARCHAR(255) NOT NULL,
    document         JSON NOT NULL,
    committed_at     DATETIME(6) NOT NULL DEFAULT (UTC_TIMESTAMP(6)),
    lease_owner      VARCHAR(255) NULL,
    lease_until      DATETIME(6) NULL,
    attempts         INT NOT NULL DEFAULT 0,
    next_attempt_at  DATETIME(6) NULL,
    last_error       VARCHAR(1000) NULL,
    dead_lettered_at DATETIME(6) NULL,
    PRIMARY KEY (sequence_no),
    UNIQUE KEY ${rescind_prefix}effect_outbox_id_uq (effect_id),
    INDEX ${rescind_prefix}effect_outbox_dead_letters_ix (dead_lettered_at, sequence_no)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

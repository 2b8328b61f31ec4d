-- Rescind's tables on MariaDB 10.6+ (tested on 10.11). Every table and index name starts
-- with the prefix that the placeholder rescind_prefix gives (rescind_ unless the host chooses another), so
-- the tables sit beside the host's. Text compares byte-wise (utf8mb4_bin): ids are case-sensitive, and list order and
-- cursors match the other databases. Timestamps are DATETIME(6) in UTC.
-- Each aggregate table keeps the queried fields as columns and the rest of the aggregate as a JSON document;
-- timestamps are in the document at full precision and copied to columns for the host's own queries.

CREATE TABLE ${rescind_prefix}shipments (
    tenant_id   VARCHAR(64) NOT NULL,
    id          VARCHAR(64) NOT NULL,
    version     BIGINT NOT NULL,
    status      VARCHAR(32) NOT NULL,
    created_at  DATETIME(6) NOT NULL,
    updated_at  DATETIME(6) NOT NULL,
    document    JSON NOT NULL,
    PRIMARY KEY (tenant_id, id),
    INDEX ${rescind_prefix}shipments_status_ix (tenant_id, status, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

CREATE TABLE ${rescind_prefix}returns (
    tenant_id   VARCHAR(64) NOT NULL,
    id          VARCHAR(64) NOT NULL,
    version     BIGINT NOT NULL,
    status      VARCHAR(32) NOT NULL,
    created_at  DATETIME(6) NOT NULL,
    updated_at  DATETIME(6) NOT NULL,
    document    JSON NOT NULL,
    PRIMARY KEY (tenant_id, id),
    INDEX ${rescind_prefix}returns_status_ix (tenant_id, status, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

CREATE TABLE ${rescind_prefix}fulfillment_orders (
    tenant_id       VARCHAR(64) NOT NULL,
    id              VARCHAR(64) NOT NULL,
    version         BIGINT NOT NULL,
    status          VARCHAR(32) NOT NULL,
    request_status  VARCHAR(32) NOT NULL,
    created_at      DATETIME(6) NOT NULL,
    updated_at      DATETIME(6) NOT NULL,
    document        JSON NOT NULL,
    PRIMARY KEY (tenant_id, id),
    INDEX ${rescind_prefix}fulfillment_orders_status_ix (tenant_id, status, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

-- MariaDB has no partial indexes: open_target_id holds the target only while the request is open, and a
-- unique key over it (NULLs are distinct) allows at most one open request per target.
CREATE TABLE ${rescind_prefix}cancellation_requests (
    sequence_no     BIGINT NOT NULL AUTO_INCREMENT,
    tenant_id       VARCHAR(64) NOT NULL,
    id              VARCHAR(64) NOT NULL,
    version         BIGINT NOT NULL,
    status          VARCHAR(32) NOT NULL,
    target_type     VARCHAR(32) NOT NULL,
    target_id       VARCHAR(64) NOT NULL,
    requested_at    DATETIME(6) NOT NULL,
    updated_at      DATETIME(6) NOT NULL,
    document        JSON NOT NULL,
    open_target_id  VARCHAR(64) AS (CASE WHEN status = 'REQUESTED' THEN target_id END) PERSISTENT,
    PRIMARY KEY (tenant_id, id),
    INDEX ${rescind_prefix}cancellation_requests_status_ix (tenant_id, status, id),
    UNIQUE INDEX ${rescind_prefix}cancellation_requests_sequence_uq (sequence_no),
    INDEX ${rescind_prefix}cancellation_requests_target_ix (tenant_id, target_type, target_id, sequence_no),
    UNIQUE INDEX ${rescind_prefix}cancellation_requests_open_uq (tenant_id, target_type, open_target_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

-- The event log and outbox. sequence_no orders events across aggregates; an aggregate's events are ordered by
-- version. The relay leases unpublished events (lease_owner, lease_until) and marks them published_at.
CREATE TABLE ${rescind_prefix}events (
    sequence_no     BIGINT NOT NULL AUTO_INCREMENT,
    event_id        VARCHAR(255) NOT NULL,
    tenant_id       VARCHAR(64) NOT NULL,
    aggregate_type  VARCHAR(32) NOT NULL,
    aggregate_id    VARCHAR(64) NOT NULL,
    version         BIGINT NOT NULL,
    event_type      VARCHAR(64) NOT NULL,
    occurred_at     DATETIME(6) NOT NULL,
    document        JSON NOT NULL,
    published_at    DATETIME(6) NULL,
    lease_owner     VARCHAR(255) NULL,
    lease_until     DATETIME(6) NULL,
    PRIMARY KEY (sequence_no),
    UNIQUE INDEX ${rescind_prefix}events_event_id_uq (event_id),
    UNIQUE INDEX ${rescind_prefix}events_aggregate_version_uq (tenant_id, aggregate_type, aggregate_id, version),
    INDEX ${rescind_prefix}events_unpublished_ix (published_at, sequence_no)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

CREATE TABLE ${rescind_prefix}idempotency_records (
    tenant_id        VARCHAR(64) NOT NULL,
    idempotency_key  VARCHAR(255) NOT NULL,
    fingerprint      TEXT NOT NULL,
    created_at       DATETIME(6) NOT NULL,
    document         JSON NOT NULL,
    PRIMARY KEY (tenant_id, idempotency_key)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

-- Outcomes of best-effort effects, for the host to find and retry the failed ones.
CREATE TABLE ${rescind_prefix}effect_records (
    sequence_no     BIGINT NOT NULL AUTO_INCREMENT,
    tenant_id       VARCHAR(64) NOT NULL,
    aggregate_type  VARCHAR(32) NOT NULL,
    aggregate_id    VARCHAR(64) NOT NULL,
    version         BIGINT NOT NULL,
    effect          VARCHAR(255) NOT NULL,
    succeeded       BOOLEAN NOT NULL,
    recorded_at     DATETIME(6) NOT NULL,
    document        JSON NOT NULL,
    PRIMARY KEY (sequence_no),
    INDEX ${rescind_prefix}effect_records_aggregate_ix (tenant_id, aggregate_type, aggregate_id, sequence_no)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

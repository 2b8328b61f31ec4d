-- Rescind's tables on H2 2.x. Every table and index name starts with the prefix
-- that the placeholder rescind_prefix gives (rescind_ unless the host chooses another), so the tables sit
-- beside the host's.
-- H2 measures VARCHAR in UTF-16 units, so text columns are twice as wide as the code points Rescind allows.
-- Each aggregate table keeps the queried fields as columns and the rest of the aggregate as a JSON document;
-- timestamps are in the document at full precision and copied to columns for the host's own queries.

CREATE TABLE ${rescind_prefix}shipments (
    tenant_id   VARCHAR(128) NOT NULL,
    id          VARCHAR(128) NOT NULL,
    version     BIGINT NOT NULL,
    status      VARCHAR(32) NOT NULL,
    created_at  TIMESTAMP(9) WITH TIME ZONE NOT NULL,
    updated_at  TIMESTAMP(9) WITH TIME ZONE NOT NULL,
    document    CLOB NOT NULL,
    CONSTRAINT ${rescind_prefix}shipments_pk PRIMARY KEY (tenant_id, id)
);
CREATE INDEX ${rescind_prefix}shipments_status_ix ON ${rescind_prefix}shipments (tenant_id, status, id);

CREATE TABLE ${rescind_prefix}returns (
    tenant_id   VARCHAR(128) NOT NULL,
    id          VARCHAR(128) NOT NULL,
    version     BIGINT NOT NULL,
    status      VARCHAR(32) NOT NULL,
    created_at  TIMESTAMP(9) WITH TIME ZONE NOT NULL,
    updated_at  TIMESTAMP(9) WITH TIME ZONE NOT NULL,
    document    CLOB NOT NULL,
    CONSTRAINT ${rescind_prefix}returns_pk PRIMARY KEY (tenant_id, id)
);
CREATE INDEX ${rescind_prefix}returns_status_ix ON ${rescind_prefix}returns (tenant_id, status, id);

CREATE TABLE ${rescind_prefix}fulfillment_orders (
    tenant_id       VARCHAR(128) NOT NULL,
    id              VARCHAR(128) NOT NULL,
    version         BIGINT NOT NULL,
    status          VARCHAR(32) NOT NULL,
    request_status  VARCHAR(32) NOT NULL,
    created_at      TIMESTAMP(9) WITH TIME ZONE NOT NULL,
    updated_at      TIMESTAMP(9) WITH TIME ZONE NOT NULL,
    document        CLOB NOT NULL,
    CONSTRAINT ${rescind_prefix}fulfillment_orders_pk PRIMARY KEY (tenant_id, id)
);
CREATE INDEX ${rescind_prefix}fulfillment_orders_status_ix ON ${rescind_prefix}fulfillment_orders (tenant_id, status, id);

-- H2 has no partial indexes: open_target_id holds the target only while the request is open, and a unique
-- index over it (NULLs are distinct) allows at most one open request per target.
CREATE TABLE ${rescind_prefix}cancellation_requests (
    sequence_no     BIGINT GENERATED ALWAYS AS IDENTITY,
    tenant_id       VARCHAR(128) NOT NULL,
    id              VARCHAR(128) NOT NULL,
    version         BIGINT NOT NULL,
    status          VARCHAR(32) NOT NULL,
    target_type     VARCHAR(32) NOT NULL,
    target_id       VARCHAR(128) NOT NULL,
    requested_at    TIMESTAMP(9) WITH TIME ZONE NOT NULL,
    updated_at      TIMESTAMP(9) WITH TIME ZONE NOT NULL,
    document        CLOB NOT NULL,
    open_target_id  VARCHAR(128) GENERATED ALWAYS AS (CASE WHEN status = 'REQUESTED' THEN target_id END),
    CONSTRAINT ${rescind_prefix}cancellation_requests_pk PRIMARY KEY (tenant_id, id),
    CONSTRAINT ${rescind_prefix}cancellation_requests_sequence_uq UNIQUE (sequence_no)
);
CREATE INDEX ${rescind_prefix}cancellation_requests_status_ix ON ${rescind_prefix}cancellation_requests (tenant_id, status, id);
CREATE INDEX ${rescind_prefix}cancellation_requests_target_ix
    ON ${rescind_prefix}cancellation_requests (tenant_id, target_type, target_id, sequence_no);
CREATE UNIQUE INDEX ${rescind_prefix}cancellation_requests_open_uq
    ON ${rescind_prefix}cancellation_requests (tenant_id, target_type, open_target_id);

-- The event log and outbox. sequence_no orders events across aggregates; an aggregate's events are ordered by
-- version. The relay leases unpublished events (lease_owner, lease_until) and marks them published_at.
CREATE TABLE ${rescind_prefix}events (
    sequence_no     BIGINT GENERATED ALWAYS AS IDENTITY,
    event_id        VARCHAR(510) NOT NULL,
    tenant_id       VARCHAR(128) NOT NULL,
    aggregate_type  VARCHAR(32) NOT NULL,
    aggregate_id    VARCHAR(128) NOT NULL,
    version         BIGINT NOT NULL,
    event_type      VARCHAR(64) NOT NULL,
    occurred_at     TIMESTAMP(9) WITH TIME ZONE NOT NULL,
    document        CLOB NOT NULL,
    published_at    TIMESTAMP(9) WITH TIME ZONE,
    lease_owner     VARCHAR(510),
    lease_until     TIMESTAMP(9) WITH TIME ZONE,
    CONSTRAINT ${rescind_prefix}events_pk PRIMARY KEY (sequence_no),
    CONSTRAINT ${rescind_prefix}events_event_id_uq UNIQUE (event_id),
    CONSTRAINT ${rescind_prefix}events_aggregate_version_uq UNIQUE (tenant_id, aggregate_type, aggregate_id, version)
);
CREATE INDEX ${rescind_prefix}events_unpublished_ix ON ${rescind_prefix}events (published_at, sequence_no);

-- H2's relay claims take turns on this row.
CREATE TABLE ${rescind_prefix}relay_lock (
    id INT NOT NULL,
    CONSTRAINT ${rescind_prefix}relay_lock_pk PRIMARY KEY (id)
);
INSERT INTO ${rescind_prefix}relay_lock (id) VALUES (1);

CREATE TABLE ${rescind_prefix}idempotency_records (
    tenant_id        VARCHAR(128) NOT NULL,
    idempotency_key  VARCHAR(510) NOT NULL,
    fingerprint      CLOB NOT NULL,
    created_at       TIMESTAMP(9) WITH TIME ZONE NOT NULL,
    document         CLOB NOT NULL,
    CONSTRAINT ${rescind_prefix}idempotency_records_pk PRIMARY KEY (tenant_id, idempotency_key)
);

-- Outcomes of best-effort effects, for the host to find and retry the failed ones.
CREATE TABLE ${rescind_prefix}effect_records (
    sequence_no     BIGINT GENERATED ALWAYS AS IDENTITY,
    tenant_id       VARCHAR(128) NOT NULL,
    aggregate_type  VARCHAR(32) NOT NULL,
    aggregate_id    VARCHAR(128) NOT NULL,
    version         BIGINT NOT NULL,
    effect          VARCHAR(510) NOT NULL,
    succeeded       BOOLEAN NOT NULL,
    recorded_at     TIMESTAMP(9) WITH TIME ZONE NOT NULL,
    document        CLOB NOT NULL,
    CONSTRAINT ${rescind_prefix}effect_records_pk PRIMARY KEY (sequence_no)
);
CREATE INDEX ${rescind_prefix}effect_records_aggregate_ix
    ON ${rescind_prefix}effect_records (tenant_id, aggregate_type, aggregate_id, sequence_no);

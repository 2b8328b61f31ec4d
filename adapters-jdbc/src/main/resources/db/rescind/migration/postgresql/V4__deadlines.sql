-- Durable deadlines: the times by which something must have happened to an aggregate, written in the commit of
-- the decision that set them and kept until a deadline runner decided them. Due times are compared with the
-- database's clock, and so are leases; claims skip the rows other runners' claims have locked.
CREATE TABLE ${rescind_prefix}deadlines (
    sequence_no    BIGINT GENERATED ALWAYS AS IDENTITY,
    deadline_id    VARCHAR(128) COLLATE "C" NOT NULL,
    tenant_id      VARCHAR(64) COLLATE "C" NOT NULL,
    kind           VARCHAR(32) NOT NULL,
    aggregate_type VARCHAR(32) NOT NULL,
    aggregate_id   VARCHAR(64) COLLATE "C" NOT NULL,
    subject        VARCHAR(128) COLLATE "C" NOT NULL,
    due_at         TIMESTAMPTZ NOT NULL,
    lease_owner    VARCHAR(255),
    lease_until    TIMESTAMPTZ,
    CONSTRAINT ${rescind_prefix}deadlines_pk PRIMARY KEY (sequence_no),
    CONSTRAINT ${rescind_prefix}deadlines_id_uq UNIQUE (deadline_id)
);
-- Claims walk the deadlines earliest due first.
CREATE INDEX ${rescind_prefix}deadlines_due_ix ON ${rescind_prefix}deadlines (due_at, sequence_no);

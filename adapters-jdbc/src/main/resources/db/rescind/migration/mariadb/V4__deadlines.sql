-- Durable deadlines: the times by which something must have happened to an aggregate, written in the commit of
-- the decision that set them and kept until a deadline runner decided them. Due times are compared with the
-- database's clock in UTC, and so are leases; claims skip the rows other runners' claims have locked.
CREATE TABLE ${rescind_prefix}deadlines (
    sequence_no    BIGINT NOT NULL AUTO_INCREMENT,
    deadline_id    VARCHAR(128) NOT NULL,
    tenant_id      VARCHAR(64) NOT NULL,
    kind           VARCHAR(32) NOT NULL,
    aggregate_type VARCHAR(32) NOT NULL,
    aggregate_id   VARCHAR(64) NOT NULL,
    subject        VARCHAR(128) NOT NULL,
    due_at         DATETIME(6) NOT NULL,
    lease_owner    VARCHAR(255) NULL,
    lease_until    DATETIME(6) NULL,
    PRIMARY KEY (sequence_no),
    UNIQUE KEY ${rescind_prefix}deadlines_id_uq (deadline_id),
    INDEX ${rescind_prefix}deadlines_due_ix (due_at, sequence_no)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

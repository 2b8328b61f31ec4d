-- A host application's own first migration, to show Rescind's migrations living beside it.
CREATE TABLE orders (id VARCHAR(64) NOT NULL PRIMARY KEY, status VARCHAR(32) NOT NULL);

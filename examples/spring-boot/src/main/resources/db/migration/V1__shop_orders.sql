CREATE TABLE shop_orders (
    order_number VARCHAR(40) PRIMARY KEY,
    state        VARCHAR(20) NOT NULL
);

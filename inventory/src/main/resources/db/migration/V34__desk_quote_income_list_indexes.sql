-- The back office's desk, quotes and income lists, filtered and paged in the database: newest first for everyone,
-- within a status, a broker's, a cooperative's (a manager's scope of the ledger), an artisan's, a kind's and those
-- with a product. The desk's lists use the orders list's indexes (V29): broker_id with placed_at, and status with
-- placed_at for the open orders.
create index quote_created on quote(created_at, id);
create index quote_broker_created on quote(broker_id, created_at, id);
create index quote_status_created on quote(status, created_at, id);
create index quote_line_product on quote_line(product_id, quote_id);
create index income_entry_occurred on income_entry(occurred_at, id);
create index income_entry_product on income_entry(product_id, occurred_at);
create index income_entry_kind on income_entry(kind, occurred_at);
-- a page of entries reads the piece rates' work orders through their returns
create index work_return_income_entry on work_return(income_entry_id);

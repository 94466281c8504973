-- Payments (issue 9), refunds from the back office pages: each refunded line goes back to stock or is written
-- off as the user chooses for that line. Null for refunds made before: their refund's own restock flag holds.
alter table refund_line add column restock boolean;

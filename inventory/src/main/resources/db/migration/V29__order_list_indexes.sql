-- The back office's order list, filtered and paged in the database (200,000 orders and more): newest first for
-- everyone, within a status, a broker's, a cooperative's (a manager's scope, federation staff's filter) and those
-- with a product. The search in number, buyer's name and phone reads every row of the scope it is given.
create index order_placed on orders(placed_at, id);
create index order_status_placed on orders(status, placed_at, id);
create index order_broker_placed on orders(broker_id, placed_at);
create index order_part_cooperative on order_part(cooperative_id, order_id);
create index order_line_product on order_line(product_id, order_id);

-- Inventory depth (issue 17).
-- A place can be retired: it is no longer offered for new stock or moves, and stays readable in the history.
alter table location add column retired_at timestamp with time zone;
alter table location add column retired_by varchar(100);

-- A batch can be corrected (its count was wrong) or voided (it should not have been recorded): the batch row stays,
-- with the pieces it was recorded with; quantity is what it holds now. The stock ledger has the compensating rows.
-- (recorded_quantity null: never corrected, the pieces recorded are quantity)
alter table production_batch add column recorded_quantity integer;
alter table production_batch add column voided_at timestamp with time zone;
alter table production_batch add column voided_by varchar(100);
-- a void keeps only the pieces already sold, which may be none
alter table production_batch drop constraint batch_quantity;
alter table production_batch add constraint batch_quantity check (quantity > 0 or (quantity = 0 and voided_at is not null));

-- Where a manager wants her notices (low stock): optional.
alter table account add column email varchar(200);

-- A product below its low-stock threshold has been told to its manager once: set when the mail is sent for a
-- crossing, cleared when the product is back at or above the threshold, so one crossing makes one mail.
alter table product add column low_stock_notified_at timestamp with time zone;

-- The ledger's running balance is a window over one product's rows per place in id order.
create index stock_movement_product_place on stock_movement(product_id, location_id, id);

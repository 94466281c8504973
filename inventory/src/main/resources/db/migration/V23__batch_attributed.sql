-- How many pieces of each batch sales have been traced to so far (sales, less pieces that came back into stock).
-- Kept with every income entry of a batch, so that a sale finds the batches with pieces left in one query
-- instead of adding up each batch's whole sales history (which grew with every sale of the product).
alter table production_batch add column attributed integer not null default 0;

update production_batch set attributed = coalesce((
    select sum(case when e.kind = 'SALE' then e.quantity when e.restocked then -e.quantity else 0 end)
    from income_entry e where e.batch_id = production_batch.id), 0);

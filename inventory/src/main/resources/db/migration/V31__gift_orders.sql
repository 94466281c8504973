-- An order may be sent as a gift: its packing slip then carries the buyer's message and no prices.
alter table orders add column gift boolean not null default false;
alter table orders add column gift_message varchar(200);

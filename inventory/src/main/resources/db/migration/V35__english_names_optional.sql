-- Issue 17: English names are optional at entry (rural managers may not write English). Pages, the shop and the
-- API say a name in English where one was entered and fall back to the Chinese one (BilingualText.in); the Chinese
-- name stays required. An order line copies its product's names, so it may have no English one either.
alter table cooperative alter column name_en drop not null;
alter table location alter column name_en drop not null;
alter table training_course alter column title_en drop not null;
alter table product alter column name_en drop not null;
alter table product alter column description_en drop not null;
alter table order_line alter column name_en drop not null;

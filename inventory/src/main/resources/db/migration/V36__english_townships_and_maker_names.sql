-- Names in the buyer's language: a township and a maker's display name may have an English form (optional; the
-- shop falls back to the Chinese one). The two townships of the programme's first cooperatives get theirs here.
alter table cooperative add column township_en varchar(100);
alter table artisan add column display_name_en varchar(100);
update cooperative set township_en = 'Ningyuanpu Town' where township = '宁远堡镇';
update cooperative set township_en = 'Shuangwan Town' where township = '双湾镇';

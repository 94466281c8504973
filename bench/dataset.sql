-- The large data set of the benchmark, for PostgreSQL: adds to a database the application has migrated (and loaded
-- with the demo data set) cooperatives, 1,000 trained artisans, 20,000 listed products with two production batches
-- each, and 200,000 delivered past orders with their lines, parts, history, sold reservations, ledger movements and
-- income entries — consistent as the application would have written them (ChainAudit's checks hold afterwards).
--
--   psql "$DATABASE" -v coops=20 -v artisans=1000 -v products=20000 -v orders=200000 -v batches=2 -f bench/dataset.sql
--
-- batches is the production batches of 30 pieces per product (its batch history: what the FIFO attribution of a
-- sale to batches may have to read).
--
-- Runs in one transaction; deterministic (the same numbers give the same data). bench/run calls it.
\set ON_ERROR_STOP on
begin;

create temporary table bench_alphabet as select '23456789ABCDEFGHJKMNPQRSTUVWXYZ'::text as a;

-- cooperatives, each with its main place
create temporary table bench_coop (n int primary key, id bigint, location_id bigint);
insert into bench_coop (n) select g from generate_series(1, :coops) g;
with made as (
    insert into cooperative (name_zh, name_en, township, story_zh, story_en, status)
    select '测试合作社 ' || n, 'Benchmark cooperative ' || n, '测试镇 ' || n, '基准测试数据。', 'Benchmark data.', 'APPROVED'
    from bench_coop order by n returning id, name_en)
update bench_coop c set id = made.id from made where made.name_en = 'Benchmark cooperative ' || c.n;
with made as (
    insert into location (cooperative_id, name_zh, name_en, address, main)
    select id, '仓库 ' || n, 'Store ' || n, '金川区', true from bench_coop returning id, cooperative_id)
update bench_coop c set location_id = made.id from made where made.cooperative_id = c.id;

-- a federation course for every craft
create temporary table bench_craft as
    select row_number() over (order by sort_order) - 1 as k, code, name_zh, name_en from craft;
create temporary table bench_course (k int, id bigint);
with made as (
    insert into training_course (craft_code, title_zh, title_en, level, hours, trainer, place, starts_on, ends_on, capacity)
    select code, name_zh || '培训（基准）', name_en || ' course (benchmark)', 'BASIC', 40, '测试讲师', '金川区妇联',
           date '2025-03-01', date '2025-03-10', 2000 from bench_craft returning id, craft_code)
insert into bench_course select k.k, made.id from made join bench_craft k on k.code = made.craft_code;

-- artisans, n-th of cooperative (n % coops), each trained in every craft
create temporary table bench_artisan (n int primary key, coop int, id bigint);
insert into bench_artisan (n, coop) select g, g % :coops + 1 from generate_series(0, :artisans - 1) g;
with made as (
    insert into artisan (cooperative_id, display_name, public_consent, story_zh, household_status)
    select c.id, '测试手艺人' || a.n, a.n % 3 = 0, case when a.n % 3 = 0 then '基准测试数据。' end, 'NOT_RECORDED'
    from bench_artisan a join bench_coop c on c.n = a.coop order by a.n returning id, display_name)
update bench_artisan a set id = made.id from made where made.display_name = '测试手艺人' || a.n;
insert into enrollment (course_id, artisan_id, status, enrolled_on, completed_on, level_achieved)
select c.id, a.id, 'COMPLETED', date '2025-03-01', date '2025-03-10', 'BASIC' from bench_artisan a cross join bench_course c;

-- products: the p-th of cooperative (p % coops), craft (p % crafts)
create temporary table bench_product (n int primary key, coop int, k int, id bigint, price bigint);
insert into bench_product (n, coop, k, price)
select g, g % :coops + 1, g % (select count(*) from bench_craft), 2000 + (g * 37 % 480) * 100
from generate_series(0, :products - 1) g;
with made as (
    insert into product (cooperative_id, craft_code, name_zh, name_en, description_zh, description_en, price_fen, published, created_at)
    select c.id, k.code, k.name_zh || '作品 ' || p.n, k.name_en || ' piece ' || p.n,
           '手工制作的' || k.name_zh || '，基准测试数据 ' || p.n || '。', 'A handmade ' || lower(k.name_en) || ', benchmark data ' || p.n || '.',
           p.price, true, timestamp with time zone '2025-04-01 08:00:00+08' + p.n * interval '1 minute'
    from bench_product p join bench_coop c on c.n = p.coop join bench_craft k on k.k = p.k order by p.n
    returning id, created_at)
update bench_product p set id = made.id from made
where made.created_at = timestamp with time zone '2025-04-01 08:00:00+08' + p.n * interval '1 minute';
update product set image_url = '/images/products/' || id || '.svg' where id in (select id from bench_product);

-- batches of 30 pieces per product (two unless told), by artisans of its cooperative, into its main place
create temporary table bench_batch (product int, b int, id bigint);
with made as (
    insert into production_batch (product_id, artisan_id, location_id, quantity, made_on, trace_code, recorded_at, recorded_by)
    select p.id, a.id, c.location_id, 30, date '2025-05-01' + ((p.n + b) % 200),
           translate(upper(substr(md5('bench-batch-' || p.n || '-' || b), 1, 10)), '01', 'WX'),
           timestamp with time zone '2025-05-01 09:00:00+08', 'benchmark'
    from bench_product p cross join generate_series(0, :batches - 1) b
    join bench_coop c on c.n = p.coop
    join bench_artisan a on a.n = (p.coop - 1) + :coops * ((p.n / :coops + b * 7) % (:artisans / :coops))
    returning id, product_id)
insert into bench_batch select p.n, 0, made.id from made join bench_product p on p.id = made.product_id;
insert into stock_level (product_id, location_id, on_hand, reserved)
select p.id, c.location_id, 30 * :batches, 0 from bench_product p join bench_coop c on c.n = p.coop;
insert into stock_movement (product_id, location_id, kind, on_hand_delta, reserved_delta, batch_id, actor, occurred_at)
select b.product_id, b.location_id, 'PRODUCED', b.quantity, 0, b.id, 'benchmark', b.recorded_at
from production_batch b where b.id in (select id from bench_batch);

-- past orders: order i sells one piece of product (i * 7919) % products (7919 is prime to 20,000: ten sales each),
-- paid by bank transfer, delivered
create temporary table bench_order (n int primary key, product int, id bigint, placed timestamp with time zone);
insert into bench_order (n, product, placed)
select g, (g * 7919) % :products, timestamp with time zone '2025-06-01 10:00:00+08' + g * interval '2 minutes'
from generate_series(0, :orders - 1) g;
with made as (
    insert into orders (number, status, payment_method, contact_name, contact_phone, ship_country, ship_province, ship_city,
                        ship_line, subtotal_fen, delivery_fee_fen, total_fen, access_token_hash, placed_at, language)
    select 'LY' || to_char(o.placed at time zone 'Asia/Shanghai', 'YYMMDD') || '-'
               || (select string_agg(substr(a, ((o.n / power(31, d)::bigint) % 31)::int + 1, 1), '' order by d desc)
                   from bench_alphabet, generate_series(0, 5) d),
           'DELIVERED', 'BANK_TRANSFER', '测试买家' || (o.n % 5000), '1390000' || lpad((o.n % 10000)::text, 4, '0'),
           'CN', '甘肃省', '金昌市', '北京路 ' || (o.n % 300) || ' 号', p.price, 1200, p.price + 1200,
           md5('bench-token-' || o.n) || md5('bench-token2-' || o.n), o.placed, 'zh'
    from bench_order o join bench_product p on p.n = o.product order by o.n
    returning id, placed_at)
update bench_order o set id = made.id from made where made.placed_at = o.placed;
insert into order_part (order_id, cooperative_id, status, subtotal_fen, delivery_fee_fen)
select o.id, c.id, 'DELIVERED', p.price, 1200
from bench_order o join bench_product p on p.n = o.product join bench_coop c on c.n = p.coop;
insert into order_line (order_id, line_no, product_id, cooperative_id, name_zh, name_en, quantity, unit_price_fen)
select o.id, 1, p.id, c.id, pr.name_zh, pr.name_en, 1, p.price
from bench_order o join bench_product p on p.n = o.product join bench_coop c on c.n = p.coop join product pr on pr.id = p.id;
insert into order_status_change (order_id, from_status, to_status, actor, occurred_at)
select o.id, s.from_status, s.to_status, s.actor, o.placed + s.after
from bench_order o cross join (values (null, 'AWAITING_PAYMENT', 'guest', interval '0'),
                                      ('AWAITING_PAYMENT', 'PAID', 'federation', interval '2 hours'),
                                      ('PAID', 'SHIPPED', 'benchmark', interval '1 day'),
                                      ('SHIPPED', 'DELIVERED', 'benchmark', interval '3 days')) s(from_status, to_status, actor, after);
insert into reservation (order_id, product_id, location_id, quantity, status)
select o.id, p.id, c.location_id, 1, 'SOLD' from bench_order o join bench_product p on p.n = o.product join bench_coop c on c.n = p.coop;
insert into stock_movement (product_id, location_id, kind, on_hand_delta, reserved_delta, order_id, actor, occurred_at)
select p.id, c.location_id, 'SOLD', -1, 0, o.id, 'benchmark', o.placed + interval '2 hours'
from bench_order o join bench_product p on p.n = o.product join bench_coop c on c.n = p.coop;
update stock_level s set on_hand = s.on_hand - sold.pieces
from (select p.id, count(*) as pieces from bench_order o join bench_product p on p.n = o.product group by p.id) sold
where s.product_id = sold.id;
-- each sale credited to the product's first batch: 70 % to its maker, the rest to the cooperative
insert into income_entry (kind, cooperative_id, artisan_id, batch_id, order_id, product_id, location_id, quantity,
                          sale_fen, artisan_fen, cooperative_fen, broker_fen, actor, occurred_at)
select 'SALE', c.id, b.artisan_id, b.id, o.id, p.id, c.location_id, 1, p.price, p.price * 70 / 100,
       p.price - p.price * 70 / 100, 0, 'benchmark', o.placed + interval '2 hours'
from bench_order o join bench_product p on p.n = o.product join bench_coop c on c.n = p.coop
join (select product, min(id) as id from bench_batch group by product) bb on bb.product = p.n
join production_batch b on b.id = bb.id;
update production_batch b set attributed = sold.pieces
from (select batch_id, sum(quantity) as pieces from income_entry where actor = 'benchmark' group by batch_id) sold
where b.id = sold.batch_id;

commit;
analyze cooperative, location, artisan, enrollment, training_course, product, production_batch, stock_level, stock_movement, orders, order_part, order_line, order_status_change, reservation, income_entry;

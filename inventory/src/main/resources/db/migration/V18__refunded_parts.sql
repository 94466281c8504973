-- A refunded order no longer looks like work (issue 17): a cooperative's part whose every piece was refunded before
-- it shipped is REFUNDED, not left PENDING. Runs unchanged on H2 (PostgreSQL mode) and PostgreSQL.
alter table order_part drop constraint order_part_status;
alter table order_part add constraint order_part_status
    check (status in ('PENDING', 'PACKED', 'SHIPPED', 'DELIVERED', 'CANCELLED', 'RETURNED', 'REFUNDED'));

-- parts of orders refunded in full before this version still waited as work
update order_part set status = 'REFUNDED'
 where status in ('PENDING', 'PACKED') and order_id in (select id from orders where status = 'REFUNDED');

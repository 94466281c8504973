-- Federation staff and a cooperative's manager assign an order to a broker (issue 17); the order's notes say so.
alter table order_note drop constraint order_note_kind;
alter table order_note add constraint order_note_kind
    check (kind in ('NOTE', 'CLAIMED', 'HANDED_BACK', 'PLACED_FOR_BUYER', 'ASSIGNED'));

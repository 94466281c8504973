-- The audit page and GET /admin/api/v1/audit read the trail newest first, one page at a time, optionally of one user
-- (issue 17): every back-office read of a member's private data writes a row, so the table grows fast.
create index audit_occurred on audit_log(occurred_at, id);
create index audit_actor_occurred on audit_log(actor, occurred_at, id);

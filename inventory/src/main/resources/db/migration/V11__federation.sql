-- The federation's part of the chain (issue 8): cooperatives are approved by federation staff before their
-- products are sold in the shop. Every cooperative that exists already was set up by the federation, so it
-- starts APPROVED. Runs unchanged on H2 (PostgreSQL mode) and PostgreSQL.
alter table cooperative add column status varchar(20) not null default 'APPROVED';
alter table cooperative add constraint cooperative_status check (status in ('PENDING', 'APPROVED', 'SUSPENDED'));
alter table cooperative add column status_changed_by varchar(100);
alter table cooperative add column status_changed_at timestamp with time zone;

-- the report reads completed enrolments by course and date, and batches by day
create index enrollment_course_completed on enrollment(course_id, status, completed_on);
create index batch_made_on on production_batch(made_on);

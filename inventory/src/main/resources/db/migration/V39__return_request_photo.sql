-- Issue 16: a buyer's return request may carry one photo (of the damage, of the wrong piece). Checked as a listing's
-- photo is (PhotoCheck: type sniffed from the bytes, size, a decodable image) and kept the same way: re-encoded as
-- JPEG with a thumbnail, in the database (bytea) so that every instance of a cluster serves it. A table of its own,
-- keyed by the request, so that reading requests never reads pictures, and a request without a photo has no row.
-- content_type is what is stored and served (always image/jpeg, since nothing of the upload is kept); uploaded_as
-- what the upload's first bytes were.
create table return_request_photo (
    return_request_id  bigint primary key references return_request(id),
    uploaded_as        varchar(10) not null,
    content_type       varchar(30) not null,
    width              integer not null,
    height             integer not null,
    image              bytea not null,
    thumbnail          bytea not null,
    uploaded_at        timestamp with time zone not null,
    constraint return_request_photo_format check (uploaded_as in ('JPEG', 'PNG', 'WEBP')),
    constraint return_request_photo_type check (content_type = 'image/jpeg'),
    constraint return_request_photo_size check (width > 0 and height > 0)
);

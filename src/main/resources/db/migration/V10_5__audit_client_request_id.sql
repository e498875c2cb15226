-- The X-Request-Id a client sent, kept beside the request's own id when the client is not a
-- trusted proxy: a client may not choose the id its requests are logged under, but what it sent
-- is worth keeping to tie its report to ours. Well-formed tokens only (checked by the application).
alter table audit_event add column client_request_id varchar(64);

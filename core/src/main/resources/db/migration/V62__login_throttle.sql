-- Failed logins per account name and per client address, so guessing passwords slows down and then stops.
-- Kept in the database so that every node of a cluster counts the same attempts and an admin's unlock reaches all.
create table login_throttle (
    subject         varchar(200) not null primary key,
    version         bigint       not null,
    failures        integer      not null,
    last_failure_at timestamp(6) with time zone not null,
    blocked_until   timestamp(6) with time zone
);
create index ix_login_throttle_last_failure on login_throttle (last_failure_at);

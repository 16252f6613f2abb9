-- The Telegram bot (ADR 24). Times are epoch millis.
-- Every update the Bot API hands over is stored before its offset is confirmed, and marked when it has
-- been handled, so a restart loses none and answers none twice.
create table telegram_update (
    update_id   bigint  primary key,
    chat_id     bigint,
    body        text    not null,            -- the update's JSON as the Bot API sent it
    received_at bigint  not null,
    handled_at  bigint
);
create index telegram_update_unhandled on telegram_update (update_id) where handled_at is null;

-- One node polls: whoever holds the lease, until expires_at; next_offset is the first update not yet stored.
create table telegram_lease (
    name        text    primary key,
    holder      text,
    expires_at  bigint  not null,
    next_offset bigint  not null
);
insert into telegram_lease (name, holder, expires_at, next_offset) values ('poll', null, 0, 0);

-- A private chat with the bot (its id is the Telegram user's): the language Telegram reports, what the
-- bot waits for the person to type (state), and whether they blocked the bot.
create table telegram_chat (
    chat_id     bigint  primary key,
    language    text,
    state       text,
    blocked_at  bigint,
    updated_at  bigint  not null
);

-- What the bot says, in order per chat: sent by one sender, which honours 429's retry_after and backs off
-- on network failures. autoincrement: the order is the id.
create table telegram_outbox (
    id          integer primary key autoincrement,
    chat_id     bigint  not null,
    body        text    not null,            -- one Bot API call, as JSON of our own (Outgoing)
    photo       blob,
    created_at  bigint  not null,
    due_at      bigint  not null,
    attempts    integer not null default 0,
    sent_at     bigint,
    failure     text
);
create index telegram_outbox_pending on telegram_outbox (chat_id, id) where sent_at is null and failure is null;

-- A button that acted, so that a second tap of it is answered "already done".
create table telegram_tap (
    chat_id     bigint  not null,
    message_id  bigint  not null,
    data        text    not null,
    tapped_at   bigint  not null,
    primary key (chat_id, message_id, data)
);

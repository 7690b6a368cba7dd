-- The reports select by date range: these columns are their filters.

create index ix_article_ingested_at on article (ingested_at);
create index ix_review_decided_at on review (decided_at);
create index ix_claim_match_created_at on claim_match (created_at);
create index ix_workflow_event_occurred_at on workflow_event (occurred_at);

-- Sponsorship is granted, not declared: an admin creates a campaign for a partner, with its dates,
-- its priority and a disclosure from a fixed list; a partner's listing can only name one of its own
-- campaigns. The listing keeps a copy of its campaign's values (the ranking reads them from its own
-- row and indexes), refreshed whenever an admin changes the campaign.
CREATE TABLE campaign (
    campaign_id text        PRIMARY KEY,
    partner_id  text        NOT NULL REFERENCES partner (partner_id),
    priority    integer     NOT NULL CHECK (priority BETWEEN 1 AND 1000),
    active_from date        NOT NULL,
    active_to   date        NOT NULL,
    disclosure  text        NOT NULL CHECK (disclosure IN ('SPONSORED', 'AD')),
    created_by  text        NOT NULL,
    created_at  timestamptz NOT NULL DEFAULT now(),
    updated_by  text        NOT NULL,
    updated_at  timestamptz NOT NULL DEFAULT now(),
    CHECK (active_to >= active_from)
);
CREATE INDEX campaign_by_partner ON campaign (partner_id, campaign_id);

-- Campaigns that listings declared before this version become campaigns as declared, labelled as the
-- platform labels them. Where two partners declared the same campaign id, the partner first by id keeps it
-- and the other's listings become organic: a partner never ranks by another's campaign.
INSERT INTO campaign (campaign_id, partner_id, priority, active_from, active_to, disclosure, created_by, updated_by)
SELECT DISTINCT ON (campaign_id) campaign_id, partner_id, priority, active_from, active_to,
       CASE WHEN lower(disclosure) IN ('ad', 'advertisement') THEN 'AD' ELSE 'SPONSORED' END, 'migration V4', 'migration V4'
  FROM listing
 WHERE campaign_id IS NOT NULL AND priority BETWEEN 1 AND 1000 AND active_to >= active_from
 ORDER BY campaign_id, partner_id, updated_at DESC;

UPDATE listing l
   SET priority = c.priority, active_from = c.active_from, active_to = c.active_to,
       disclosure = CASE c.disclosure WHEN 'AD' THEN 'Ad' ELSE 'Sponsored' END
  FROM campaign c
 WHERE c.campaign_id = l.campaign_id AND c.partner_id = l.partner_id;

UPDATE listing l
   SET campaign_id = NULL, priority = NULL, active_from = NULL, active_to = NULL, disclosure = NULL
 WHERE l.campaign_id IS NOT NULL
   AND NOT EXISTS (SELECT 1 FROM campaign c WHERE c.campaign_id = l.campaign_id AND c.partner_id = l.partner_id);

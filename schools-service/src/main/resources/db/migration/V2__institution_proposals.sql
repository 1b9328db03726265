-- Institutions are shared by every partner that lists them, so no partner overwrites what another
-- partner's listings show: the first partner to name an institution creates it, later partners
-- fill only what is still blank, and what they would change is kept here as a proposal, one per
-- institution, partner and field, for an admin to review.
CREATE TABLE institution_proposal (
    institution_id uuid        NOT NULL REFERENCES institution (institution_id),
    partner_id     text        NOT NULL,
    field          text        NOT NULL CHECK (field IN ('name', 'city', 'ownership', 'website')),
    value          text        NOT NULL,
    proposed_at    timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (institution_id, partner_id, field)
);

-- An admin curates the shared record; every change of a field is kept, with who made it.
CREATE TABLE institution_change (
    change_id      bigserial   PRIMARY KEY,
    institution_id uuid        NOT NULL REFERENCES institution (institution_id),
    field          text        NOT NULL,
    old_value      text,
    new_value      text,
    changed_by     text        NOT NULL,
    changed_at     timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX institution_change_by_institution ON institution_change (institution_id, change_id);

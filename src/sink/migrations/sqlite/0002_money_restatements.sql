-- union-news reporting schema, version 2 (SQLite): restated amounts.
-- An article often states one amount several times ("50.000 tỷ" in the lead, the body and a
-- quote). money.repeat_of is the ord of the mention of the same article that counts for this
-- one, NULL when this one counts: totals sum only the rows WHERE repeat_of IS NULL.
-- Mentions of the same value (currency, amount, amount_max, both or neither vague) in one
-- article are one amount unless their sentences say they differ: a different organization
-- named in the sentence (organization_basis = 'sentence'), or a different year dated in it
-- (year_basis = 'sentence'). A mention counts at the first mention of its value that agrees
-- with everything its own sentence says, preferring one whose sentence says more (both
-- organization and year, then either).
-- (The loader computes the same for new rows; this fills in the rows already stored.)

ALTER TABLE money ADD COLUMN repeat_of INTEGER;

UPDATE money SET repeat_of = (
    SELECT f.ord FROM money f
    WHERE f.article_id = money.article_id
      AND f.currency = money.currency
      AND f.amount = money.amount
      AND f.amount_max IS money.amount_max
      AND (f.qualifier = 'vague') = (money.qualifier = 'vague')
      AND (money.organization_basis IS NOT 'sentence'
           OR (f.organization_basis = 'sentence' AND f.organization_id = money.organization_id))
      AND (money.year_basis IS NOT 'sentence'
           OR (f.year_basis = 'sentence' AND f.year = money.year))
    ORDER BY (CASE WHEN f.organization_basis = 'sentence' THEN 1 ELSE 0 END
              + CASE WHEN f.year_basis = 'sentence' THEN 1 ELSE 0 END) DESC, f.ord
    LIMIT 1);
UPDATE money SET repeat_of = NULL WHERE repeat_of = ord;

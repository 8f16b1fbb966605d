-- A near-duplicate paragraph and a photo without its credit now stop publishing unless an administrator chose
-- otherwise. An administrator's choice is a row here (saving the settings page writes one for every check), so a
-- database where someone chose keeps every choice; where nobody chose, these two become blocking.
INSERT INTO check_policies (code, blocking, changed_at, changed_by)
VALUES ('NEAR_DUPLICATE_PARAGRAPH', TRUE, now(), ''),
       ('FIGURE_WITHOUT_CREDIT', TRUE, now(), '')
ON CONFLICT (code) DO NOTHING;

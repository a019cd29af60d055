-- An interview's grounds are codes (InterviewDraft.Ground), so they can be counted and matched with
-- the proposals. Grounds written as words before are kept, in the issues, and become OTHER.
select set_config('bastion.scope', '%', true);
update interview
   set issues = issues || E'\n约谈事由：' || array_to_string(grounds, '；'),
       grounds = array['OTHER']
 where not grounds <@ array['MISSED_REPORTS', 'OVERDUE_MEASURES', 'FAILED_ACCEPTANCES', 'INSPECTION_FINDINGS',
                            'SLOW_PROGRESS', 'OTHER']::text[];

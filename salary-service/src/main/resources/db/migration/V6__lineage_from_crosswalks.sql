-- Lineage now comes from the SOC crosswalks data teams publish on salary.soc-crosswalk.v1
-- (publish-crosswalk), not from links fixed here: the links V2 seeded are removed. The code
-- titles stay; crosswalks update them.
DELETE FROM soc_lineage;

-- The digest's count (DigestCountProcessor): requests to process (SENT) per staff member with the
-- advances permission and agency of his, for the staff whose ids lie between ?1 and ?2 (one page of
-- StaffDigestReader, which reads exactly these staff in id order). bin/benchmark.sh runs it over
-- every staff member. One statement over several lines; "--" lines are comments.
SELECT u.id, a.id, a.name, COUNT(r.id)
FROM app_user u JOIN staff_agency sa ON sa.staff_id = u.id JOIN agency a ON a.id = sa.agency_id
     JOIN advance_request r ON r.agency_id = a.id
WHERE u.advances_permission = TRUE AND u.user_role = 'STAFF' AND r.status = 'SENT' AND u.id BETWEEN ?1 AND ?2
GROUP BY u.id, a.id, a.name ORDER BY u.id, a.name, a.id

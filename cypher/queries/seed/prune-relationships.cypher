// Loader: remove relationships the seeds once held and no longer do (editors' facts are kept).
MATCH ()-[r]->()
WHERE r.origin = 'seed' AND NOT r.key IN $keys
DELETE r
RETURN count(*) AS removed

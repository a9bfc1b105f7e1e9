// Loader: remove nodes the seeds once held and no longer do (editors' nodes are kept).
MATCH (n:Node)
WHERE n.origin = 'seed' AND NOT n.id IN $ids
DETACH DELETE n
RETURN count(*) AS removed

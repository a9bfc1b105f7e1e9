// Intake: the names the graph knows, which a new document's text is matched against (editors' work,
// so restricted nodes count too). Documents and quotes are not named by name in running text.
MATCH (n:Node)
WHERE NOT n:Document AND NOT n:Quote
RETURN n.id AS id, head([l IN labels(n) WHERE l <> 'Node']) AS kind, n.name AS name, coalesce(n.aliases, []) AS aliases

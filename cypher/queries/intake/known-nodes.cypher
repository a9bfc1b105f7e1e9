// Intake: the names the graph knows, which a new document's text is matched against (editors' work,
// so restricted nodes count too). Documents are not named by name in running text; a quote is known
// by its words, so the engine can tell a quote the graph has from a new one.
MATCH (n:Node)
WHERE NOT n:Document
RETURN
  n.id AS id,
  head([l IN labels(n) WHERE l <> 'Node']) AS kind,
  n.name AS name,
  CASE WHEN n:Quote THEN [n.text] ELSE coalesce(n.aliases, []) END AS aliases

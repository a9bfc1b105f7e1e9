// Curation: a document already in the graph with exactly this text (public and restricted parts),
// so the same text is not added twice under another id (CONFLICT naming it).
MATCH (d:Document)
WHERE d.text = $text AND coalesce(d.restrictedText, '') = coalesce($restrictedText, '')
RETURN d.id AS id
LIMIT 1

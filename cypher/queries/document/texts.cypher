// The full text of documents, fetched only when a client asks for it. The restricted part
// (e.g. an editors' note "niet voor publicatie") is returned only to researchers and editors.
UNWIND $ids AS id
MATCH (d:Document {id: id})
WHERE $seeRestricted OR NOT coalesce(d.restricted, false)
RETURN id, d.text AS text, CASE WHEN $seeRestricted THEN d.restrictedText END AS restrictedText

// Curation: the documents that new evidence cites (or that a mutation changes), each write-locked
// until the transaction ends, so whether a document is restricted cannot change between checking
// an excerpt against it and recording the evidence (setDocumentRestricted takes the same lock).
// $ids come sorted, so concurrent transactions lock in the same order.
UNWIND $ids AS id
MATCH (d:Document {id: id})
SET d.__lock = true
REMOVE d.__lock
RETURN
  d.id AS id,
  d.text AS text,
  d.restrictedText AS restrictedText,
  coalesce(d.restricted, false) AS restricted,
  d.language AS language,
  d.origin AS origin,
  d.restrictedFrom AS restrictedFrom

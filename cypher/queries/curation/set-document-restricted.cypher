// Curation: mark a document (un)restricted; its version goes up by one. The caller holds its lock.
// $texts (or null: unchanged) re-splits an editor's wholly restricted document at its marker when
// it is made public again.
MATCH (d:Document {id: $id})
SET d.restricted = $restricted,
    d.text = CASE WHEN $texts IS NULL THEN d.text ELSE $texts.text END,
    d.restrictedText = CASE WHEN $texts IS NULL THEN d.restrictedText ELSE $texts.restrictedText END,
    d.version = d.version + 1,
    d.updatedAt = datetime(),
    d.updatedBy = $actor
RETURN d {.*, label: 'Document', text: null, restrictedText: null} AS node

// Curation: a new source document, stored as the loader stores one (public `text` and
// `restrictedText` split at the marker, `restricted` for a wholly restricted document);
// version 1, origin 'editor', who and when.
CREATE (d:Node:Document {id: $id})
SET d += $props
SET d.version = 1,
    d.origin = 'editor',
    d.createdAt = datetime(),
    d.createdBy = $actor,
    d.updatedAt = datetime(),
    d.updatedBy = $actor
RETURN d {.*, label: 'Document', text: null, restrictedText: null} AS node

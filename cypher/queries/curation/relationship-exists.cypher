// Curation: is there a relationship of this type with this key? ($type from the allow-list; the
// key's uniqueness constraint per type serves the look-up.)
MATCH ()-[r:$($type) {key: $key}]->()
RETURN r.key AS key
LIMIT 1

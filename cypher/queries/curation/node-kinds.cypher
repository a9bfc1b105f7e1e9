// Curation: the kind of each of these nodes (missing ids return no row), to check the ends of a
// relationship, a speaker, themes or a publisher. Editors see restricted nodes too.
UNWIND $ids AS id
MATCH (n:Node {id: id})
RETURN n.id AS id, head([l IN labels(n) WHERE l <> 'Node']) AS label

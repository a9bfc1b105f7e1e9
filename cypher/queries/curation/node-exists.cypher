// Curation: is this id taken (by a node of any kind)? A create refuses an existing id with CONFLICT
// (the uniqueness constraint on :Node(id) also stops two concurrent creates of one id).
MATCH (n:Node {id: $id})
RETURN n.id AS id

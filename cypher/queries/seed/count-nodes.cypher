// Is the database empty? (start-up seeds only an empty one)
MATCH (n:Node)
RETURN count(n) AS nodes

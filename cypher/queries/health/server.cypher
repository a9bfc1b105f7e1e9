// The live identity of the Neo4j answering us, for the health query.
CALL dbms.components() YIELD name, versions, edition
RETURN name, versions[0] AS version, edition

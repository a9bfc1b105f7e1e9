// Search over names, quote texts and document texts with Dutch stemming ("jeugdhulp" finds
// "Jeugdhulp", "gemeenten" finds "gemeente"). Restricted passages of documents live in another
// property and index, so the public index can never surface them.
CREATE FULLTEXT INDEX search IF NOT EXISTS
FOR (n:Municipality|Region|Organisation|Person|Programme|Award|Criterion|Theme|Document|Quote)
ON EACH [n.name, n.aliasesText, n.text, n.description]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'dutch', `fulltext.eventually_consistent`: false } };
CREATE FULLTEXT INDEX search_restricted IF NOT EXISTS
FOR (n:Document) ON EACH [n.restrictedText]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'dutch', `fulltext.eventually_consistent`: false } };

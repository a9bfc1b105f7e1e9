// Intake's proposals: not :Node (they never show in lists, search, walks or exports); one id each,
// read by document in document order.
CREATE CONSTRAINT proposal_id IF NOT EXISTS FOR (p:Proposal) REQUIRE p.id IS UNIQUE;
CREATE INDEX proposal_document IF NOT EXISTS FOR (p:Proposal) ON (p.document, p.start, p.id);

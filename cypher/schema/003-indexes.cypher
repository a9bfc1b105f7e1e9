// Keyset paging orders by (name, id): a composite range index per label serves it (every
// <kind>/page matches its own label, so the :Node one does not).
CREATE INDEX node_name_id IF NOT EXISTS FOR (n:Node) ON (n.name, n.id);
CREATE INDEX node_restricted IF NOT EXISTS FOR (n:Node) ON (n.restricted);
CREATE INDEX municipality_name IF NOT EXISTS FOR (n:Municipality) ON (n.name, n.id);
CREATE INDEX region_name IF NOT EXISTS FOR (n:Region) ON (n.name, n.id);
CREATE INDEX organisation_name IF NOT EXISTS FOR (n:Organisation) ON (n.name, n.id);
CREATE INDEX programme_name IF NOT EXISTS FOR (n:Programme) ON (n.name, n.id);
CREATE INDEX award_name IF NOT EXISTS FOR (n:Award) ON (n.name, n.id);
CREATE INDEX criterion_name IF NOT EXISTS FOR (n:Criterion) ON (n.name, n.id);
CREATE INDEX theme_name IF NOT EXISTS FOR (n:Theme) ON (n.name, n.id);
CREATE INDEX document_name IF NOT EXISTS FOR (n:Document) ON (n.name, n.id);
CREATE INDEX quote_name IF NOT EXISTS FOR (n:Quote) ON (n.name, n.id);
CREATE INDEX organisation_type IF NOT EXISTS FOR (n:Organisation) ON (n.type);
CREATE INDEX programme_kind IF NOT EXISTS FOR (n:Programme) ON (n.kind);
CREATE INDEX person_name IF NOT EXISTS FOR (n:Person) ON (n.name, n.id);
CREATE INDEX award_year IF NOT EXISTS FOR (n:Award) ON (n.year);
// "name contains" filters use a text index.
CREATE TEXT INDEX node_name_text IF NOT EXISTS FOR (n:Node) ON (n.name);

// What every read returns of a node's or relationship's evidence, as the inside of a map projection:
// `{{EVIDENCE:r}}` in a query becomes this text with `{{of}}` as `r` (the query registry splices it
// in). The parallel lists, and the documents they cite (their scalar fields), so that
// `evidence { document { title } }` needs no second round trip. Variables start with `_`: they must
// not capture a variable of the query that uses the fragment.
.evidenceDocuments, .evidenceExcerpts, .evidenceInferred, .evidenceReasons, .evidenceRestricted,
evidenceDocumentNodes: [_documentId IN coalesce({{of}}.evidenceDocuments, []) | COLLECT {
  MATCH (_document:Document {id: _documentId})
  RETURN _document {
    .id, .name, .aliases, .restricted, .version, .title, .file, .publishedOn, .language, .kind,
    label: 'Document'
  }
}[0]]

// Intake: the text a document is read in (its public part and its restricted part), and whether it
// exists at all.
MATCH (d:Document {id: $id})
RETURN d.text AS text, d.restrictedText AS restrictedText

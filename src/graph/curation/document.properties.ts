import { SourceText } from '../../model';
import type { AddDocumentInput } from './document.inputs';

/**
 * What addDocument stores of a document: its metadata under the stored names, and the text split at
 * the restricted marker exactly as the seed loader splits it (SourceText.split).
 */
export function documentProperties(input: AddDocumentInput): Record<string, unknown> {
  const marker = input.restrictedFrom ?? null;
  const { text, restrictedText } = new SourceText(input.text, marker, input.restricted).split(
    marker,
    input.restricted,
  );
  return {
    name: input.title,
    title: input.title,
    // Not from seeds/documents: there is no file.
    file: '',
    publisher: input.publisher ?? null,
    publishedOn: input.publishedOn ?? null,
    language: input.language,
    kind: input.documentKind,
    text,
    restrictedText,
    restricted: input.restricted,
    // Kept so that a wholly restricted document can be split again when it is made public.
    restrictedFrom: marker,
  };
}

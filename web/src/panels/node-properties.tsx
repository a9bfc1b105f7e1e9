import { useExplorer } from '../context';
import type { NodeDetailsQuery } from '../generated/graphql';

type DetailedNode = NodeDetailsQuery['node'];

/** The kind-specific properties the panel shows, as [label, value] pairs; empty ones are left out. */
function propertiesOf(node: DetailedNode): [string, string][] {
  const rows: [string, string | number | null | undefined][] = [
    ['id', node.id],
    ['type', 'type' in node ? node.type : null],
    ['formerNames', 'formerNames' in node ? node.formerNames.join(', ') : null],
    ['phone', 'phone' in node ? node.phone : null],
    ['programmeKind', 'programmeKind' in node ? node.programmeKind : null],
    ['description', 'description' in node ? node.description : null],
    ['year', 'year' in node ? node.year : null],
    ['winnerCount', 'winnerCount' in node ? node.winnerCount : null],
    ['title', 'title' in node ? node.title : null],
    ['publishedOn', 'publishedOn' in node ? node.publishedOn : null],
    ['documentKind', 'documentKind' in node ? node.documentKind : null],
    ['language', 'language' in node ? node.language : null],
  ];
  return rows
    .filter(
      (row): row is [string, string | number] => row[1] !== null && row[1] !== undefined && row[1] !== '',
    )
    .map(([label, value]) => [label, String(value)]);
}

/** Name, kind-specific properties, other names, and (for a quote) its words, as the documents give them. */
export function NodeProperties({ node }: { node: DetailedNode }) {
  const { t, openDocument } = useExplorer();
  return (
    <>
      {'text' in node && (
        <blockquote class="quote-text" lang="nl">
          {node.text}
        </blockquote>
      )}
      <h3>{t('properties')}</h3>
      <dl class="properties">
        {propertiesOf(node).map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
        {node.aliases.length > 0 && (
          <div>
            <dt>{t('aliases')}</dt>
            <dd>{node.aliases.join(', ')}</dd>
          </div>
        )}
      </dl>
      {node.kind === 'Document' && (
        <button type="button" onClick={() => openDocument(node.id, null)}>
          {t('openDocument', { title: node.name })}
        </button>
      )}
    </>
  );
}

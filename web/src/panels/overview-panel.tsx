import { useQuery } from '@urql/preact';
import { useEffect } from 'preact/hooks';
import { useExplorer } from '../context';
import { errorMessage } from '../errors';
import {
  EditionsDocument,
  type EditionsQuery,
  OverviewDocument,
  type OverviewQuery,
} from '../generated/graphql';
import { type CanvasGraph, addNode, addRelationship } from '../graph/canvas-graph';
import { relationshipLabel } from '../i18n';
import { NodeButton } from './node-button';

type Award = OverviewQuery['award'];
type Recipient = Award['recipients'][number]['node'];

/** The edition to show on arrival: the newest one whose recipients the documents name. */
function newestNamedEdition(data: EditionsQuery): string | undefined {
  return data.awards.edges
    .map((edge) => edge.node)
    .filter((award) => award.recipients.length > 0)
    .sort((a, b) => b.year - a.year)[0]?.id;
}

const nominatorsOf = (recipient: Recipient) => ('nominatedBy' in recipient ? recipient.nominatedBy : []);
const membersOf = (recipient: Recipient) => ('members' in recipient ? recipient.members : []);

function drawEdition(graph: CanvasGraph, award: Award): void {
  addNode(graph, award);
  for (const relationship of [...award.awardedBy, ...award.recipients]) {
    addRelationship(graph, award.id, relationship);
  }
  for (const { node: recipient } of award.recipients) {
    for (const relationship of [...nominatorsOf(recipient), ...membersOf(recipient)]) {
      addRelationship(graph, recipient.id, relationship);
    }
  }
}

/**
 * The arrival view: the newest edition's recipients, the region and its members, the organisations
 * that nominated them and the award, drawn on the canvas and listed here as text.
 */
export function OverviewPanel() {
  const { t, lang, graph } = useExplorer();
  const [editions] = useQuery({ query: EditionsDocument });
  const id = editions.data ? newestNamedEdition(editions.data) : undefined;
  const [result] = useQuery({
    query: OverviewDocument,
    variables: { award: id ?? '' },
    pause: id === undefined,
  });
  const award = result.data?.award;

  useEffect(() => {
    if (award) drawEdition(graph, award);
  }, [award, graph]);

  const error = editions.error ?? result.error;
  if (error) return <p role="alert">{t('failed', { message: errorMessage(error) })}</p>;
  if (!award) return <p role="status">{t('loading')}</p>;
  return (
    <article class="overview-panel" aria-labelledby="overview-heading">
      <h2 id="overview-heading" tabIndex={-1}>
        {t('overview')}: <NodeButton node={award} />
      </h2>
      <p>{t('overviewIntro', { award: award.name })}</p>
      <ul class="recipients">
        {award.recipients.map(({ node: recipient }) => (
          <li key={recipient.id}>
            <NodeButton node={recipient} />
            {nominatorsOf(recipient).map((nomination) => (
              <span key={nomination.key}>
                {' '}
                — {relationshipLabel(lang, 'NOMINATED_BY', 'OUT')} <NodeButton node={nomination.node} />
              </span>
            ))}
            {membersOf(recipient).length > 0 && (
              <ul>
                {membersOf(recipient).map((membership) => (
                  <li key={membership.key}>
                    <NodeButton node={membership.node} />
                  </li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ul>
    </article>
  );
}

import { useEffect, useMemo, useRef } from 'preact/hooks';
import { useExplorer } from '../context';
import type { ProposalKind } from '../generated/graphql';
import { proposalKindLabel, proposalMarker } from '../i18n';
import { type Span, segmentText } from './segments';

const KINDS: ProposalKind[] = ['MENTION', 'NEW_NODE', 'RELATIONSHIP'];

/** A kind's marker as the text shows it: a letter in a box, with the kind's name for screen readers. */
export function KindMarker({ kind }: { kind: ProposalKind }) {
  const { lang } = useExplorer();
  return (
    <span class={`kind-marker kind-${kind}`} title={proposalKindLabel(lang, kind)}>
      <span aria-hidden="true">{proposalMarker(lang, kind)}</span>
      <span class="visually-hidden">{proposalKindLabel(lang, kind)}</span>
    </span>
  );
}

/** The three kinds: their colour, marker and name, so the highlights never rely on colour alone. */
export function HighlightLegend() {
  const { t, lang } = useExplorer();
  return (
    <p class="highlight-legend">
      <span>{t('highlights')}:</span>
      {KINDS.map((kind) => (
        <span key={kind} class={`hl hl-${kind}`}>
          <KindMarker kind={kind} /> {proposalKindLabel(lang, kind)}
        </span>
      ))}
    </p>
  );
}

interface Props {
  text: string;
  spans: readonly Span[];
  selected: string | null;
  onSelect(id: string): void;
}

/**
 * The document as plain text (Preact writes text nodes, never HTML), with each pending proposal's
 * name or cue marked in its kind's colour and style, a marker letter at its start, and the selected
 * proposal outlined and scrolled to.
 */
export function HighlightedText({ text, spans, selected, onSelect }: Props) {
  const container = useRef<HTMLDivElement>(null);
  const segments = useMemo(() => segmentText(text, spans), [text, spans]);
  useEffect(() => {
    container.current?.querySelector('mark.current')?.scrollIntoView({ block: 'nearest' });
  }, [selected]);

  return (
    <div class="review-text document-text" lang="nl" ref={container} tabIndex={0}>
      {segments.map((segment) => {
        const [inner] = segment.spans;
        if (!inner) return segment.text;
        const current = segment.spans.some((span) => span.id === selected);
        return (
          <mark
            key={segment.start}
            class={`hl hl-${inner.kind}${current ? ' current' : ''}`}
            data-proposal={inner.id}
            onClick={() => onSelect(inner.id)}
          >
            {segment.spans
              .filter((span) => span.start === segment.start)
              .map((span) => (
                <KindMarker key={span.id} kind={span.kind} />
              ))}
            {segment.text}
          </mark>
        );
      })}
    </div>
  );
}

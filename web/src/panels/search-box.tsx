import { useQuery } from '@urql/preact';
import { useEffect, useState } from 'preact/hooks';
import { useExplorer } from '../context';
import { errorMessage } from '../errors';
import { snippetParts } from '../excerpt';
import { SearchDocument } from '../generated/graphql';
import { KindBadge, RestrictedBadge } from './node-button';

/** Wait this long after the last keystroke before asking: one request per pause, not per key. */
const DEBOUNCE_MS = 250;
const RESULTS = 12;

/** Highlighted words of a snippet as <mark>, the rest as text. */
function Snippet({ snippet }: { snippet: string }) {
  return (
    <span class="snippet" lang="nl">
      {snippetParts(snippet).map((part, index) =>
        part.hit ? <mark key={index}>{part.text}</mark> : part.text,
      )}
    </span>
  );
}

/**
 * Search as you type over the Dutch full-text index. The text is kept in the URL (`?q=`), so a
 * search can be shared and survives a reload; choosing a result focuses that node.
 */
export function SearchBox({ q, onChange }: { q: string; onChange(q: string): void }) {
  const { t, focusNode } = useExplorer();
  const [text, setText] = useState(q);
  const [debounced, setDebounced] = useState(q.trim());

  useEffect(() => setText(q), [q]);
  useEffect(() => {
    const timer = window.setTimeout(() => {
      setDebounced(text.trim());
      if (text !== q) onChange(text);
    }, DEBOUNCE_MS);
    return () => window.clearTimeout(timer);
  }, [text]);

  const [result] = useQuery({
    query: SearchDocument,
    variables: { text: debounced, first: RESULTS },
    pause: debounced === '',
  });
  const hits = debounced === '' ? [] : (result.data?.search ?? []);

  return (
    <div class="search" role="search">
      <label for="search-input">{t('searchLabel')}</label>
      <input
        id="search-input"
        type="search"
        autoComplete="off"
        placeholder={t('searchPlaceholder')}
        value={text}
        onInput={(event) => setText(event.currentTarget.value)}
        onKeyDown={(event) => {
          if (event.key === 'Escape') setText('');
        }}
        aria-controls="search-results"
        maxLength={200}
      />
      {debounced !== '' && (
        <div id="search-results" class="search-results">
          <p role="status" class="count">
            {result.fetching
              ? t('searching')
              : result.error
                ? t('failed', { message: errorMessage(result.error) })
                : hits.length === 0
                  ? t('noResults', { q: debounced })
                  : t('results', { n: hits.length })}
          </p>
          <ul>
            {hits.map((hit) => (
              <li key={hit.node.id}>
                <button
                  type="button"
                  class="search-hit"
                  onClick={() => {
                    setText('');
                    setDebounced('');
                    onChange('');
                    focusNode(hit.node.id);
                  }}
                >
                  <strong>{hit.node.name}</strong> <KindBadge kind={hit.node.kind} />
                  {hit.node.restricted && <RestrictedBadge />}
                  <br />
                  <Snippet snippet={hit.snippet} />
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}

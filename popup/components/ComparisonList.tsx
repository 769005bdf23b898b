import type { CompareResult } from '../../extension/messages';
import { formatDate, percent, plural } from '../format';

interface Props {
  result: CompareResult;
  ownOutlet: string;
  showCosmetic: boolean;
  onBack: () => void;
}

const STATUS_LABEL = { changed: 'worded differently', 'only-a': 'only here', 'only-b': 'only there', same: 'same' } as const;

/**
 * The engine's Comparison as a plain list: house-style variants, quotes, wording changes, sentences only
 * one side has. The full reader's view (cards, chips, inline diff) is its own issue; this proves the wiring.
 */
export function ComparisonList({ result, ownOutlet, showCosmetic, onBack }: Props) {
  const { comparison: c, other } = result;
  const meaningful = c.differences.filter((d) => !d.cosmetic);
  const quotes = c.quotes.filter((q) => q.status !== 'same');
  const date = formatDate(other.publishedTime);
  return (
    <section class="comparison" data-testid="comparison">
      <header class="comparison-head">
        <button type="button" class="link" onClick={onBack}>
          ← Back
        </button>
        <h2 data-testid="other-title">
          vs <span data-testid="other-outlet">{other.outlet}</span>
        </h2>
        <p class="quiet">
          {other.title}
          {date && ` · ${date}`}
        </p>
        <p class="quiet" data-testid="shared-text">
          Shared text: {percent(c.sharedText.a)} of {ownOutlet}, {percent(c.sharedText.b)} of {other.outlet}
          {c.partial && ' (stopped early: long articles)'}
        </p>
      </header>

      {showCosmetic && (
        <Block title="House style" count={c.variants.length} testid="variants" empty="No house-style differences.">
          {c.variants.map((v, i) => (
            <li key={i} data-kind={v.kind} title={v.rule}>
              <span class="kind">{v.kind}</span> <span class="a">{v.a || '∅'}</span> → <span class="b">{v.b || '∅'}</span>
              {v.count > 1 && <span class="count"> ×{v.count}</span>}
            </li>
          ))}
        </Block>
      )}

      <Block title="Quotes" count={quotes.length} testid="quotes" empty="Every quote matches.">
        {quotes.map((q, i) => (
          <li key={i} data-status={q.status}>
            <span class="kind">{STATUS_LABEL[q.status]}</span>
            {q.speaker && <span class="speaker"> {q.speaker}:</span>}
            {q.a && <q class="a">{q.a}</q>}
            {q.a && q.b && ' → '}
            {q.b && <q class="b">{q.b}</q>}
          </li>
        ))}
      </Block>

      <Block title="Wording" count={meaningful.length} testid="wording" empty="No wording differences.">
        {meaningful.map((d, i) => (
          <li key={i} data-kind={d.kind}>
            <span class="kind">{d.kind}</span> <span class="a">{d.a || '∅'}</span> → <span class="b">{d.b || '∅'}</span>
          </li>
        ))}
      </Block>

      <Block title={`Only in ${ownOutlet}`} count={c.onlyInA.length} testid="only-a" empty="Nothing.">
        {c.onlyInA.map((s) => (
          <li key={s.index}>{s.text}</li>
        ))}
      </Block>
      <Block title={`Only in ${other.outlet}`} count={c.onlyInB.length} testid="only-b" empty="Nothing.">
        {c.onlyInB.map((s) => (
          <li key={s.index}>{s.text}</li>
        ))}
      </Block>
      {c.sharedTypos.length > 0 && (
        <p class="quiet" data-testid="shared-typos">
          Shared typos (a sign of copied wire text): {c.sharedTypos.join(', ')}
        </p>
      )}
      <p class="quiet">Compared in {plural(Math.round(result.ms), 'millisecond')}.</p>
    </section>
  );
}

function Block(props: { title: string; count: number; testid: string; empty: string; children: preact.ComponentChildren }) {
  return (
    <section class="block" data-testid={props.testid}>
      <h3>
        {props.title} <span class="count">({props.count})</span>
      </h3>
      {props.count === 0 ? <p class="quiet">{props.empty}</p> : <ul>{props.children}</ul>}
    </section>
  );
}

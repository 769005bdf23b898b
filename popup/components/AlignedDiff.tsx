import type { Comparison, Difference, Side } from '../../src/index';
import { t } from '../i18n';
import { KIND_LOOK } from './kinds';
import { Marked } from './Marked';
import { piecesOf, spanOf, type Mark } from './pieces';

export interface SideText {
  outlet: string;
  paragraphs: string[];
}

interface Props {
  comparison: Comparison;
  a: SideText;
  b: SideText;
  hideStyle: boolean;
}

/** The sentences of one side of a group, with that group's marks. */
function SideLine({ c, side, indices, text, diffs }: { c: Comparison; side: Side; indices: number[]; text: SideText; diffs: number[] }) {
  const sentences = side === 'a' ? c.sentencesA : c.sentencesB;
  return (
    <>
      {indices.map((i, n) => {
        const s = sentences[i];
        if (!s) return null;
        const paragraph = text.paragraphs[s.paragraph] ?? s.text;
        const marks: Mark[] = [];
        for (const id of diffs) {
          const span = spanOf(c.differences[id], side);
          if (span && span.paragraph === s.paragraph) marks.push({ start: span.start, end: span.end, id });
        }
        const fromParagraph = text.paragraphs[s.paragraph] !== undefined;
        const pieces = fromParagraph ? piecesOf(paragraph, s.start, s.end, marks) : piecesOf(s.text, 0, s.text.length, []);
        return (
          <span key={i} data-sentence={i} data-paragraph={s.paragraph}>
            {n > 0 && ' '}
            <Marked pieces={pieces} differences={c.differences} />
          </span>
        );
      })}
    </>
  );
}

const SEVERITY_KEY = {
  punctuation: 'severityPunctuation',
  insertion: 'severityInsertion',
  substitution: 'severitySubstitution',
  'number-or-negation': 'severityNumberOrNegation',
} as const;

function QuoteFlag({ d }: { d: Difference }) {
  return (
    <p class={`quote-flag sev-${d.severity ?? 'substitution'}`} data-testid="quote-flag">
      <span class="glyph" aria-hidden="true">
        ❝
      </span>{' '}
      {d.speaker ? t('quoteChangedBy', d.speaker) : t('quoteChanged')}
      {d.severity && <span class="severity"> · {t(SEVERITY_KEY[d.severity])}</span>}
    </p>
  );
}

/**
 * Aligned sentence pairs, stacked (reader's outlet above, the other below), in the reader's order. Pairs
 * with nothing left to show (identical, or only house style while it is hidden) fold into one count line,
 * so the eye lands on what differs.
 */
export function AlignedDiff({ comparison: c, a, b, hideStyle }: Props) {
  const moved = new Set(c.moved);
  const groups = [...c.groups].sort((x, y) => Math.min(...x.a, Infinity) - Math.min(...y.a, Infinity));
  let quiet = 0;
  const rows = groups.flatMap((g) => {
    const diffs = g.differences.filter((id) => c.differences[id] && !(hideStyle && c.differences[id].cosmetic));
    if (diffs.length === 0 && !moved.has(g.index)) {
      quiet += 1;
      return [];
    }
    const kinds = [...new Set(diffs.map((id) => c.differences[id].kind))];
    const quotes = diffs.map((id) => c.differences[id]).filter((d) => d.kind === 'quote');
    return [
      <li key={g.index} class="pair" data-testid="pair" data-group={g.index} data-kinds={kinds.join(' ')}>
        {moved.has(g.index) && (
          <p class="moved" data-testid="moved">
            <span aria-hidden="true">↕ </span>
            {t('movedParagraph')}
          </p>
        )}
        {quotes.map((d, i) => (
          <QuoteFlag key={i} d={d} />
        ))}
        <p class="side side-a">
          <span class="who">{a.outlet}</span>
          <SideLine c={c} side="a" indices={g.a} text={a} diffs={diffs} />
        </p>
        <p class="side side-b">
          <span class="who">{b.outlet}</span>
          <SideLine c={c} side="b" indices={g.b} text={b} diffs={diffs} />
        </p>
      </li>,
    ];
  });
  return (
    <>
      {rows.length > 0 ? <ol class="pairs">{rows}</ol> : <p class="quiet">{t('noWordingDifferences')}</p>}
      {quiet > 0 && (
        <p class="quiet" data-testid="quiet-pairs">
          {hideStyle ? t('pairsSameButStyle', quiet) : t('pairsIdentical', quiet)}
        </p>
      )}
    </>
  );
}

/** Kinds that occur on the visible marks, for the legend. */
export function visibleKinds(c: Comparison, hideStyle: boolean): string[] {
  return [...new Set(c.differences.filter((d) => !(hideStyle && d.cosmetic)).map((d) => d.kind))].sort(
    (x, y) => Object.keys(KIND_LOOK).indexOf(x) - Object.keys(KIND_LOOK).indexOf(y),
  );
}

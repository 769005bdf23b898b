import type { Difference } from '../../src/index';
import { t } from '../i18n';
import { KIND_LOOK } from './kinds';
import type { Piece } from './pieces';

interface Props {
  pieces: Piece[];
  differences: Difference[];
  /** Difference currently lit by its twin on the other side (full comparison page). */
  lit?: number | null;
  /** Makes marks focusable and reports hover/focus (full comparison page). */
  onLight?: (id: number | null) => void;
}

/** Text with highlights, as JSX children only: whatever the text holds renders as text, never as markup. */
export function Marked({ pieces, differences, lit = null, onLight }: Props) {
  return (
    <>
      {pieces.map((p) => {
        if (p.mark === null) return p.text;
        const d = differences[p.mark];
        const look = KIND_LOOK[d.kind];
        // A US/UK word swap is wording the engine names and ranks low: said in the label, drawn lighter.
        const dialect = d.detail === 'dialect-vocabulary';
        const kindLabel = dialect ? `${t(look.label)} (${t('dialectVocabulary')})` : t(look.label);
        const label = d.a && d.b ? `${kindLabel}: ${d.a} → ${d.b}` : `${kindLabel}: ${d.a || d.b}`;
        return (
          <mark
            key={p.start}
            class={`d d-${d.kind}${d.cosmetic ? ' d-cosmetic' : ''}${dialect ? ' d-dialect' : ''}${lit === p.mark ? ' lit' : ''}`}
            data-kind={d.kind}
            data-diff={p.mark}
            data-start={p.start}
            data-end={p.end}
            title={label}
            tabIndex={onLight ? 0 : undefined}
            aria-label={onLight ? label : undefined}
            onMouseEnter={onLight && (() => onLight(p.mark))}
            onMouseLeave={onLight && (() => onLight(null))}
            onFocus={onLight && (() => onLight(p.mark))}
            onBlur={onLight && (() => onLight(null))}
          >
            {p.text}
          </mark>
        );
      })}
    </>
  );
}

import type { CosmeticKind, Variant } from '../../src/index';
import { t } from '../i18n';
import { KIND_LOOK, tellingFirst } from './kinds';

/** House-style pairs as chips ("NATO → Nato"), each with the one-line rule behind it. */
export function VariantChips({ variants, limit, total = variants.length }: { variants: Variant[]; limit?: number; total?: number }) {
  const ordered = tellingFirst(variants);
  const shown = limit === undefined ? ordered : ordered.slice(0, limit);
  if (variants.length === 0) return <p class="quiet">{t('noVariants')}</p>;
  return (
    <>
      <ul class="chips" aria-label={t('variantsHeading')}>
        {shown.map((v, i) => (
          <li key={i} class={`chip k-${v.kind}`} data-kind={v.kind} title={v.rule ?? t(KIND_LOOK[v.kind].means)}>
            <span class="glyph" aria-hidden="true">
              {KIND_LOOK[v.kind].glyph}
            </span>
            <span class="visually-hidden">{t(KIND_LOOK[v.kind].label)}: </span>
            <span class="a">{v.a || '∅'}</span>
            <span aria-hidden="true"> → </span>
            <span class="b">{v.b || '∅'}</span>
            {v.count > 1 && <span class="count"> ×{v.count}</span>}
            <span class="rule">{v.rule ?? t(KIND_LOOK[v.kind].means)}</span>
          </li>
        ))}
      </ul>
      {shown.length < total && <p class="quiet">{t('moreVariants', total - shown.length)}</p>}
    </>
  );
}

/** The colour key, listing only the kinds present (a legend of eleven entries for two chips is noise). */
export function KindLegend({ kinds }: { kinds: CosmeticKind[] | string[] }) {
  const unique = [...new Set(kinds)] as (keyof typeof KIND_LOOK)[];
  if (unique.length === 0) return null;
  return (
    <dl class="legend" data-testid="legend" aria-label={t('legendLabel')}>
      {unique.map((kind) => (
        <div key={kind} class={`legend-item k-${kind}`} data-kind={kind}>
          <dt>
            <span class="glyph" aria-hidden="true">
              {KIND_LOOK[kind].glyph}
            </span>{' '}
            {t(KIND_LOOK[kind].label)}
          </dt>
          <dd>{t(KIND_LOOK[kind].means)}</dd>
        </div>
      ))}
    </dl>
  );
}

/** The words of the tutorial's review (src/store/tutorial.ts gives codes and numbers), in the current language. */
import type { ReviewItem } from '../store/tutorial';
import * as f from '../text/format';
import { t, type Key } from '../text/i18n';
import { partName } from './play/score-words';

/** One line of the review, its numbers written as the language writes them. */
export function reviewLine(item: ReviewItem): string {
  const v = item.values;
  const values: Record<string, string | number> = { ...v };
  if (typeof v.part === 'string') values.part = partName(v.part as Parameters<typeof partName>[0]);
  // Points with one decimal in the language's own way ("40.1" / "40,1"), as the final table shows them: the
  // store gives points, f.score takes tenths.
  if (typeof v.value === 'number') values.value = f.score(Math.round(v.value * 10));
  if (typeof v.margin === 'number') values.margin = f.score(Math.round(v.margin * 10));
  for (const k of ['idle', 'units', 'advised'] as const) if (typeof v[k] === 'number') values[k] = f.exact(v[k]);
  // A low independence is what the tutorial's advice (no money into the own chip's ramp) leaves: it is said so, not faulted.
  if (item.code === 'partLow' && v.part === 'independence') return t('tut.item.partLowLater', values);
  return t(`tut.item.${item.code}` as Key, values);
}

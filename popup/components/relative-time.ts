import { t } from '../i18n';

/** "3 h after yours", "2 days before yours", "same hour"; null when either date is unknown. */
export function relativeTo(theirs: string | null | undefined, yours: string | null | undefined): string | null {
  if (!theirs || !yours) return null;
  const ms = Date.parse(theirs) - Date.parse(yours);
  if (!Number.isFinite(ms)) return null;
  const minutes = Math.round(Math.abs(ms) / 60_000);
  if (minutes < 60) return t('timeSameHour');
  const hours = Math.round(minutes / 60);
  const amount = hours < 48 ? t('hoursShort', hours) : t('daysShort', Math.round(hours / 24));
  return ms > 0 ? t('timeAfter', amount) : t('timeBefore', amount);
}

// Publication times arrive as ISO strings of varying precision ("2024-03-05", "2024-03-05T10:00:00Z").
// Date.parse reads both; a date-only string means midnight UTC, so day-precision gaps come out in whole days.

export function parseTime(iso: string | null | undefined): number | null {
  if (!iso) return null;
  const t = Date.parse(iso);
  return Number.isFinite(t) ? t : null;
}

export function hoursBetween(a: string | null | undefined, b: string | null | undefined): number | null {
  const ta = parseTime(a);
  const tb = parseTime(b);
  if (ta === null || tb === null) return null;
  return Math.abs(ta - tb) / 3_600_000;
}

/** exp(−Δt²/(2σ²)) with σ = 3 days (Miranda et al. 2018); 0.5 when a date is unknown, i.e. no evidence either way. */
export function timeProximity(hours: number | null, sigmaDays = 3): number {
  if (hours === null) return 0.5;
  const days = hours / 24;
  return Math.exp(-(days * days) / (2 * sigmaDays * sigmaDays));
}

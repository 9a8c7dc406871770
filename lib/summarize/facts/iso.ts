// ISO date strings from calendar parts, and the year a year-less date most likely has.

const pad = (n: number) => String(n).padStart(2, '0');

export function isoDate(year: number, month?: number, day?: number): string {
  if (month === undefined) return String(year);
  return day === undefined ? `${year}-${pad(month)}` : `${year}-${pad(month)}-${pad(day)}`;
}

/** The year (of ref's year ±1) that puts month/day nearest the reference date: a report of `12月30日`
 * published on 3 January means last year's. */
export function nearestYear(ref: Date, month: number, day = 15): number {
  const y = ref.getUTCFullYear();
  let best = y;
  let bestDistance = Infinity;
  for (const candidate of [y - 1, y, y + 1]) {
    const distance = Math.abs(Date.UTC(candidate, month - 1, day) - ref.getTime());
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

export function addDays(ref: Date, days: number): string {
  const d = new Date(ref.getTime() + days * 86_400_000);
  return isoDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

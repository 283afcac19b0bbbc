/**
 * The detected behaviours of an utterance, strongest first, zeros left out:
 * `profanity 0.93`. Given the policy's `threshold` for each, those under it
 * read `profanity 0.60 < 0.70`, so a reader sees why nothing happened.
 * `threshold` is undefined for a name the policy does not know.
 */
export function describeSignals(signals: Readonly<Record<string, number | undefined>> | undefined, threshold?: (behaviour: string) => number | undefined): string {
  if (!signals) return '';
  return Object.entries(signals)
    .flatMap(([k, v]): [string, number][] => (v !== undefined && v > 0 ? [[k, v]] : []))
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([k, v]) => {
      const under = threshold?.(k) ?? 0;
      return v < under ? `${k} ${v.toFixed(2)} < ${under.toFixed(2)}` : `${k} ${v.toFixed(2)}`;
    })
    .join(', ');
}

/**
 * The duration of each build phase from the events `src/integrations/buildPhases.ts`
 * wrote (a JSON object per line, `{ phase, at }`): each phase lasts from the
 * event before it to its own. Events of one process only; a phase that ends
 * twice is summed.
 *
 * @example phaseTimes('{"phase":"start","at":100}\n{"phase":"checks","at":350}\n') // { checks: 250 }
 */
export function phaseTimes(log: string): Record<string, number> {
  const events = log
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as { phase: string; at: number });
  const times: Record<string, number> = {};
  events.forEach((event, i) => {
    const previous = events[i - 1];
    if (!previous || event.phase === 'start') return;
    times[event.phase] = (times[event.phase] ?? 0) + (event.at - previous.at);
  });
  return times;
}

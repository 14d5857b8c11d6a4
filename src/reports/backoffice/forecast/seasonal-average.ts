import { divideRounded } from "../../../core/rounding/divide-rounded";

/** Days in the weekly season. @internal */
export const SEASON_LENGTH = 7 as const;

/**
 * The seasonal moving-average forecast: each future day is the mean of the same weekday over the last
 * `seasons` full weeks of history, in millionths rounded half-even. With history [.., 10, 20, 30 ..] of
 * period 7 the forecast repeats the same seven values; a level shift moves in over `seasons` weeks.
 *
 * @param history - daily units in millionths, oldest first; at least `seasons` × 7 days
 * @param seasons - weeks to average (1 or more)
 * @param horizon - days to forecast
 * @returns the forecast for the `horizon` days after the history
 * @internal
 */
export function seasonalAverage(history: readonly bigint[], seasons: number, horizon: number): bigint[] {
  const forecast: bigint[] = [];
  const count = BigInt(seasons);
  for (let ahead = 0; ahead < horizon; ahead += 1) {
    // The most recent day with the same weekday as the target, then the weeks before it.
    const latest = history.length - SEASON_LENGTH + (ahead % SEASON_LENGTH);
    let total = 0n;
    for (let week = 0; week < seasons; week += 1) total += history[latest - week * SEASON_LENGTH] ?? 0n;
    forecast.push(divideRounded(total, count, "half-even"));
  }
  return forecast;
}

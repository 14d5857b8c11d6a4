import type Decimal from "decimal.js";
import { TillDecimal } from "../../../core/numbers/till-decimal";
import { ratioOf, ratioText } from "../decimal-text";
import { SEASON_LENGTH } from "./seasonal-average";

/**
 * Accuracy of a forecast on held-out days it did not see. MAPE is the mean absolute percentage error
 * over the days that sold something (percent, two decimals half-up; null when no day sold). MASE is the
 * mean absolute error over the mean absolute error of the seasonal naive forecast (same weekday last
 * week) in the training days (four decimals half-up; below 1 beats the naive forecast; null when the
 * training days repeat exactly, so the naive error is zero).
 *
 * @public
 */
export interface ForecastAccuracy {
  readonly holdoutDays: number;
  readonly mape: string | null;
  readonly mase: string | null;
}

const abs = (value: bigint) => (value < 0n ? -value : value);

function mape(actual: readonly bigint[], forecast: readonly bigint[]): string | null {
  let total: Decimal = new TillDecimal(0);
  let days = 0n;
  actual.forEach((value, index) => {
    if (value === 0n) return;
    total = total.plus(ratioOf(abs(value - (forecast[index] ?? 0n)), abs(value)));
    days += 1n;
  });
  return days === 0n ? null : ratioText(total.times(100).div(days.toString()), 2);
}

function mase(
  training: readonly bigint[],
  actual: readonly bigint[],
  forecast: readonly bigint[],
): string | null {
  let naive = 0n;
  for (let day = SEASON_LENGTH; day < training.length; day += 1)
    naive += abs((training[day] ?? 0n) - (training[day - SEASON_LENGTH] ?? 0n));
  if (naive === 0n || actual.length === 0) return null;
  const error = actual.reduce((sum, value, index) => sum + abs(value - (forecast[index] ?? 0n)), 0n);
  // (error / h) / (naive / (n - 7)) as one ratio of integers.
  const naiveDays = BigInt(training.length - SEASON_LENGTH);
  return ratioText(ratioOf(error * naiveDays, naive * BigInt(actual.length)), 4);
}

/**
 * Measures a forecast of held-out days.
 *
 * @param training - the days the forecast was fitted on (millionths)
 * @param actual - the held-out days (millionths)
 * @param forecast - the forecast of the held-out days (millionths)
 * @returns MAPE and MASE
 * @internal
 */
export function forecastAccuracy(
  training: readonly bigint[],
  actual: readonly bigint[],
  forecast: readonly bigint[],
): ForecastAccuracy {
  return { holdoutDays: actual.length, mape: mape(actual, forecast), mase: mase(training, actual, forecast) };
}

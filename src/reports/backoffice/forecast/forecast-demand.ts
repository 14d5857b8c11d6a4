import { z } from "zod";
import { parseWith } from "../../../core/errors/from-zod";
import { TillError } from "../../../core/errors/till-error";
import { divideRounded } from "../../../core/rounding/divide-rounded";
import { millionthsOf, quantityText, quantityTextSchema } from "../quantity-text";
import { calendarDateSchema, datesBetween } from "./daily-unit-sales";
import { type ForecastAccuracy, forecastAccuracy } from "./forecast-accuracy";
import { SEASON_LENGTH, seasonalAverage } from "./seasonal-average";

/**
 * zod schema of a daily history to forecast from: consecutive dates, oldest first (as
 * `dailyUnitSales` builds it).
 *
 * @public
 */
export const demandHistorySchema = /* @__PURE__ */ z.object({
  days: z.array(z.object({ date: calendarDateSchema, units: quantityTextSchema })),
});

/**
 * zod schema of the options of {@link forecastDemand}: days to forecast, days held out to measure
 * accuracy, weeks averaged, and the fewest full weeks of training history (after the held-out days).
 *
 * @public
 */
export const forecastOptionsSchema = /* @__PURE__ */ z.object({
  horizonDays: z.number().int().min(1).max(366).default(14),
  holdoutDays: z.number().int().min(1).max(366).default(7),
  seasons: z.number().int().min(1).max(52).default(4),
  minimumSeasons: z.number().int().min(1).max(52).default(2),
});

/**
 * Options of {@link forecastDemand}, see {@link forecastOptionsSchema}.
 *
 * @public
 */
export type ForecastOptions = z.input<typeof forecastOptionsSchema>;

/**
 * A demand forecast, or why there is none: too little history is a result, not an error.
 *
 * @public
 */
export type DemandForecast =
  | {
      readonly status: "insufficient-history";
      readonly historyDays: number;
      readonly requiredDays: number;
    }
  | {
      readonly status: "ok";
      readonly method: "seasonal-moving-average";
      readonly seasonLength: 7;
      /** Weeks averaged for the forecast. */
      readonly seasons: number;
      readonly days: readonly { readonly date: string; readonly units: string }[];
      /** Mean forecast units a day over the horizon, to six decimals half-even. */
      readonly dailyMean: string;
      readonly accuracy: ForecastAccuracy;
    };

function historyOf(input: unknown): { dates: string[]; values: bigint[] } {
  const { days } = parseWith(demandHistorySchema, input, ["history"]);
  days.forEach((day, index) => {
    const previous = days[index - 1];
    if (previous !== undefined && datesBetween(previous.date, day.date).length !== 1)
      throw new TillError("INVALID_INPUT", {
        message: `History days must be consecutive: ${previous.date} then ${day.date}`,
        path: ["history", "days", index, "date"],
      });
  });
  const values = days.map((day, index) => millionthsOf(day.units, ["history", "days", index, "units"]));
  return { dates: days.map((day) => day.date), values };
}

function nextDates(lastDate: string, count: number): string[] {
  const start = Date.parse(`${lastDate}T00:00:00Z`) + 86_400_000;
  const end = new Date(start + count * 86_400_000).toISOString().slice(0, 10);
  return datesBetween(new Date(start).toISOString().slice(0, 10), end);
}

/**
 * Forecasts daily unit sales with weekly seasonality: a seasonal moving average (each weekday the mean
 * of the same weekday over the last `seasons` weeks), exact in millionths. Accuracy is measured first on
 * the last `holdoutDays`, forecast from the days before them; the forecast itself then uses all the
 * history. With fewer than `minimumSeasons` full weeks before the held-out days the result is
 * "insufficient-history".
 *
 * @param history - consecutive days of unit sales
 * @param options - horizon, held-out days, weeks averaged, minimum weeks
 * @returns the forecast with its accuracy, or "insufficient-history"
 * @throws TillError INVALID_INPUT with the path of a bad day or option
 * @public
 */
export function forecastDemand(
  history: z.input<typeof demandHistorySchema>,
  options: ForecastOptions = {},
): DemandForecast {
  const { horizonDays, holdoutDays, seasons, minimumSeasons } = parseWith(forecastOptionsSchema, options, [
    "options",
  ]);
  const { dates, values } = historyOf(history);
  const requiredDays = minimumSeasons * SEASON_LENGTH + holdoutDays;
  if (values.length < requiredDays)
    return { status: "insufficient-history", historyDays: values.length, requiredDays };
  const training = values.slice(0, values.length - holdoutDays);
  const fitted = Math.min(seasons, Math.floor(training.length / SEASON_LENGTH));
  const accuracy = forecastAccuracy(
    training,
    values.slice(training.length),
    seasonalAverage(training, fitted, holdoutDays),
  );
  const used = Math.min(seasons, Math.floor(values.length / SEASON_LENGTH));
  const forecast = seasonalAverage(values, used, horizonDays);
  const total = forecast.reduce((sum, value) => sum + value, 0n);
  const days = nextDates(dates[dates.length - 1] ?? "", horizonDays).map((date, index) => ({
    date,
    units: quantityText(forecast[index] ?? 0n),
  }));
  return {
    status: "ok",
    method: "seasonal-moving-average",
    seasonLength: SEASON_LENGTH,
    seasons: used,
    days,
    dailyMean: quantityText(divideRounded(total, BigInt(horizonDays), "half-even")),
    accuracy,
  };
}

import { z } from "zod";
import { parseWith } from "../../../core/errors/from-zod";
import { TillError } from "../../../core/errors/till-error";
import { parseMoney } from "../../../core/money/create-money";
import type { SqlClient } from "../sql-client";
import { appendHubEvents } from "./hub-events";
import type { BalanceDelta } from "./project-entry";
import { toBigint } from "./sql-values";
import { lockBalance, postBalance } from "./write-balances";

/**
 * zod schema of a balance change made at the hub: a gift card sold or topped up (`stored-value`, amount
 * in the card's currency) or a loyalty adjustment (`points`, whole points, signed). `eventId` makes a
 * retry harmless.
 *
 * @public
 */
export const balanceChangeInputSchema = /* @__PURE__ */ z.discriminatedUnion("accountKind", [
  z.strictObject({
    accountKind: z.literal("stored-value"),
    eventId: z.string().min(1).max(128),
    accountId: z.string().min(1).max(128),
    amount: z.object({ amount: z.string(), currency: z.string() }),
  }),
  z.strictObject({
    accountKind: z.literal("points"),
    eventId: z.string().min(1).max(128),
    accountId: z.string().min(1).max(128),
    points: z.string().regex(/^-?\d+$/),
  }),
]);

/**
 * A balance change made at the hub, see {@link balanceChangeInputSchema}.
 *
 * @public
 */
export type BalanceChangeInput = z.infer<typeof balanceChangeInputSchema>;

/**
 * A balance as the hub holds it (minor units of `currency`, or points with currency "points").
 *
 * @public
 */
export interface HubBalance {
  readonly accountKind: "stored-value" | "points";
  readonly accountId: string;
  readonly currency: string;
  readonly balanceMinor: bigint;
}

function deltaOf(input: BalanceChangeInput): BalanceDelta {
  if (input.accountKind === "points") {
    const amountMinor = BigInt(input.points);
    return {
      accountKind: "points",
      accountId: input.accountId,
      reason: "adjusted",
      amountMinor,
      currency: "points",
    };
  }
  const money = parseMoney(input.amount.amount, input.amount.currency, {
    path: ["change", "amount", "amount"],
  });
  return {
    accountKind: "stored-value",
    accountId: input.accountId,
    reason: "loaded",
    amountMinor: money.minor,
    currency: money.currency,
  };
}

/**
 * Reads one balance.
 *
 * @internal
 */
export async function readBalance(
  client: Pick<SqlClient, "query">,
  accountKind: HubBalance["accountKind"],
  accountId: string,
): Promise<HubBalance | undefined> {
  const { rows } = await client.query<{ currency: string; balance_minor: unknown }>(
    "select currency, balance_minor from hub_balances where account_kind = $1 and account_id = $2",
    [accountKind, accountId],
  );
  const row = rows[0];
  return row === undefined
    ? undefined
    : { accountKind, accountId, currency: row.currency, balanceMinor: toBigint(row.balance_minor) };
}

/**
 * Applies a balance change at the hub and journals it as a hub event, once per event id.
 *
 * @param client - the hub's SQL client
 * @param hubStoreId - the store id the hub books its own ledger rows under
 * @param input - the change
 * @param timestamp - the hub's clock
 * @returns the balance after
 * @throws TillError INVALID_INPUT (bad input), INSUFFICIENT_BALANCE (a negative change past zero)
 * @internal
 */
export async function changeBalance(
  client: SqlClient,
  hubStoreId: string,
  input: unknown,
  timestamp: string,
): Promise<HubBalance> {
  const valid = parseWith(balanceChangeInputSchema, input, ["change"]);
  const delta = deltaOf(valid);
  await client.transaction(async (transaction) => {
    const seen = await transaction.query("select 1 from hub_events where event_id = $1", [valid.eventId]);
    if (seen.rows.length > 0) return;
    const balance = await lockBalance(transaction, delta);
    if (balance + delta.amountMinor < 0n)
      throw new TillError("INSUFFICIENT_BALANCE", {
        path: ["change"],
        details: { balanceMinor: String(balance) },
      });
    await postBalance(transaction, hubStoreId, valid.eventId, delta);
    const type = valid.accountKind === "points" ? "points.adjusted" : "stored-value.loaded";
    const payload = {
      accountId: valid.accountId,
      currency: delta.currency,
      amountMinor: String(delta.amountMinor),
    };
    await appendHubEvents(transaction, [{ eventId: valid.eventId, type, payload }], timestamp);
  });
  return (await readBalance(client, delta.accountKind, delta.accountId)) as HubBalance;
}

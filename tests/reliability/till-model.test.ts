import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { expectStoresMatch } from "./till-model/check-step";
import {
  CardCommand,
  CashCommand,
  CompleteCommand,
  ResumeCommand,
  SuspendCommand,
} from "./till-model/checkout-commands";
import { CrashCommand, ReturnCommand } from "./till-model/return-and-restart-commands";
import {
  AddItemCommand,
  ApproveCommand,
  ChangeQuantityCommand,
  DiscountCommand,
  type TillCommand,
  VoidLineCommand,
} from "./till-model/sale-commands";
import { initialModel } from "./till-model/till-model-state";
import { createWorld } from "./till-model/till-world";

/** 100 runs × up to 40 commands: about 2,000 steps of a register's life per run of the suite. */
const RUNS = Number(process.env.TILL_MODEL_RUNS ?? 100);
const MAX_COMMANDS = 40;

const quantity = fc.bigInt({ min: 1n, max: 4n });
const pick = fc.nat({ max: 20 });
const size = fc.constantFrom("exact" as const, "exact" as const, "half" as const, "over" as const);

/** Each command with its weight: sales need several adds and a full tender before a completion. */
const weighted: readonly [fc.Arbitrary<TillCommand>, number][] = [
  [fc.tuple(fc.nat({ max: 3 }), quantity).map(([item, count]) => new AddItemCommand(item, count)), 4],
  [fc.tuple(pick, quantity).map(([line, count]) => new ChangeQuantityCommand(line, count)), 1],
  [pick.map((line) => new VoidLineCommand(line)), 1],
  [
    fc
      .tuple(pick, fc.constantFrom(5n, 10n, 15n, 50n, 100n))
      .map(([line, percent]) => new DiscountCommand({ scope: "line", pick: line, percent })),
    1,
  ],
  [
    fc
      .constantFrom(50n, 100n, 333n, 2000n)
      .map((amountMinor) => new DiscountCommand({ scope: "basket", amountMinor })),
    1,
  ],
  [fc.boolean().map((isGranting) => new ApproveCommand(isGranting)), 1],
  [
    fc.tuple(size, fc.bigInt({ min: 1n, max: 5000n })).map(([kind, extra]) => new CashCommand(kind, extra)),
    2,
  ],
  [fc.tuple(size, fc.boolean()).map(([kind, isApproved]) => new CardCommand(kind, isApproved)), 2],
  [fc.constant(new CompleteCommand()), 4],
  [fc.constant(new SuspendCommand()), 1],
  [pick.map((index) => new ResumeCommand(index)), 1],
  [fc.tuple(pick, pick).map(([sale, line]) => new ReturnCommand(sale, line)), 3],
  [fc.constant(new CrashCommand()), 1],
];
const commandArbitraries = weighted.flatMap(([arbitrary, weight]) =>
  Array.from({ length: weight }, () => arbitrary),
);

/** Fixed sequences that always run: a sale parked across a restart, and refusals before a card pays. */
const EXAMPLES: TillCommand[][] = [
  [
    new AddItemCommand(0, 2n),
    new SuspendCommand(),
    new CrashCommand(),
    new ResumeCommand(0),
    new CashCommand("over", 1n),
    new CompleteCommand(),
    new ReturnCommand(0, 0),
    new CompleteCommand(),
    new ReturnCommand(0, 0),
    new CrashCommand(),
  ],
  [
    new AddItemCommand(1, 1n),
    new AddItemCommand(3, 4n),
    new DiscountCommand({ scope: "basket", amountMinor: 333n }),
    new ApproveCommand(false),
    new DiscountCommand({ scope: "line", pick: 0, percent: 50n }),
    new CardCommand("exact", false),
    new AddItemCommand(2, 1n),
    new CardCommand("over", true),
    new CardCommand("exact", true),
    new CompleteCommand(),
    new CrashCommand(),
  ],
];

describe("the till against a reference model (add, change, void, discount, approve, tender, suspend, resume, return, complete, crash-and-reopen)", () => {
  it("should agree with the model on every figure and keep the stores whole after any command sequence", async () => {
    const tally = { runs: 0, completed: 0, returns: 0, boots: 0, approvals: 0, suspended: 0 };
    await fc.assert(
      fc.asyncProperty(
        fc.commands(commandArbitraries, { maxCommands: MAX_COMMANDS, size: "max" }),
        async (commands) => {
          // Arrange
          const world = createWorld();
          const model = initialModel();
          // Act + Assert: each command checks the engine against the model as it runs
          await fc.asyncModelRun(() => ({ model, real: world }), commands);
          // Assert: whatever the sequence, the stores hold what the model says survives
          await expectStoresMatch(world, model);
          tally.runs += 1;
          tally.completed += model.completed.length;
          tally.returns += model.returned.size;
          tally.boots += model.boots;
          tally.approvals += model.approvalsGranted;
          tally.suspended += model.suspended.length;
        },
      ),
      { numRuns: RUNS, examples: EXAMPLES.map((commands): [TillCommand[]] => [commands]) },
    );
    // Assert: the sequences did reach the interesting states (about 50 sales, 10 returns, 100 restarts
    // and 60 approvals per 100 runs), so the agreement above is not vacuous.
    expect(tally.runs).toBe(RUNS);
    expect(tally.completed).toBeGreaterThanOrEqual(RUNS / 10);
    expect(tally.returns).toBeGreaterThanOrEqual(1);
    expect(tally.boots).toBeGreaterThanOrEqual(RUNS / 4);
    expect(tally.approvals).toBeGreaterThanOrEqual(RUNS / 10);
  });
});

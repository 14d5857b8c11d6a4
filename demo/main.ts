/**
 * `npm run demo`: a scripted showcase of tillkit run against the built package's public exports.
 */
import {
  add,
  allocate,
  allocateEvenly,
  formatMoney,
  isTillError,
  multiply,
  parseMoney,
  parseQuantity,
  percent,
  roundDecimal,
} from "tillkit";

let step = 0;
function heading(title: string): void {
  step += 1;
  console.log(`\n[${step}] ${title}`);
}
function show(label: string, value: string): void {
  console.log(`    ${label.padEnd(44)} ${value}`);
}

console.log("tillkit — exact money, step by step");

heading("Exact money in minor units");
const price = parseMoney("3.99", "EUR");
const weight = parseQuantity("0.350", "kg");
show("3.99 EUR/kg × 0.350 kg (half-up)", multiply(price, weight, "half-up").toString());
show("100.00 × 9.975% QST (half-up)", multiply(parseMoney("100.00", "CAD"), percent("9.975"), "half-up").toString());
show("0.10 + 0.20 (no float drift)", add(parseMoney("0.10", "EUR"), parseMoney("0.20", "EUR")).toString());
show("JPY and KWD exponents", `${parseMoney("1235", "JPY")} JPY, ${parseMoney("1.25", "KWD")} KWD`);
show("formatted for nl-NL", formatMoney(parseMoney("1234.5", "EUR"), "nl-NL"));

heading("Rounding modes");
show("2.675 half-up", roundDecimal("2.675", { mode: "half-up", increment: "0.01" }));
show("-2.675 half-up (a refund mirrors its sale)", roundDecimal("-2.675", { mode: "half-up", increment: "0.01" }));
show("2.665 half-even", roundDecimal("2.665", { mode: "half-even", increment: "0.01" }));

heading("One allocation primitive: exact largest remainder");
show("100.00 by [1, 2, 3]", allocate(parseMoney("100.00", "EUR"), [1, 2, 3]).join(" / "));
show("10.00 by lines 12.99 / 7.49 / 3.50", allocate(parseMoney("10.00", "EUR"), ["12.99", "7.49", "3.50"]).join(" / "));
show("-10.00 by the same lines", allocate(parseMoney("-10.00", "EUR"), ["12.99", "7.49", "3.50"]).join(" / "));
show("JPY 100 in 3", allocateEvenly(parseMoney("100", "JPY"), 3).join(" / "));
show("KWD 10.000 in 3", allocateEvenly(parseMoney("10", "KWD"), 3).join(" / "));

heading("Bad input is a typed TillError, never a float");
for (const attempt of [() => parseMoney("1.005", "EUR"), () => parseMoney(0.1 as never, "EUR"), () => parseMoney("5", "XYZ")]) {
  try {
    attempt();
  } catch (error) {
    if (isTillError(error)) show(error.code, error.message);
    else throw error;
  }
}

console.log("\nDone.");

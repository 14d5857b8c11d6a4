import { execFileSync } from "node:child_process";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { fileURLToPath } from "node:url";
import { type Browser, chromium, type Page } from "playwright-core";
import { build, type PreviewServer, preview } from "vite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

/**
 * The web till in a real Chromium (Debian's `chromium` package, headless): build the example with Vite,
 * serve the build on an ephemeral port, and ring up one sale end to end. Each step saves a screenshot to
 * examples/web-till/screenshots/. Needs `npm run build` first (the example imports the built package).
 */
const exampleDir = fileURLToPath(new URL("../../examples/web-till/", import.meta.url));
const configFile = `${exampleDir}vite.config.ts`;
const screenshots = `${exampleDir}screenshots/`;

function chromiumPath(): string {
  return process.env.CHROMIUM_PATH ?? execFileSync("which", ["chromium"], { encoding: "utf8" }).trim();
}

let server: PreviewServer;
let browser: Browser;
let page: Page;
let step = 0;

async function snap(name: string): Promise<void> {
  step += 1;
  await page.screenshot({
    path: `${screenshots}${String(step).padStart(2, "0")}-${name}.png`,
    fullPage: true,
  });
}

const total = (name: string) => page.locator(`[data-total="${name}"]`).first();

async function waitUntilReady(): Promise<void> {
  await page.waitForSelector('body[data-ready="true"]', { timeout: 60_000 });
}

beforeAll(async () => {
  rmSync(screenshots, { recursive: true, force: true });
  mkdirSync(screenshots, { recursive: true });
  await build({ configFile, logLevel: "error" });
  server = await preview({ configFile, logLevel: "error", preview: { host: "127.0.0.1", port: 0 } });
  const { port } = server.httpServer.address() as AddressInfo;
  browser = await chromium.launch({ executablePath: chromiumPath(), headless: true, args: ["--no-sandbox"] });
  const context = await browser.newContext({ viewport: { width: 1280, height: 860 } });
  page = await context.newPage();
  await page.goto(`http://127.0.0.1:${port}/`);
  await waitUntilReady();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe("web till in Chromium", () => {
  it("rings up a sale with a coupon, card and cash, and keeps it across a reload", async () => {
    // Arrange: one item keyed in by hand (50 ms between keys, slower than a wedge scanner's 30 ms, so the
    // run is key-in every time rather than whichever the machine's timing makes it) and two through the
    // emulated serial scanner.
    await page.locator("#scan").click();
    await page.keyboard.type("8710000000017", { delay: 50 });
    await page.keyboard.press("Enter");
    await page.locator("tr.line").first().waitFor();
    await page.locator('button[data-barcode="8710000000024"]').click();
    await page.locator('tr.line[data-sku="MUG"]').waitFor();
    await page.locator('button[data-barcode="8710000000031"]').click();
    await page.locator('tr.line[data-sku="BREAD"]').waitFor();
    await snap("three-items");
    // 12.99 + 7.49 + 3.50; the 40.00 deal nudges for the missing 16.02.
    expect(await page.locator("tr.line").count()).toBe(3);
    expect(await total("subtotal").textContent()).toBe("€23.98");
    expect(await page.locator(".nudge").allTextContents()).toContain("→ Spend 16.02 more for 5.00 off");

    // Act: the coupon, typed at the till, takes 10% off the basket: 2.398 rounds half-up to 2.40.
    await page.locator("#scan").fill("WELCOME10");
    await page.keyboard.press("Enter");
    await page.locator(".applied").first().waitFor();
    await snap("coupon");
    expect(await page.locator(".applied").first().textContent()).toContain("Welcome coupon 10%: −€2.40");
    expect(await total("total").textContent()).toBe("€21.58");

    // Pay 10.00 by card (F7), then 20.00 in cash (Enter): 11.58 due in cash rounds to 11.60 under the NL rule.
    await page.keyboard.press("F4");
    await page.locator("#tender-amount").fill("10.00");
    await page.keyboard.press("F7");
    await page.locator(".tender-approved").first().waitFor();
    expect(await total("balance").textContent()).toBe("€11.58");
    await snap("card-paid");
    await page.locator("#tender-amount").fill("20.00");
    await page.keyboard.press("Enter");
    await page.locator(".receipt").waitFor();
    await snap("change-and-receipt");
    expect(await total("change").textContent()).toBe("€8.40");
    const receiptText = (await page.locator(".receipt-text").textContent()) ?? "";
    expect(receiptText).toContain("Corner Shop");
    expect(receiptText).toContain("Welcome coupon 10%");
    await saveReceiptImage();

    // Assert: after a reload the sale comes back from PGlite in IndexedDB (F3 reprints it from the sale
    // store), and the dashboard counts it.
    await page.reload();
    await waitUntilReady();
    const recent = page.locator(".recent li[data-receipt]").first();
    await recent.waitFor();
    await snap("after-reload");
    expect(await recent.textContent()).toContain("€21.58");
    await page.keyboard.press("F3");
    await page.locator(".receipt .copy").waitFor();
    await snap("reprint-after-reload");
    const copyText = (await page.locator(".receipt-text").textContent()) ?? "";
    expect(copyText).toContain("COPY");
    expect(copyText).toContain("€21.58");
    await page.keyboard.press("Enter");
    await page.locator("#scan").waitFor();
    await page.keyboard.press("F9");
    await page.locator(".dashboard").waitFor();
    await snap("dashboard");
    expect(await page.locator('[data-figure="receipts"] strong').textContent()).toBe("1");
    expect(await page.locator('[data-figure="net"] strong').textContent()).toBe("€21.58");
    // The drawer keeps 11.60 of the 20.00 cash (8.40 went back as change); the card took 10.00.
    expect(await page.locator('[data-figure="tender-card"] strong').textContent()).toBe("€10.00");
    expect(await page.locator('[data-figure="tender-cash"] strong').textContent()).toBe("€11.60");
    expect(await page.locator(".chart svg").count()).toBe(2);
  });
});

/** Saves the receipt PNG the virtual printer drew, next to the screenshots. */
async function saveReceiptImage(): Promise<void> {
  const base64 = await page.locator(".receipt-png").evaluate(async (image) => {
    const blob = await (await fetch((image as HTMLImageElement).src)).blob();
    const bytes = new Uint8Array(await blob.arrayBuffer());
    return btoa(Array.from(bytes, (byte) => String.fromCharCode(byte)).join(""));
  });
  writeFileSync(`${screenshots}receipt.png`, Buffer.from(base64, "base64"));
}

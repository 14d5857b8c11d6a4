import { z } from "zod";

/**
 * Style of a text run. Sizes are character multipliers (1–8) as receipt printers scale their fonts.
 *
 * @public
 */
export const textStyleSchema = /* @__PURE__ */ z.object({
  bold: z.boolean().optional(),
  underline: z.boolean().optional(),
  invert: z.boolean().optional(),
  width: z.number().int().min(1).max(8).optional(),
  height: z.number().int().min(1).max(8).optional(),
});

/** @public */
export type TextStyle = z.infer<typeof textStyleSchema>;

/** @public */
export const alignSchema = /* @__PURE__ */ z.enum(["left", "center", "right"]);

/** @public */
export type Align = z.infer<typeof alignSchema>;

const textRunSchema = /* @__PURE__ */ z.object({ text: z.string(), style: textStyleSchema.optional() });

/**
 * One block of a receipt. The union is closed and discriminated on `type`, so a renderer's switch is
 * checked for exhaustiveness.
 *
 * - `text`: styled runs on one logical line (wrapped to the paper width).
 * - `columns`: a table; a column without `width` shares the room the fixed columns leave.
 * - `rule`: a full-width line.
 * - `barcode`, `qrcode`: printed by the printer's own symbol generator.
 * - `image`: 1-bit pixels, rows packed 8 pixels a byte (most significant bit first), base64.
 * - `feed`, `cut`, `pulse`: paper and drawer control.
 *
 * @public
 */
export const receiptBlockSchema = /* @__PURE__ */ z.discriminatedUnion("type", [
  z.object({ type: z.literal("text"), runs: z.array(textRunSchema), align: alignSchema.optional() }),
  z.object({
    type: z.literal("columns"),
    columns: z
      .array(z.object({ width: z.number().int().min(1).optional(), align: alignSchema.optional() }))
      .min(1),
    rows: z.array(z.array(z.string())),
    style: textStyleSchema.optional(),
  }),
  z.object({ type: z.literal("rule"), style: z.enum(["single", "double"]).optional() }),
  z.object({
    type: z.literal("barcode"),
    value: z.string().min(1),
    symbology: z.enum(["ean13", "ean8", "upca", "upce", "code39", "code128", "itf", "codabar"]),
    height: z.number().int().min(1).max(255).optional(),
  }),
  z.object({
    type: z.literal("qrcode"),
    value: z.string().min(1).max(2000),
    size: z.number().int().min(1).max(8).optional(),
    errorLevel: z.enum(["l", "m", "q", "h"]).optional(),
  }),
  z.object({
    type: z.literal("image"),
    width: z.number().int().min(8).multipleOf(8),
    height: z.number().int().min(1),
    bits: z.base64(),
  }),
  z.object({ type: z.literal("feed"), lines: z.number().int().min(1).max(255) }),
  z.object({ type: z.literal("cut"), mode: z.enum(["full", "partial"]).optional() }),
  z.object({
    type: z.literal("pulse"),
    pin: z.union([z.literal(2), z.literal(5)]),
    onMs: z.number().int().min(2).max(510).optional(),
    offMs: z.number().int().min(2).max(510).optional(),
  }),
]);

/** @public */
export type ReceiptBlock = z.infer<typeof receiptBlockSchema>;

/**
 * A neutral, JSON-serialisable receipt: what to print, not how. A printer driver turns it into bytes; the
 * till can store it in the journal and reprint it years later on a different printer.
 *
 * @public
 */
export const receiptDocumentSchema = /* @__PURE__ */ z.object({
  version: z.literal(1),
  blocks: z.array(receiptBlockSchema),
});

/** @public */
export type ReceiptDocument = z.infer<typeof receiptDocumentSchema>;

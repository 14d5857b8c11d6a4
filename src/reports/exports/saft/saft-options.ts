import { z } from "zod";

const code = (prefix: string) =>
  z.string().regex(new RegExp(`^${prefix}\\d{3}$`), `Expected a ${prefix}xxx code`);

/**
 * zod schema of the SAF-T Cash Register export options: who files (company, software), the period, the
 * creation time (injected, so the file is deterministic) and how tillkit's tender types, categories and
 * tax keys map to Skatteetaten's predefined codes and the VAT codes of the company.
 *
 * @public
 */
export const saftOptionsSchema = /* @__PURE__ */ z.object({
  company: z.object({
    ident: z.string().min(1).max(35),
    name: z.string().min(1).max(100),
    taxRegIdent: z.string().max(50).optional(),
  }),
  software: z.object({
    description: z.string().min(1).max(100),
    version: z.string().min(1).max(20),
    companyName: z.string().min(1).max(100),
  }),
  period: z.object({ start: z.iso.date(), end: z.iso.date() }),
  createdAt: z.iso.datetime({ offset: true }),
  locationName: z.string().max(100).optional(),
  codes: z
    .object({
      /** Tender type → payment code 12xxx (cash 12001, card 12003, ... by default). */
      tenders: z.record(z.string(), code("12")).default({}),
      /** Category → article-group code 04xxx (default 04999 "other"). */
      categories: z.record(z.string(), code("04")).default({}),
      /** Tax key ("NO@0.25") → the company's VAT code and the standard VAT code it maps to. */
      vat: z
        .record(
          z.string(),
          z.object({ code: z.string().min(1).max(20), standardCode: z.string().min(1).max(9) }),
        )
        .default({}),
    })
    .default({ tenders: {}, categories: {}, vat: {} }),
});

/**
 * SAF-T export options as written.
 *
 * @public
 */
export type SaftOptions = z.input<typeof saftOptionsSchema>;

/**
 * SAF-T export options, parsed.
 *
 * @internal
 */
export type SaftSettings = z.output<typeof saftOptionsSchema>;

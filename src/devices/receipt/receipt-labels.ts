/**
 * The words a receipt prints, one table per language. Hosts may pass their own table for another language.
 *
 * @public
 */
export interface ReceiptLabels {
  readonly receipt: string;
  readonly date: string;
  readonly register: string;
  readonly cashier: string;
  readonly customer: string;
  readonly vatId: string;
  readonly phone: string;
  readonly subtotal: string;
  readonly discount: string;
  readonly tax: string;
  readonly taxIncluded: string;
  readonly total: string;
  readonly cashRounding: string;
  readonly amountDue: string;
  readonly change: string;
  readonly taxSummary: string;
  readonly rate: string;
  readonly base: string;
  readonly pointsEarned: string;
  readonly pointsBalance: string;
  readonly copy: string;
  readonly training: string;
  readonly tenders: Readonly<Record<string, string>>;
}

const en: ReceiptLabels = {
  receipt: "Receipt",
  date: "Date",
  register: "Register",
  cashier: "Cashier",
  customer: "Customer",
  vatId: "VAT",
  phone: "Tel",
  subtotal: "Subtotal",
  discount: "Discount",
  tax: "Tax",
  taxIncluded: "Incl. tax",
  total: "TOTAL",
  cashRounding: "Cash rounding",
  amountDue: "To pay",
  change: "Change",
  taxSummary: "Tax summary",
  rate: "Rate",
  base: "Base",
  pointsEarned: "Points earned",
  pointsBalance: "Points balance",
  copy: "COPY",
  training: "TRAINING - NOT A RECEIPT",
  tenders: {
    cash: "Cash",
    card: "Card",
    "gift-card": "Gift card",
    "store-credit": "Store credit",
    points: "Points",
    voucher: "Voucher",
    "foreign-cash": "Foreign cash",
    other: "Other",
  },
};

const nl: ReceiptLabels = {
  receipt: "Bon",
  date: "Datum",
  register: "Kassa",
  cashier: "Kassier",
  customer: "Klant",
  vatId: "BTW",
  phone: "Tel",
  subtotal: "Subtotaal",
  discount: "Korting",
  tax: "BTW",
  taxIncluded: "Incl. BTW",
  total: "TOTAAL",
  cashRounding: "Afronding",
  amountDue: "Te betalen",
  change: "Wisselgeld",
  taxSummary: "BTW-overzicht",
  rate: "Tarief",
  base: "Grondslag",
  pointsEarned: "Punten gespaard",
  pointsBalance: "Puntensaldo",
  copy: "KOPIE",
  training: "TRAINING - GEEN BON",
  tenders: {
    cash: "Contant",
    card: "Pin",
    "gift-card": "Cadeaukaart",
    "store-credit": "Tegoed",
    points: "Punten",
    voucher: "Waardebon",
    "foreign-cash": "Vreemde valuta",
    other: "Overig",
  },
};

const zh: ReceiptLabels = {
  receipt: "小票",
  date: "日期",
  register: "收银台",
  cashier: "收银员",
  customer: "顾客",
  vatId: "税号",
  phone: "电话",
  subtotal: "小计",
  discount: "折扣",
  tax: "税额",
  taxIncluded: "含税",
  total: "合计",
  cashRounding: "现金抹零",
  amountDue: "应付",
  change: "找零",
  taxSummary: "税额汇总",
  rate: "税率",
  base: "计税金额",
  pointsEarned: "本次积分",
  pointsBalance: "积分余额",
  copy: "副本",
  training: "培训模式 - 非正式小票",
  tenders: {
    cash: "现金",
    card: "银行卡",
    "gift-card": "礼品卡",
    "store-credit": "储值",
    points: "积分",
    voucher: "代金券",
    "foreign-cash": "外币",
    other: "其他",
  },
};

/**
 * The built-in label tables, keyed by language subtag.
 *
 * @public
 */
export const RECEIPT_LABELS: Readonly<Record<string, ReceiptLabels>> = { en, nl, zh };

/**
 * Labels for a locale: exact tag, then its language subtag ("nl-BE" → "nl"), then English.
 *
 * @param locale - BCP 47 tag
 * @returns the label table
 * @public
 */
export function labelsFor(locale: string): ReceiptLabels {
  const language = locale.toLowerCase().split("-")[0] ?? "en";
  return RECEIPT_LABELS[locale] ?? RECEIPT_LABELS[language] ?? en;
}

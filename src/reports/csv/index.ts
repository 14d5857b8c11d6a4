export { parseCsv } from "./parse-csv";
export { type CsvOptions, csvOptionsSchema, quoteCsvField, writeCsv } from "./write-csv";

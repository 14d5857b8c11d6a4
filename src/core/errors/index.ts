export { TILL_ERROR_CODES, type TillErrorCode } from "./error-codes";
export { TILL_ERROR_MESSAGES } from "./error-messages";
export { parseWith, tillErrorFromZod } from "./from-zod";
export { assertTill, isTillError, TillError, type TillErrorOptions, type TillErrorPath } from "./till-error";

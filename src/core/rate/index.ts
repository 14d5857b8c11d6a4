export { assertUnitInterval, parseRate, percent, Rate } from "./rate";

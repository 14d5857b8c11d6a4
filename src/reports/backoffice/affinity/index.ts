export { affinityFromBaskets, basketsOfSales } from "./affinity-from-baskets";
export {
  type AffinityState,
  addBasket,
  affinityStateSchema,
  basketSchema,
  createAffinity,
  removeBasket,
} from "./affinity-state";
export {
  type ItemPairAffinity,
  pairAffinity,
  type TopPairsOptions,
  topPairs,
  topPairsOptionsSchema,
} from "./item-pair-affinity";

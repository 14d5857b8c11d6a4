// Return points are computed in core (the till reverses them at completion); this path stays for pricing.
export {
  type PointsLineRecord,
  pointsForReturn,
  returnPointsEntries,
} from "../../core/returns/return-points";

export {
  type CashDrawer,
  type DrawerConnection,
  type DrawerOpenedEvent,
  type DrawerOpenRequest,
  type DrawerResult,
  drawerOpenRequestSchema,
  makeCashDrawer,
} from "./cash-drawer";
export { type DrawerKick, drawerKickBytes, drawerKickSchema } from "./drawer-kick";
export { VirtualDrawer } from "./virtual-drawer";

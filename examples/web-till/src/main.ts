import { startApp } from "./app";
import { openEmulatedDevices } from "./devices";
import { openWebTillStore } from "./store";
import { openWebTill } from "./till";
import "./styles.css";

function element(selector: string): HTMLElement {
  const found = document.querySelector<HTMLElement>(selector);
  if (found === null) throw new Error(`index.html has no ${selector}`);
  return found;
}

async function boot(): Promise<void> {
  const message = element("#message");
  message.textContent = "Opening the store (PGlite in IndexedDB)…";
  const store = await openWebTillStore();
  const web = await openWebTill(store);
  const devices = await openEmulatedDevices(window);
  startApp(
    { screen: element("#screen"), side: element("#side"), message, title: element("#title") },
    web,
    devices,
  );
  message.textContent = "Ready. Scan an item.";
  document.body.dataset.ready = "true";
  window.addEventListener("pagehide", () => void store.close());
}

boot().catch((error: unknown) => {
  element("#message").textContent = `The till could not start: ${String(error)}`;
  document.body.dataset.ready = "failed";
});

/** Attributes of {@link h}: strings become attributes, functions become event listeners ("onclick"). */
export type Attributes = Record<string, string | number | boolean | undefined | ((event: Event) => void)>;

/** A child of {@link h}: text is inserted as text, never as markup. */
export type Child = Node | string | undefined | false;

/**
 * Builds an element. Text children are text nodes, so shop data can never inject markup.
 *
 * @param tag - element name
 * @param attributes - attributes and `on…` listeners
 * @param children - nodes or text
 * @returns the element
 */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Attributes = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (typeof value === "function") element.addEventListener(name.slice(2), value);
    else if (value === true) element.setAttribute(name, "");
    else if (value !== undefined && value !== false) element.setAttribute(name, String(value));
  }
  for (const child of children) {
    if (child === undefined || child === false) continue;
    element.append(typeof child === "string" ? document.createTextNode(child) : child);
  }
  return element;
}

/** Replaces everything inside a container. */
export function mount(container: Element, ...children: Child[]): void {
  container.replaceChildren(
    ...children.filter((child): child is Node | string => child !== undefined && child !== false),
  );
}

/** An inline SVG from the chart renderer's markup (the renderer escapes every label it writes). */
export function svg(markup: string, label: string): HTMLElement {
  const figure = h("figure", { class: "chart", "aria-label": label });
  figure.innerHTML = markup;
  return figure;
}

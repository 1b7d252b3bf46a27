/// <reference lib="dom" />
// Measurements taken inside the page for the accessibility checks. `installProbe` is serialised
// by Playwright and run in the page, so its body must not use anything from outside itself.

export interface ProbeProblem {
  element: string;
  message: string;
}

export interface FocusStep {
  /** Focus left the page or came back to an element already visited. */
  done: boolean;
  element?: string;
  /** The indicator that passed, for people debugging the check. */
  indicator?: string;
  problems: string[];
}

export interface Probe {
  describe(element: Element): string;
  /** Records every focusable element's unfocused look, then puts the focus start at the top. */
  prepareFocusWalk(): void;
  /** Inspects the element that has focus now (call after each Tab). */
  inspectFocus(): FocusStep;
  /**
   * Walks again, in the order the last Tab walk at this width found, by moving focus from script
   * (call after prepareFocusWalk and one real Tab), and returns each stop's step. Null when there is no such walk, or when the
   * page no longer takes focus exactly so (an element refuses focus or would not show it as
   * keyboard focus): the caller then walks with Tab.
   */
  replayFocusWalk(): FocusStep[] | null;
  targets(minimum: number): { measured: number; problems: ProbeProblem[] };
  reflow(): { scrollWidth: number; innerWidth: number; culprits: ProbeProblem[] };
  clipped(): ProbeProblem[];
  horizontalScroll(): { scrollWidth: number; innerWidth: number };
  /** Inputs, selects, textareas and buttons whose text does not fit inside them. */
  clippedControls(): { measured: number; scrolling: number; problems: ProbeProblem[] };
  /** Where the site header ends and the page's main heading sits, in page coordinates. */
  firstScreen(): { innerHeight: number; headerBottom: number | null; headingBottom: number | null };
  setTextSize(value: string | null): { previous: string | null; bodyFontSize: number };
  setTextSpacing(on: boolean): { letterSpacing: string; lineHeight: string; fontSize: string };
  /** Controls in the page that do nothing without JavaScript. */
  scriptOnlyControls(): ProbeProblem[];
  /** Lines of visible text in <main> (used to spot content rendered only by scripts). */
  visibleLines(): string[];
  /** The page's whole text content with all white space removed (hidden text included). */
  compactText(): string;
}

declare global {
  interface Window {
    __suaraA11y?: Probe;
  }
}

export function installProbe(): void {
  if (window.__suaraA11y) return;

  type Rgba = { r: number; g: number; b: number; a: number };
  type Look = {
    outlineStyle: string;
    outlineWidth: number;
    outlineColor: string;
    outlineOffset: number;
    boxShadow: string;
    borders: Array<{ width: number; color: string; style: string }>;
    backgroundColor: string;
  };

  const focusState: {
    before: WeakMap<Element, Look>;
    seen: WeakSet<Element>;
    fixed: Element[];
    start: HTMLElement | null;
    /** The elements the current walk has visited, in order. */
    visited: Element[];
    /** The order of the last complete Tab walk at each viewport width. */
    walks: Map<number, Element[]>;
  } = { before: new WeakMap(), seen: new WeakSet(), fixed: [], start: null, visited: [], walks: new Map() };
  let spacingSheet: CSSStyleSheet | null = null;

  const describe = (element: Element): string => {
    let text = element.tagName.toLowerCase();
    if (element.id) text += `#${element.id}`;
    // Svelte's scoping classes (svelte-1x2y3z) change with every build: leave them out.
    const classes = [...element.classList].filter((c) => !c.startsWith("svelte-")).slice(0, 3);
    if (classes.length > 0) text += `.${classes.join(".")}`;
    const type = element.getAttribute("type");
    if (type && element.tagName === "INPUT") text += `[type=${type}]`;
    const name = element.getAttribute("name");
    if (name && !element.id) text += `[name=${name}]`;
    const labels = "labels" in element ? (element.labels as NodeListOf<HTMLLabelElement> | null) : null;
    const label =
      element.getAttribute("aria-label") ??
      (labels?.[0] ? labels[0].textContent : ((element as HTMLElement).innerText ?? element.textContent));
    const words = (label ?? "").replace(/\s+/g, " ").trim();
    if (words) text += ` "${words.length > 48 ? `${words.slice(0, 45)}…` : words}"`;
    return text;
  };

  const parseColor = (value: string): Rgba | null => {
    if (value === "transparent") return { r: 0, g: 0, b: 0, a: 0 };
    const rgb = value.match(/rgba?\(([^)]+)\)/);
    if (rgb?.[1]) {
      const [r = 0, g = 0, b = 0, a = 1] = rgb[1].split(/[\s,/]+/).filter(Boolean).map(Number);
      return { r, g, b, a };
    }
    const srgb = value.match(/color\(srgb ([^)]+)\)/);
    if (srgb?.[1]) {
      const [r = 0, g = 0, b = 0, a = 1] = srgb[1].split(/[\s/]+/).filter(Boolean).map(Number);
      return { r: r * 255, g: g * 255, b: b * 255, a };
    }
    return null;
  };
  const over = (top: Rgba, bottom: Rgba): Rgba => ({
    r: top.r * top.a + bottom.r * (1 - top.a),
    g: top.g * top.a + bottom.g * (1 - top.a),
    b: top.b * top.a + bottom.b * (1 - top.a),
    a: 1,
  });
  const luminance = (c: Rgba) => {
    const channel = (v: number) => {
      const s = v / 255;
      return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    };
    return 0.2126 * channel(c.r) + 0.7152 * channel(c.g) + 0.0722 * channel(c.b);
  };
  const contrast = (a: Rgba, b: Rgba) => {
    const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
    return (hi + 0.05) / (lo + 0.05);
  };
  const show = (c: Rgba) => `rgb(${Math.round(c.r)}, ${Math.round(c.g)}, ${Math.round(c.b)})`;

  // The colour under everything: white normally, the system Canvas colour in forced colours.
  const canvas = (): Rgba => {
    const probe = document.createElement("span");
    probe.style.backgroundColor = "Canvas";
    document.body.append(probe);
    const colour = parseColor(getComputedStyle(probe).backgroundColor);
    probe.remove();
    return colour && colour.a > 0 ? { ...colour, a: 1 } : { r: 255, g: 255, b: 255, a: 1 };
  };
  /** The solid colour seen behind `start` (its own background included), ignoring images. */
  const backgroundOf = (start: Element | null): Rgba => {
    const layers: Rgba[] = [];
    for (let node = start; node; node = node.parentElement) {
      const colour = parseColor(getComputedStyle(node).backgroundColor);
      if (colour && colour.a > 0) {
        layers.push(colour);
        if (colour.a >= 1) break;
      }
    }
    return layers.reduceRight((below, layer) => over(layer, below), canvas());
  };

  const lookOf = (element: Element): Look => {
    const cs = getComputedStyle(element);
    return {
      outlineStyle: cs.outlineStyle,
      outlineWidth: parseFloat(cs.outlineWidth) || 0,
      outlineColor: cs.outlineColor,
      outlineOffset: parseFloat(cs.outlineOffset) || 0,
      boxShadow: cs.boxShadow,
      borders: (["Top", "Right", "Bottom", "Left"] as const).map((side) => ({
        width: parseFloat(cs.getPropertyValue(`border-${side.toLowerCase()}-width`)) || 0,
        color: cs.getPropertyValue(`border-${side.toLowerCase()}-color`),
        style: cs.getPropertyValue(`border-${side.toLowerCase()}-style`),
      })),
      backgroundColor: cs.backgroundColor,
    };
  };

  /** Splits a computed box-shadow list ("rgb(0, 0, 0) 0px 0px 0px 3px inset, …"). */
  const shadowsOf = (value: string) => {
    if (!value || value === "none") return [];
    const parts: string[] = [];
    let depth = 0;
    let current = "";
    for (const ch of value) {
      if (ch === "(") depth++;
      if (ch === ")") depth--;
      if (ch === "," && depth === 0) {
        parts.push(current.trim());
        current = "";
      } else current += ch;
    }
    parts.push(current.trim());
    return parts.map((text) => {
      const colour = text.match(/(rgba?\([^)]*\)|color\([^)]*\))/)?.[1] ?? "rgb(0, 0, 0)";
      const lengths = text
        .replace(colour, "")
        .match(/-?[\d.]+px/g)
        ?.map((n) => parseFloat(n)) ?? [];
      const [x = 0, y = 0, , spread = 0] = lengths;
      return { text, colour, inset: /\binset\b/.test(text), thickness: spread + Math.max(Math.abs(x), Math.abs(y)) };
    });
  };

  type Indicator = { kind: string; px: number; ratio: number; detail: string };

  const indicatorsOf = (element: Element): Indicator[] => {
    const now = lookOf(element);
    const before = focusState.before.get(element);
    const outside = backgroundOf(element.parentElement);
    const inside = backgroundOf(element);
    const found: Indicator[] = [];

    const outlineChanged =
      !before ||
      before.outlineStyle !== now.outlineStyle ||
      before.outlineWidth !== now.outlineWidth ||
      before.outlineColor !== now.outlineColor;
    if (now.outlineStyle !== "none" && now.outlineWidth > 0 && outlineChanged) {
      if (now.outlineStyle === "auto") {
        // Chromium's own ring: two tones (dark and light), visible on any background.
        found.push({ kind: "outline", px: Math.max(2, now.outlineWidth), ratio: 21, detail: "browser focus ring (outline-style: auto)" });
      } else {
        const against = now.outlineOffset >= 0 ? outside : inside;
        const colour = parseColor(now.outlineColor);
        const ratio = colour ? contrast(over(colour, against), against) : 0;
        found.push({
          kind: "outline",
          px: now.outlineWidth,
          ratio,
          detail: `outline ${now.outlineWidth}px ${now.outlineStyle} ${now.outlineColor} against ${show(against)}`,
        });
      }
    }

    const oldShadows = new Set(shadowsOf(before?.boxShadow ?? "none").map((s) => s.text));
    for (const shadow of shadowsOf(now.boxShadow)) {
      if (oldShadows.has(shadow.text)) continue;
      const against = shadow.inset ? inside : outside;
      const colour = parseColor(shadow.colour);
      const ratio = colour ? contrast(over(colour, against), against) : 0;
      found.push({ kind: "box-shadow", px: shadow.thickness, ratio, detail: `box-shadow ${shadow.text} against ${show(against)}` });
    }

    if (before) {
      now.borders.forEach((border, i) => {
        const old = before.borders[i];
        if (!old || border.style === "none" || border.width === 0) return;
        if (old.color === border.color && old.width === border.width) return;
        const colour = parseColor(border.color);
        const colourChanged = old.color !== border.color || old.style === "none" || old.width === 0;
        const px = colourChanged ? border.width : border.width - old.width;
        const ratio = colour ? contrast(over(colour, outside), outside) : 0;
        found.push({ kind: "border", px, ratio, detail: `border ${border.width}px ${border.color} (was ${old.width}px ${old.color}) against ${show(outside)}` });
      });
      if (before.backgroundColor !== now.backgroundColor) {
        const old = parseColor(before.backgroundColor);
        const fresh = parseColor(now.backgroundColor);
        if (old && fresh) {
          const base = backgroundOf(element.parentElement);
          const ratio = contrast(over(fresh, base), over(old, base));
          const rect = element.getBoundingClientRect();
          found.push({
            kind: "background",
            px: Math.min(rect.width, rect.height),
            ratio,
            detail: `background ${now.backgroundColor} (was ${before.backgroundColor})`,
          });
        }
      }
    }
    return found;
  };

  const obscuredBy = (element: Element): string | null => {
    const rect = element.getBoundingClientRect();
    const inset = 2;
    const points: Array<[number, number]> = [
      [rect.left + rect.width / 2, rect.top + rect.height / 2],
      [rect.left + inset, rect.top + inset],
      [rect.right - inset, rect.top + inset],
      [rect.left + inset, rect.bottom - inset],
      [rect.right - inset, rect.bottom - inset],
    ];
    let covered = 0;
    let cover: Element | null = null;
    for (const [x, y] of points) {
      if (x < 0 || y < 0 || x >= innerWidth || y >= innerHeight) continue;
      const hit = document.elementFromPoint(x, y);
      if (!hit || element.contains(hit) || hit.contains(element)) continue;
      const bar = focusState.fixed.find((f) => f.contains(hit) && !f.contains(element));
      if (bar) {
        covered++;
        cover = bar;
      }
    }
    return cover ? `${covered} of ${points.length} sample points hidden under the fixed/sticky ${describe(cover)}` : null;
  };

  /** The element with focus, looking inside shadow roots. */
  const deepActiveElement = () => {
    let element = document.activeElement;
    while (element?.shadowRoot?.activeElement) element = element.shadowRoot.activeElement;
    return element;
  };

  const isShown = (element: Element) =>
    element.checkVisibility({ visibilityProperty: true, contentVisibilityAuto: true }) &&
    !element.closest("[inert]");

  const focusableSelector =
    "a[href], area[href], button, input, select, textarea, summary, iframe, [tabindex], [contenteditable]";

  const probe: Probe = {
    describe,

    prepareFocusWalk() {
      (document.activeElement as HTMLElement | null)?.blur?.();
      focusState.before = new WeakMap();
      focusState.seen = new WeakSet();
      focusState.visited = [];
      for (const element of document.querySelectorAll(focusableSelector)) {
        focusState.before.set(element, lookOf(element));
      }
      focusState.fixed = [...document.body.querySelectorAll("*")].filter((e) =>
        ["fixed", "sticky"].includes(getComputedStyle(e).position),
      );
      // Start the Tab sequence at the very top of the page, whatever had focus before.
      const start = document.createElement("span");
      start.tabIndex = -1;
      document.body.prepend(start);
      start.focus({ preventScroll: true });
      focusState.start = start;
      window.scrollTo(0, 0);
    },

    inspectFocus() {
      focusState.start?.remove();
      focusState.start = null;
      const element = deepActiveElement();
      if (!element || element === document.body || element === document.documentElement) {
        focusState.walks.set(innerWidth, focusState.visited);
        return { done: true, problems: [] };
      }
      if (focusState.seen.has(element)) {
        focusState.walks.set(innerWidth, focusState.visited);
        return { done: true, element: describe(element), problems: [] };
      }
      focusState.seen.add(element);
      focusState.visited.push(element);

      const problems: string[] = [];
      const rect = element.getBoundingClientRect();
      if (rect.width < 1 || rect.height < 1 || !isShown(element)) {
        problems.push(`the focused element cannot be seen (${rect.width}×${rect.height} px)`);
        return { done: false, element: describe(element), problems };
      }
      if (rect.bottom <= 0 || rect.top >= innerHeight || rect.right <= 0 || rect.left >= innerWidth) {
        problems.push(`the focused element is outside the viewport (top ${Math.round(rect.top)} px)`);
      }
      const indicators = indicatorsOf(element);
      const good = indicators.find((i) => i.px >= 1.95 && i.ratio >= 2.995);
      if (!good) {
        problems.push(
          indicators.length === 0
            ? "no focus indicator (no change of outline, box-shadow, border or background)"
            : `focus indicator too weak (needs ≥ 2 px and ≥ 3:1): ${indicators
                .map((i) => `${i.detail} → ${i.px.toFixed(1)} px, ${i.ratio.toFixed(2)}:1`)
                .join("; ")}`,
        );
      }
      const hidden = obscuredBy(element);
      if (hidden) problems.push(hidden);
      const indicator = good ? `${good.detail} → ${good.px.toFixed(1)} px, ${good.ratio.toFixed(2)}:1` : undefined;
      return { done: false, element: describe(element), indicator, problems };
    },

    replayFocusWalk() {
      const order = focusState.walks.get(innerWidth);
      if (!order || order.length === 0) return null;
      const steps: FocusStep[] = [];
      for (const [i, element] of order.entries()) {
        // The first stop was reached by a real Tab, so the browser is in keyboard mode; each next
        // one is focused from script, which keeps it (checked: it must match :focus-visible).
        if (i > 0) (element as HTMLElement).focus();
        if (deepActiveElement() !== element || !element.matches(":focus-visible")) return null;
        const step = probe.inspectFocus();
        if (step.done) return null;
        steps.push(step);
      }
      return steps;
    },

    targets(minimum) {
      const problems: ProbeProblem[] = [];
      let measured = 0;
      const selector =
        "a[href], button, input:not([type=hidden]), select, textarea, summary, [role=button], [role=link], " +
        "[role=checkbox], [role=radio], [role=switch], [role=tab], [role=menuitem], [role=option]";
      for (const element of document.querySelectorAll(selector)) {
        if (!isShown(element) || (element as HTMLButtonElement).disabled) continue;
        const own = element.getBoundingClientRect();
        // Moved off the page until focused (a skip link).
        if (own.bottom + scrollY <= 0 || own.right + scrollX <= 0) continue;
        let { left, top, right, bottom } = own;
        // A radio or checkbox is operated through its label too: count the two together.
        if (element instanceof HTMLInputElement && (element.type === "radio" || element.type === "checkbox")) {
          for (const label of element.labels ?? []) {
            if (!isShown(label)) continue;
            const r = label.getBoundingClientRect();
            if (r.width === 0 || r.height === 0) continue;
            left = Math.min(left, r.left);
            top = Math.min(top, r.top);
            right = Math.max(right, r.right);
            bottom = Math.max(bottom, r.bottom);
          }
        }
        const width = right - left;
        const height = bottom - top;
        if (width <= 1 && height <= 1) continue; // visually hidden text, not a target
        if (element.tagName === "A" && inSentence(element)) continue; // WCAG 2.5.8 inline exception
        measured++;
        if (width < minimum - 0.05 || height < minimum - 0.05) {
          problems.push({
            element: describe(element),
            message: `target ${width.toFixed(1)}×${height.toFixed(1)} px (needs ≥ ${minimum}×${minimum})`,
          });
        }
      }
      return { measured, problems };
    },

    reflow() {
      const scrollWidth = document.documentElement.scrollWidth;
      const culprits: ProbeProblem[] = [];
      if (scrollWidth > innerWidth) {
        const sticksOut = (e: Element) => e.getBoundingClientRect().right > innerWidth + 1;
        for (const element of document.body.querySelectorAll("*")) {
          const rect = element.getBoundingClientRect();
          if (rect.width === 0 || !sticksOut(element)) continue;
          const parent = element.parentElement;
          if (parent && parent !== document.body && sticksOut(parent)) continue;
          culprits.push({
            element: describe(element),
            message: `reaches ${Math.round(rect.right)} px (${Math.round(rect.width)} px wide)`,
          });
          if (culprits.length >= 5) break;
        }
      }
      return { scrollWidth, innerWidth, culprits };
    },

    clipped() {
      const skip = new Set(["INPUT", "TEXTAREA", "SELECT", "OPTION", "IMG", "VIDEO", "CANVAS", "IFRAME", "SVG", "SCRIPT", "STYLE"]);
      const problems: ProbeProblem[] = [];
      for (const element of [document.body, ...document.body.querySelectorAll("*")]) {
        if (skip.has(element.tagName.toUpperCase())) continue;
        const cs = getComputedStyle(element);
        const clipsX = cs.overflowX === "hidden" || cs.overflowX === "clip";
        const clipsY = cs.overflowY === "hidden" || cs.overflowY === "clip";
        if (!clipsX && !clipsY) continue;
        // Visually hidden text (1 px boxes) is meant to be clipped.
        if (element.clientWidth <= 2 || element.clientHeight <= 2 || !isShown(element)) continue;
        if (!((element as HTMLElement).innerText ?? "").trim()) continue;
        const wide = element.scrollWidth - element.clientWidth;
        const tall = element.scrollHeight - element.clientHeight;
        if (clipsX && wide > 2) {
          problems.push({
            element: describe(element),
            message: `cuts off text sideways: content ${element.scrollWidth} px wide in a ${element.clientWidth} px box (overflow-x: ${cs.overflowX})`,
          });
        }
        if (clipsY && tall > 2) {
          problems.push({
            element: describe(element),
            message: `cuts off text: content ${element.scrollHeight} px tall in a ${element.clientHeight} px box (overflow-y: ${cs.overflowY})`,
          });
        }
      }
      return problems;
    },

    horizontalScroll() {
      return { scrollWidth: document.documentElement.scrollWidth, innerWidth };
    },

    clippedControls() {
      const problems: ProbeProblem[] = [];
      let measured = 0;
      let scrolling = 0;
      const shortValue = 14;
      const noText = new Set(["hidden", "radio", "checkbox", "range", "color", "image"]);
      for (const element of document.querySelectorAll("input, select, textarea, button")) {
        if (element instanceof HTMLInputElement && noText.has(element.type)) continue;
        if (!isShown(element)) continue;
        const rect = element.getBoundingClientRect();
        if (rect.width <= 1 && rect.height <= 1) continue;
        measured++;
        const { scrollWidth, clientWidth } = element;
        // A one-line box scrolls what is typed into it; at 200% text a 320 px phone shows about
        // 14 characters, so a longer value (a full name, an e-mail address) scrolls in any design
        // and is counted, not reported. A shorter one (a phone number, a date, a code) must show.
        const longValue = element instanceof HTMLInputElement && element.value.length > shortValue;
        if (scrollWidth > clientWidth + 1 && longValue) {
          scrolling++;
        } else if (scrollWidth > clientWidth + 1) {
          problems.push({
            element: describe(element),
            message: `text cut off: content ${scrollWidth} px wide in a ${clientWidth} px control (scrollWidth > clientWidth)`,
          });
        } else if (element instanceof HTMLSelectElement && getComputedStyle(element).appearance !== "base-select") {
          // A native closed select never reports overflow (its scrollWidth is its width): measure
          // the width it would take to show its chosen option whole, with its own font and arrow.
          const needed = selectNeeds(element);
          if (needed > element.offsetWidth + 1) {
            problems.push({
              element: describe(element),
              message: `text cut off: the chosen option "${element.selectedOptions[0]?.label ?? ""}" needs ${needed} px, the select is ${element.offsetWidth} px wide`,
            });
          }
        }
      }
      return { measured, scrolling, problems };
    },

    firstScreen() {
      const bottom = (element: Element | null) =>
        element && isShown(element) ? Math.round(element.getBoundingClientRect().bottom + scrollY) : null;
      return {
        innerHeight,
        headerBottom: bottom(document.querySelector("body header, .site-header")),
        headingBottom: bottom(document.querySelector("main h1") ?? document.querySelector("h1")),
      };
    },

    setTextSize(value) {
      const html = document.documentElement;
      const previous = html.getAttribute("data-teks");
      if (value === null) html.removeAttribute("data-teks");
      else html.setAttribute("data-teks", value);
      return { previous, bodyFontSize: parseFloat(getComputedStyle(document.body).fontSize) };
    },

    setTextSpacing(on) {
      if (on && !spacingSheet) {
        // A constructed sheet: the page's Content-Security-Policy forbids new <style> elements.
        spacingSheet = new CSSStyleSheet();
        spacingSheet.replaceSync(
          "* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }" +
            " p { margin-bottom: 2em !important; }",
        );
        document.adoptedStyleSheets = [...document.adoptedStyleSheets, spacingSheet];
      } else if (!on && spacingSheet) {
        const sheet = spacingSheet;
        document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
        spacingSheet = null;
      }
      const cs = getComputedStyle(document.body);
      return { letterSpacing: cs.letterSpacing, lineHeight: cs.lineHeight, fontSize: cs.fontSize };
    },

    scriptOnlyControls() {
      const problems: ProbeProblem[] = [];
      const add = (element: Element, message: string) => problems.push({ element: describe(element), message });
      for (const element of document.querySelectorAll("button, a, [role=button], [role=link], [onclick]")) {
        if (!isShown(element)) continue;
        if (element instanceof HTMLButtonElement) {
          if (element.type === "button") add(element, 'type="button" does nothing without JavaScript');
          else if (!element.form) add(element, "a submit button outside any form does nothing without JavaScript");
        } else if (element instanceof HTMLAnchorElement) {
          const href = element.getAttribute("href");
          if (href === null) {
            if (element.getAttribute("role") === "button" || element.hasAttribute("tabindex")) add(element, "a link without href");
          } else if (/^\s*javascript:/i.test(href) || href.trim() === "#") {
            add(element, `a link to "${href}" does nothing without JavaScript`);
          }
        } else if (element.hasAttribute("role")) {
          add(element, `a ${element.getAttribute("role")} that is not a native link or button needs JavaScript`);
        } else {
          add(element, "an onclick attribute needs JavaScript");
        }
      }
      return problems;
    },

    visibleLines() {
      const main = document.querySelector("main") ?? document.body;
      return (main as HTMLElement).innerText
        .split("\n")
        .map((line) => line.replace(/\s+/g, " ").trim())
        .filter((line) => line.length > 0);
    },

    compactText() {
      // Text the page's own styles remove (display: none, such as a card's column label in a
      // wide table) is left out, as innerText leaves it out of the scripted page's lines; text
      // merely folded away (a closed <details>) stays in.
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      const parts: string[] = [];
      const removed = new Map<Element, boolean>();
      const isRemoved = (element: Element | null): boolean => {
        if (!element || element === document.body) return false;
        const known = removed.get(element);
        if (known !== undefined) return known;
        const tag = element.tagName;
        const result =
          tag !== "DETAILS" && tag !== "SUMMARY" && getComputedStyle(element).display === "none" && element.closest("details:not([open])") === null
            ? true
            : isRemoved(element.parentElement);
        removed.set(element, result);
        return result;
      };
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const parent = node.parentElement;
        if (parent && (parent.tagName === "SCRIPT" || parent.tagName === "STYLE")) continue;
        if (!isRemoved(parent)) parts.push(node.textContent ?? "");
      }
      return parts.join("").replace(/\s+/g, "");
    },
  };

  /** The width a copy of the select takes to show its chosen option whole (same place, same font). */
  function selectNeeds(select: HTMLSelectElement): number {
    const copy = select.cloneNode(false) as HTMLSelectElement;
    copy.removeAttribute("id");
    copy.removeAttribute("name");
    const option = document.createElement("option");
    option.textContent = select.selectedOptions[0]?.label ?? "";
    copy.append(option);
    copy.style.cssText += ";position:absolute;visibility:hidden;width:max-content;min-width:0;max-width:none;";
    select.after(copy);
    const width = copy.offsetWidth;
    copy.remove();
    return width;
  }

  /** A link whose nearest block (a p or li) holds other words: it sits in running text. */
  function inSentence(link: Element): boolean {
    if (getComputedStyle(link).display !== "inline") return false;
    let block = link.parentElement;
    while (block && ["inline", "contents"].includes(getComputedStyle(block).display)) block = block.parentElement;
    if (!block || !["P", "LI"].includes(block.tagName)) return false;
    const rest = (block.textContent ?? "").replace(link.textContent ?? "", "");
    return /[\p{L}\p{N}]{2,}/u.test(rest);
  }

  window.__suaraA11y = probe;
}

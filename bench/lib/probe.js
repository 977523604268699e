// In-page probe, added to every page of the benchmark as an init script (it
// runs before any of the page's own scripts, identically on both pages). It
// finds elements by role and accessible name, in the document and in every
// shadow root the page attaches (open or closed), watches the DOM for a
// screen to become ready, and timestamps the harness's clicks and the
// resulting `change` events on performance.now()'s clock (0 = navigation start).
//
// Definitions (also in bench/README.md):
// - visible: attached, `checkVisibility({opacityProperty, visibilityProperty})`
//   is true (no display:none, visibility:hidden or opacity 0 on it or an
//   ancestor) and its box is not empty. For a radio the box that counts is its
//   label's, since both libraries hide the native input visually.
// - a button is ready: a button (button, input type=button/submit, or
//   role=button) with the accessible name given is visible and enabled.
// - a question is ready: a group of radios (fieldset, role=radiogroup or
//   role=group) whose accessible name contains the item's text is visible, and
//   in it the radio named with the answer label is visible and enabled.
// - a text screen is ready: an element whose own text is the text given is
//   visible.
// - a screen of several parts ({ all: [...] }) is ready when every part is;
//   its last part is the one whose box must be stable.
// - stable: what is to be clicked (the button, the radio's label) has the same
//   box at a later animation frame as when it was first seen so (Playwright's
//   actionability checks ask the same); the time of that frame is the time
//   the screen is ready.
// Readiness is checked after every DOM mutation (a MutationObserver on the
// document and on every shadow root) and on every animation frame.
(() => {
  if (window.top !== window || window.__bench) return;
  const plan = window.__benchPlan ?? {};
  const B = (window.__bench = { roots: [document], clicks: [], changes: [], ready: [], scrolls: [] });
  const now = () => performance.now();
  const norm = (s) => (s ?? "").replace(/\s+/g, " ").trim();

  // ---- watching every root -------------------------------------------------
  const observer = new MutationObserver(() => check());
  const observe = (root) =>
    observer.observe(root, { subtree: true, childList: true, attributes: true, characterData: true });
  observe(document);
  const attachShadow = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (init) {
    const root = attachShadow.call(this, init);
    B.roots.push(root);
    observe(root);
    root.addEventListener("change", onChange, true);
    return root;
  };
  const all = (selector) => B.roots.flatMap((root) => [...root.querySelectorAll(selector)]);

  // ---- roles and names -----------------------------------------------------
  const visible = (el) => {
    if (!el || !el.isConnected) return false;
    if (!el.checkVisibility({ opacityProperty: true, visibilityProperty: true })) return false;
    const r = el.getBoundingClientRect();
    return r.width > 0 && r.height > 0;
  };
  const enabled = (el) => !el.matches(":disabled") && el.getAttribute("aria-disabled") !== "true";
  const labelledBy = (el) => {
    const ids = el.getAttribute("aria-labelledby");
    if (!ids) return null;
    const root = el.getRootNode();
    return norm(ids.split(/\s+/).map((id) => root.getElementById?.(id)?.textContent ?? "").join(" "));
  };
  const buttonName = (el) =>
    norm(el.getAttribute("aria-label")) || labelledBy(el) || norm(el.tagName === "INPUT" ? el.value : el.textContent);
  const radioName = (el) =>
    norm(el.getAttribute("aria-label")) || labelledBy(el) || norm([...(el.labels ?? [])].map((l) => l.textContent).join(" "));
  const radioBox = (el) => (el.labels && el.labels[0]) || el;

  function findButton(name) {
    return all('button, input[type="button"], input[type="submit"], [role="button"]').find(
      (el) => buttonName(el) === name && visible(el) && enabled(el),
    );
  }
  const groupName = (el) => {
    const legend = el.tagName === "FIELDSET" ? [...el.children].find((c) => c.tagName === "LEGEND") : null;
    return norm(el.getAttribute("aria-label")) || labelledBy(el) || norm(legend?.textContent);
  };
  function findQuestion(text, radio) {
    const group = all('fieldset, [role="radiogroup"], [role="group"]').find(
      (el) => groupName(el).includes(text) && el.querySelector('input[type="radio"]') && visible(el),
    );
    if (!group) return null;
    const el = [...group.querySelectorAll('input[type="radio"]')].find((r) => radioName(r) === radio);
    return el && enabled(el) && visible(radioBox(el)) ? { group, radio: el } : null;
  }
  function findText(text) {
    return all("h1, h2, h3, h4, h5, h6, p, div, span").find(
      (el) => [...el.childNodes].some((n) => n.nodeType === 3 && norm(n.textContent) === text) && visible(el),
    );
  }
  function find(spec) {
    // Every part found: the screen's last part (what stability is judged on).
    if (spec.all) {
      let last = null;
      for (const part of spec.all) if (!(last = find(part))) return null;
      return last;
    }
    if (spec.button) return findButton(spec.button);
    if (spec.question) return findQuestion(spec.question, spec.radio);
    if (spec.text) return findText(spec.text);
    throw new Error(`probe: unknown spec ${JSON.stringify(spec)}`);
  }
  /** The element that a click at (x, y) would reach, through open shadow roots. */
  function elementAt(x, y) {
    let el = document.elementFromPoint(x, y);
    while (el?.shadowRoot) {
      const inner = el.shadowRoot.elementFromPoint(x, y);
      if (!inner || inner === el) break;
      el = inner;
    }
    return el;
  }
  const within = (node, ancestor) => {
    for (; node; node = node.parentNode ?? node.host) if (node === ancestor) return true;
    return false;
  };
  /**
   * The point to click: the element's centre (for a radio, its label's). If it
   * is outside the viewport, or something else is on top of it there (a sticky
   * header, say), it is scrolled to the middle of the viewport first, as a
   * person would scroll.
   */
  function pointOf(el) {
    const centre = () => {
      const r = el.getBoundingClientRect();
      return { x: r.left + r.width / 2, y: r.top + r.height / 2, r };
    };
    let p = centre();
    const clear = () =>
      p.r.top >= 0 && p.r.bottom <= innerHeight && p.r.left >= 0 && p.r.right <= innerWidth && within(elementAt(p.x, p.y), el);
    if (!clear()) {
      el.scrollIntoView({ block: "center", inline: "center" });
      B.scrolls.push({ t: now(), what: el.tagName });
      p = centre();
    }
    return { x: p.x, y: p.y, clear: clear() };
  }

  // ---- waiting for a screen ------------------------------------------------
  let armed = null; // { spec, resolve, reject, promise, done, seen? }
  let frameNo = 0;
  const boxOf = (found) => (found.radio ? radioBox(found.radio) : found).getBoundingClientRect();
  const same = (a, b) => a.x === b.x && a.y === b.y && a.width === b.width && a.height === b.height;
  function check(inFrame = false) {
    if (!armed || armed.done) return;
    let found;
    try {
      found = find(armed.spec);
    } catch (e) {
      armed.done = true;
      armed.reject(e);
      return;
    }
    if (!found) {
      armed.seen = null;
      return;
    }
    // Stable: the same box at a later animation frame as when first seen.
    const box = boxOf(found);
    if (inFrame && armed.seen && armed.seen.frame < frameNo && same(armed.seen.box, box)) {
      armed.done = true;
      armed.t = now();
      B.ready.push({ spec: armed.spec, t: armed.t, seen: armed.seen.t });
      armed.resolve({ t: armed.t, seen: armed.seen.t, found });
      return;
    }
    if (!armed.seen || !same(armed.seen.box, box)) armed.seen = { box, t: now(), frame: frameNo };
  }
  function frame() {
    frameNo++;
    check(true);
    requestAnimationFrame(frame);
  }
  requestAnimationFrame(frame);

  /** Start waiting for a screen; check() fires on the next mutation or frame, or now. */
  B.arm = (spec, timeoutMs = 60000) => {
    let resolve, reject;
    const promise = new Promise((a, b) => ((resolve = a), (reject = b)));
    armed = { spec, resolve, reject, promise, done: false };
    const mine = armed;
    setTimeout(() => {
      if (mine.done) return;
      mine.done = true;
      const headings = all('h1, h2, h3, h4, h5, h6, [role="heading"], fieldset, [role="radiogroup"], [role="group"]').map(
        (h) => norm(h.tagName === "FIELDSET" || h.getAttribute("role") ? groupName(h) : h.textContent).slice(0, 60),
      );
      const buttons = all('button, input[type="button"], input[type="submit"]').map(buttonName);
      mine.reject(new Error(`probe: timed out after ${timeoutMs} ms waiting for ${JSON.stringify(spec)}; ` +
        `headings and groups ${JSON.stringify(headings)}, buttons ${JSON.stringify(buttons)}`));
    }, timeoutMs);
    check();
  };

  /** Wait for the armed screen; return when it was ready and where to click on it. */
  B.waitArmed = async (tag) => {
    const { t, seen, found } = await armed.promise;
    if (armed.spec.question) {
      B.expectClick(tag, armed.spec, found.radio);
      return { t, seen, ...pointOf(radioBox(found.radio)) };
    }
    return { t, seen, ...pointOf(found) };
  };

  /** Arm the next screen, and say where the button that leads to it is now. */
  B.armAndLocate = (nextSpec, button, tag, timeoutMs) => {
    const el = findButton(button);
    if (!el) throw new Error(`probe: no visible, enabled button named ${JSON.stringify(button)}`);
    const point = pointOf(el);
    B.expectClick(tag, { button }, el);
    B.arm(nextSpec, timeoutMs);
    return point;
  };

  // ---- clicks and answers --------------------------------------------------
  // Every trusted click while one is expected is recorded with whether it hit
  // the element meant (or its label). A click that missed (the page moved
  // between locating and clicking) is retried by the harness at the
  // element's new place; a label's forwarded click to its radio is not
  // recorded, since the label's own click already hit.
  let expected = null; // { tag, spec, el }
  B.expectClick = (tag, spec, el) => (expected = { tag, spec, el });
  // A hit: the click reached the element located, or one the spec names now
  // (a library may re-render an element between locating and clicking).
  const hits = (path, { spec, el }) =>
    path.includes(el) ||
    [...(el.labels ?? [])].some((l) => path.includes(l)) ||
    path.some((node) => {
      if (!(node instanceof Element)) return false;
      if (spec.button) return node.matches?.('button, input[type="button"], input[type="submit"], [role="button"]') && buttonName(node) === spec.button;
      const radio = node.matches?.('input[type="radio"]') ? node : node.tagName === "LABEL" ? node.control : null;
      return radio?.type === "radio" && radioName(radio) === spec.radio;
    });
  addEventListener(
    "click",
    (event) => {
      if (!event.isTrusted || expected === null) return;
      const path = event.composedPath();
      const hit = hits(path, expected);
      const record = { tag: expected.tag, t: event.timeStamp, handled: now(), target: path[0]?.tagName ?? "?", hit };
      if (!hit) record.missed = `${path[0]?.tagName}.${path[0]?.className?.baseVal ?? path[0]?.className ?? ""} at ${event.clientX},${event.clientY}`;
      B.clicks.push(record);
      if (hit) expected = null;
    },
    true,
  );
  /** Find what spec names, waiting up to timeoutMs for it (checked every frame). */
  const waitFind = (spec, timeoutMs) =>
    new Promise((resolve) => {
      const until = now() + timeoutMs;
      const look = () => {
        const el = spec.button ? findButton(spec.button) : findQuestion(spec.question, spec.radio)?.radio;
        if (el || now() > until) resolve(el ?? null);
        else requestAnimationFrame(look);
      };
      look();
    });
  /** Whether the last click for tag hit; if not, where the element is now. */
  B.clickResult = async (tag, timeoutMs = 10000) => {
    const record = B.clicks.filter((c) => c.tag === tag).at(-1);
    if (record?.hit) return { hit: true };
    if (!expected || expected.tag !== tag) return { hit: false, error: `no click expected for ${tag}` };
    const spec = expected.spec;
    const el = await waitFind(spec, timeoutMs);
    if (!el) return { hit: false, error: `${JSON.stringify(spec)} is gone (last click: ${record?.missed ?? "none recorded"})` };
    expected.el = el;
    return { hit: false, delivered: !!record, missed: record?.missed, ...pointOf(spec.button ? el : radioBox(el)) };
  };
  /** After the harness's click on tag: if it hit, go on with B[fn](...args) and return its value. */
  B.after = async (tag, fn, args = []) => {
    const r = await B.clickResult(tag);
    if (!r.hit) return r;
    return { hit: true, value: fn ? await B[fn](...args) : null };
  };
  /** The answer's change, then the next screen armed and the button to it located. */
  B.changeThenArm = async (tag, timeoutMs, nextSpec, button, nextTag) => {
    await B.waitChange(tag, timeoutMs);
    return B.armAndLocate(nextSpec, button, nextTag, timeoutMs);
  };
  // A radio's change, wherever it is (change events do not leave a shadow
  // root, so every root listens).
  const changeWaiters = [];
  function onChange(event) {
    const target = event.composedPath()[0];
    if (!event.isTrusted || target?.type !== "radio") return;
    const tag = B.clicks.filter((c) => c.hit).at(-1)?.tag ?? "?";
    const record = { tag, t: now(), name: radioName(target), checked: target.checked };
    B.changes.push(record);
    changeWaiters.splice(0).forEach((w) => w(record));
  }
  document.addEventListener("change", onChange, true);
  B.waitChange = (tag, timeoutMs = 60000) => {
    const done = B.changes.find((c) => c.tag === tag);
    if (done) return done;
    return Promise.race([
      new Promise((resolve) => changeWaiters.push((r) => r.tag === tag && resolve(r))),
      new Promise((_, reject) =>
        setTimeout(() => reject(new Error(`probe: the click for ${tag} was not reflected as a checked radio`)), timeoutMs),
      ),
    ]);
  };

  if (plan.start) B.arm(plan.start, plan.timeoutMs ?? 60000);
})();

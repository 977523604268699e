// Peer Compass loader: the one script a host page includes, as
//   <script type="module" src="…/embed.js"></script>
// It loads the widget from the folder it is served from, or from ?base=…
// (a path or URL), so the files can live on any path or origin. No inline
// script or style is needed, so it runs under a strict Content-Security-Policy.
const script = new URL(import.meta.url);
const base = new URL(script.searchParams.get("base") ?? ".", script);

// The loader's two messages, in every language the widget speaks. The same
// strings are in the widget's tables (core/src/text/), and a test keeps them equal.
const MESSAGES = {
  en: {
    unsupported: "Peer Compass needs a newer browser. Please open this page in an up-to-date Chrome, Edge, Firefox or Safari.",
    failed: "Peer Compass could not load. Please reload the page; if that does not help, the site may need to update its copy of the widget.",
  },
  nb: {
    unsupported: "Peer Compass trenger en nyere nettleser. Åpne siden i en oppdatert versjon av Chrome, Edge, Firefox eller Safari.",
    failed: "Peer Compass kunne ikke lastes. Last inn siden på nytt. Hjelper ikke det, må nettstedet kanskje oppdatere sin kopi av Peer Compass.",
  },
};

// The element's language, as the widget would choose it: its `lang`, else the
// page's, with Norwegian without a written standard and Nynorsk as Bokmål.
function language(host) {
  const tag = host.getAttribute("lang") || document.documentElement.lang || "en";
  const code = tag.toLowerCase().split(/[-_]/)[0];
  if (code in MESSAGES) return code;
  return code === "no" || code === "nn" ? "nb" : "en";
}

function fail(key) {
  for (const host of document.querySelectorAll("peer-compass")) {
    if (host.shadowRoot) continue;
    const lang = language(host);
    const note = document.createElement("p");
    note.setAttribute("role", "alert");
    note.lang = lang;
    note.textContent = MESSAGES[lang][key];
    host.replaceChildren(note);
  }
}

// Each element loads only the module it needs: the trainer's screens for
// mode="trainer" or "teach", the widget with the reader for a page's own
// questionnaire when it has a `content` attribute, else the lighter widget
// with the built-in questionnaire (docs/PERFORMANCE.md).
const trainerMode = (host) => /^\s*(trainer|teach)\s*$/i.exec(host.getAttribute("mode"))?.[1].toLowerCase();
const moduleFor = (host) =>
  trainerMode(host) ? "peer-compass-trainer" : host.hasAttribute("content") ? "peer-compass-full" : "peer-compass";

// A module's wasm is fetched at the same time as its JavaScript, not one after
// the other (a host page can start both even earlier: docs/EMBEDDING.md).
const modules = {};
const load = (name) =>
  (modules[name] ??= (async () => {
    const wasm = fetch(new URL(`${name}_bg.wasm`, base));
    wasm.catch(() => {});
    const module = await import(new URL(`${name}.js`, base).href);
    await module.default({ module_or_path: wasm });
    return module;
  })());

async function mount(host) {
  const name = moduleFor(host);
  const module = await load(name);
  if (name === "peer-compass-trainer") module.mount_trainer(host, trainerMode(host));
  else module.mount(host);
}

if (typeof WebAssembly !== "object" || !("attachShadow" in Element.prototype) || !("adoptedStyleSheets" in Document.prototype)) {
  fail("unsupported");
} else if (!customElements.get("peer-compass")) {
  // Defining the element mounts every one on the page now (their modules
  // load in parallel), and any the page adds later when it connects. An
  // element already mounted is left as it is.
  customElements.define("peer-compass", class extends HTMLElement {
    connectedCallback() {
      mount(this).catch((error) => {
        console.error("Peer Compass could not load:", error);
        fail("failed");
      });
    }
  });
}

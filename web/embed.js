// Peer Compass loader: the one script a host page includes, as
//   <script type="module" src="…/embed.js"></script>
// It loads the widget from the folder it is served from, or from ?base=…
// (a path or URL), so the files can live on any path or origin. No inline
// script or style is needed, so it runs under a strict Content-Security-Policy.
const script = new URL(import.meta.url);
const base = new URL(script.searchParams.get("base") ?? ".", script);

function fail(message) {
  for (const host of document.querySelectorAll("peer-compass")) {
    if (host.shadowRoot) continue;
    const note = document.createElement("p");
    note.setAttribute("role", "alert");
    note.textContent = message;
    host.replaceChildren(note);
  }
}

if (typeof WebAssembly !== "object" || !("attachShadow" in Element.prototype) || !("adoptedStyleSheets" in Document.prototype)) {
  fail("Peer Compass needs a newer browser. Please open this page in an up-to-date Chrome, Edge, Firefox or Safari.");
} else {
  try {
    const { default: init, mount } = await import(new URL("peer-compass.js", base).href);
    await init({ module_or_path: new URL("peer-compass_bg.wasm", base) });
    // Elements added to the page later are mounted when they connect.
    if (!customElements.get("peer-compass")) {
      customElements.define("peer-compass", class extends HTMLElement {
        connectedCallback() {
          mount(this);
        }
      });
    }
  } catch (error) {
    console.error("Peer Compass could not load:", error);
    fail("Peer Compass could not load. Please reload the page; if that does not help, the site may need to update its copy of the widget.");
  }
}

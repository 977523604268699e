// Peer Compass loader: the one script a host page includes. It loads the
// widget from the folder this file is served from, so the files can live on
// any path or origin, and needs no inline script or style.
const here = new URL(".", import.meta.url);

function fail(message) {
  for (const host of document.querySelectorAll("peer-compass")) {
    if (host.shadowRoot) continue;
    const note = document.createElement("p");
    note.setAttribute("role", "alert");
    note.textContent = message;
    host.replaceChildren(note);
  }
}

if (typeof WebAssembly !== "object" || !("attachShadow" in Element.prototype)) {
  fail("Peer Compass needs a newer browser (with WebAssembly). Please open this page in an up-to-date Chrome, Edge, Firefox or Safari.");
} else {
  try {
    const { default: init } = await import(new URL("peer-compass.js", here).href);
    await init({ module_or_path: new URL("peer-compass_bg.wasm", here) });
  } catch (error) {
    console.error("Peer Compass could not load:", error);
    fail("Peer Compass could not load. Please reload the page; if that does not help, the site may need to update its copy of the widget.");
  }
}

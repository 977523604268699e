// The standalone page for iframes. Attributes come from the query string
// (lang, theme, organisation, save, events), e.g.
//   frame.html?lang=nb&organisation=Fjordvik&resize=https://www.example.org
// With ?resize=<parent origin> it tells the parent its height whenever it
// changes: postMessage({type: "peer-compass:height", height}, origin).
const params = new URLSearchParams(location.search);
const widget = document.querySelector("peer-compass");
for (const name of ["lang", "theme", "organisation", "save", "events"]) {
  const value = params.get(name);
  if (value !== null) widget.setAttribute(name, value);
}
if (params.get("lang")) document.documentElement.lang = params.get("lang");

const parentOrigin = params.get("resize");
if (parentOrigin && window.parent !== window) {
  let last = 0;
  const report = () => {
    const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height !== last) {
      last = height;
      window.parent.postMessage({ type: "peer-compass:height", height }, parentOrigin);
    }
  };
  new ResizeObserver(report).observe(document.documentElement);
  report();
}

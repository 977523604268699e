// The parent side of the iframe example: point the frame at the widget page,
// asking it to report its height, and follow what it says.
const frame = document.getElementById("compass-frame");
const frameUrl = new URL("../frame.html", import.meta.url);
frameUrl.searchParams.set("resize", location.origin);
frameUrl.searchParams.set("organisation", "Framed Services");

window.addEventListener("message", (event) => {
  if (event.source !== frame.contentWindow || event.origin !== frameUrl.origin) return;
  if (event.data?.type === "peer-compass:height" && Number.isFinite(event.data.height)) {
    frame.height = String(event.data.height);
  }
});
frame.src = frameUrl.href;

// Facts about the built widget that both suites check against.
export const ITEMS = 24;
/** The five points of the scale, in order. */
export const LABELS = ["Never", "Rarely", "Sometimes", "Often", "Always"];
/** Everything the demo page loads: the page, its own stylesheet, and the widget's three files. */
export const OWN_ASSETS = ["/", "/demo.css", "/embed.js", "/peer-compass.js", "/peer-compass_bg.wasm"];
export const ASSET_ORIGIN = "http://127.0.0.1:8081";
export const OTHER_ORIGIN = "http://127.0.0.1:8082";

// The widget with the JSON content reader (`custom-content`): the same
// binary as `main.rs`, built as a second module that `embed.js` loads only
// for elements with a `content` attribute, so that everyone else loads the
// lighter one (docs/PERFORMANCE.md).

include!("../main.rs");

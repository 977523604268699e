//! Files the person takes with them or brings back: downloads made in the
//! browser (no request leaves it) and a chosen file read back.

use wasm_bindgen::JsCast;
use web_sys::{Blob, BlobPropertyBag, HtmlAnchorElement, HtmlInputElement, Url};

/// Offers `text` as a file named `name` to download.
pub fn download(name: &str, mime: &str, text: &str) {
    let parts = js_sys::Array::of1(&text.into());
    let options = BlobPropertyBag::new();
    options.set_type(mime);
    let Ok(blob) = Blob::new_with_str_sequence_and_options(&parts, &options) else {
        return;
    };
    let Ok(url) = Url::create_object_url_with_blob(&blob) else {
        return;
    };
    let link = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.create_element("a").ok())
        .and_then(|a| a.dyn_into::<HtmlAnchorElement>().ok());
    if let Some(link) = link {
        link.set_href(&url);
        link.set_download(name);
        link.click();
    }
    let _ = Url::revoke_object_url(&url);
}

/// Today's date and time as ISO 8601 (UTC).
pub fn now() -> String {
    String::from(js_sys::Date::new_0().to_iso_string())
}

/// Reads the file chosen in `input` as text and hands it to `done` (an error
/// when it cannot be read). gloo's file reader wraps the browser's; the
/// reader is kept until it finishes. Files over `limit` bytes are not read.
pub fn read_chosen(
    input: &HtmlInputElement,
    limit: u64,
    done: impl FnOnce(Result<String, u64>) + 'static,
) {
    let Some(file) = input.files().and_then(|files| files.get(0)) else {
        return;
    };
    input.set_value("");
    let file = gloo::file::File::from(file);
    if file.size() > limit {
        done(Err(file.size()));
        return;
    }
    let reader = std::rc::Rc::new(std::cell::RefCell::new(None));
    let keep = reader.clone();
    let task = gloo::file::callbacks::read_as_text(&file, move |result| {
        drop(keep.borrow_mut().take());
        done(result.map_err(|_| 0));
    });
    *reader.borrow_mut() = Some(task);
}

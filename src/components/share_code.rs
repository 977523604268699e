use peer_compass_core::qr::{Ecc, QrCode};
use peer_compass_core::text::strings;
use peer_compass_core::Lang;
use yew::prelude::*;

/// Props of [`ShareCode`].
#[derive(Properties, PartialEq)]
pub struct ShareCodeProps {
    /// Language shown.
    pub lang: Lang,
    /// The code, e.g. `K7QF-2M9X-Q3Z`.
    pub code: AttrValue,
    /// The trainer's page, for the QR code's link.
    #[prop_or_default]
    pub trainer: Option<AttrValue>,
}

/// The result's share code for a trainer's group picture: to read aloud,
/// copy, or scan as a QR code that opens the trainer's page with it.
#[component]
pub fn ShareCode(props: &ShareCodeProps) -> Html {
    let s = strings(props.lang);
    let status = use_state_eq(|| None::<&'static str>);
    let qr = use_state_eq(|| false);
    let copy = {
        let (status, code) = (status.clone(), props.code.to_string());
        Callback::from(move |_| {
            let status = status.clone();
            let clipboard = web_sys::window().map(|w| w.navigator().clipboard());
            let Some(clipboard) = clipboard else {
                status.set(Some(s.code_copy_failed));
                return;
            };
            let promise = clipboard.write_text(&code);
            wasm_bindgen_futures::spawn_local(async move {
                let copied = wasm_bindgen_futures::JsFuture::from(promise).await.is_ok();
                status.set(Some(if copied {
                    s.code_copied
                } else {
                    s.code_copy_failed
                }));
            });
        })
    };
    let toggle = {
        let qr = qr.clone();
        Callback::from(move |_| qr.set(!*qr))
    };
    let picture = props.trainer.as_ref().filter(|_| *qr).and_then(|trainer| {
        let link = format!("{trainer}#code={}", props.code);
        let code = QrCode::encode(link.as_bytes(), Ecc::Medium)?;
        let side = code.size() + 8;
        Some(html! {
            <figure class="pc-qr">
                <svg viewBox={format!("-4 -4 {side} {side}")} role="img" aria-label={s.code_qr_label}
                    width="200" height="200" shape-rendering="crispEdges">
                    <rect x="-4" y="-4" width={side.to_string()} height={side.to_string()} fill="#fff" />
                    <path d={code.svg_path()} fill="#000" />
                </svg>
                <figcaption class="pc-note">{ s.code_qr_note }</figcaption>
            </figure>
        })
    });
    html! {
        <section class="pc-panel pc-code pc-noprint">
            <h3 class="pc-subheading">{ s.code_heading }</h3>
            <p>{ s.code_lead }</p>
            <p class="pc-share-code"><code lang="en">{ props.code.clone() }</code></p>
            <div class="pc-actions">
                <button type="button" class="pc-button" onclick={copy}>{ s.code_copy }</button>
                if props.trainer.is_some() {
                    <button type="button" class="pc-button" aria-expanded={qr.to_string()} onclick={toggle}>
                        { if *qr { s.code_qr_hide } else { s.code_qr_show } }
                    </button>
                }
            </div>
            <p class="pc-note" role="status">{ status.unwrap_or_default() }</p>
            { for picture }
        </section>
    }
}

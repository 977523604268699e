use peer_compass_core::qr::{Ecc, QrCode};
use yew::prelude::*;

/// Props of [`Qr`].
#[derive(Properties, PartialEq)]
pub struct QrProps {
    /// What the code holds (a link).
    pub text: AttrValue,
}

/// A QR code, dark modules on a light ground whatever the theme or forced
/// colours (scanners need that contrast), with its quiet zone. Hidden from
/// screen readers: the address is always written out beside it. Nothing when
/// the text is too long for a code.
#[component]
pub fn Qr(props: &QrProps) -> Html {
    let code = use_memo(props.text.clone(), |text| {
        QrCode::encode(text.as_bytes(), Ecc::Medium).map(|code| (code.size(), code.svg_path()))
    });
    let Some((size, path)) = code.as_ref() else {
        return Html::default();
    };
    let side = (size + 8).to_string();
    html! {
        <svg class="pc-join__qr" viewBox={format!("-4 -4 {side} {side}")} aria-hidden="true" focusable="false"
            shape-rendering="crispEdges">
            <rect class="pc-join__ground" x="-4" y="-4" width={side.clone()} height={side} />
            <path class="pc-join__modules" d={path.clone()} />
        </svg>
    }
}

/// Whether `text` fits in a QR code.
pub fn fits(text: &str) -> bool {
    QrCode::encode(text.as_bytes(), Ecc::Medium).is_some()
}

//! Yew components for Peer Compass's other screens (the trainer's, which
//! load separately): the participant widget itself is markup
//! ([`crate::screens`]) driven by [`crate::app::App`], without Yew.

mod lang_switch;

pub use lang_switch::{LangSwitch, LangSwitchProps};

//! Peer Compass for researchers: `peer-compass-cli score` places each person in
//! a file of responses, `stats` checks the scales on pilot data, and
//! `calibrate` compares blind raters' answers with their cases' expected
//! results. See `docs/METHOD.md` §7 and `docs/VALIDATION.md`.

pub mod calibrate;
pub mod report;
pub mod responses;
pub mod score;
pub mod stats;

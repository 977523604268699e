//! All interface text, one table per language: labels, messages and the
//! templates that turn result facts ([`crate::explain`]) into sentences.
//! Questionnaire wording lives in the content instead.
//!
//! A table is a `const` [`Strings`]: a missing string is a compile error, and
//! nothing is parsed at start-up. Templates name their gaps, as in
//! `Question {n} of {total}`; [`fill`] fills them.

pub use words::{lower_first, Words};

use crate::lang::Lang;

/// A table of texts: a struct of `&'static str` fields, with [`Strings::all`]
/// (every field with its name, for checks over a whole table). The
/// interface's tables and the trainer's ([`trainer::TrainerStrings`]) are
/// both made by it.
macro_rules! table {
    ($(#[$meta:meta])* $table:ident { $( $(#[$doc:meta])* $name:ident, )* }) => {
        $(#[$meta])*
        #[derive(Debug, PartialEq, Eq)]
        pub struct $table {
            $( $(#[$doc])* pub $name: &'static str, )*
        }

        impl $table {
            /// Every string with its field name, for checks over the whole table.
            pub fn all(&self) -> Vec<(&'static str, &'static str)> {
                vec![$( (stringify!($name), self.$name), )*]
            }

            /// The table with `f` applied to every string (the pseudo-locale).
            #[cfg(feature = "pseudo")]
            #[allow(dead_code)]
            fn map(&self, f: impl Fn(&str) -> String) -> $table {
                $table { $( $name: Box::leak(f(self.$name).into_boxed_str()), )* }
            }
        }
    };
}

mod en;
mod nb;
pub mod trainer;
mod words;

table! {
    /// Every fixed text of the interface, in one language.
    Strings {
        /// The language switch's label ("Language"); the switch joins the
        /// labels of every language it offers.
        language_label,
        welcome_lead,
        welcome_roles,
        welcome_time,
        privacy_heading,
        reflection,
        start,
        /// `{n}`, `{total}`.
        question_of,
        skip_note,
        outside_scale,
        back,
        next,
        clear_answer,
        check_heading,
        check_lead,
        not_answered,
        change,
        change_hidden,
        see_result,
        result_heading,
        /// What the co-production mode means, in plain words first.
        mode_consumer,
        mode_participative,
        mode_enhanced,
        why_heading,
        profile_heading,
        profile_lead,
        not_enough,
        of_100,
        show_table,
        show_context_table,
        table_dimension,
        table_score,
        table_answered,
        context_heading,
        context_lead,
        for_you,
        for_organisation,
        your_organisation,
        roles_heading,
        print,
        start_again,
        confirm_restart,
        confirm_yes,
        confirm_no,
        error_heading,
        version,
        privacy,
        privacy_keep_none,
        privacy_keep_choice,
        /// `{organisation}`: its name, or "this website".
        privacy_share,
        privacy_no_share,
        remember_choice,
        remember_note,
        storage_unavailable,
        storage_failed,
        /// `{date}`.
        resume_lead,
        /// When the kept answers have no date (kept by the 2026.11 widget).
        resume_lead_undated,
        resume_continue,
        resume_fresh,
        /// `{count}`: answers kept from an earlier questionnaire version.
        restored_earlier,
        saved_unreadable,
        history_heading,
        /// `{date}`, `{headline}`.
        history_last,
        /// `{score}` beside a bar.
        history_before,
        /// `{version}`.
        history_version,
        history_open,
        history_compare,
        history_delete,
        /// `{date}`: completes "Open", "Delete" for screen readers.
        history_hidden,
        /// `{date}`.
        viewing_heading,
        viewing_note,
        viewing_close,
        continue_from,
        files_heading,
        download_json,
        download_csv,
        import_label,
        /// `{reason}`: one of the `import_*` reasons.
        import_error,
        import_too_large,
        import_not_json,
        import_foreign,
        import_future,
        import_damaged,
        /// `{version}`, `{count}`.
        imported_other_version,
        forget_button,
        forget_confirm,
        forget_yes,
        forget_no,
        forgotten,
        share_heading,
        /// `{organisation}`.
        share_button,
        share_note,
        /// `{organisation}`.
        shared,
        /// After a download: `{file}`.
        downloaded,
        this_website,
        /// The loader's messages (web/embed.js keeps a copy; a test compares them).
        loader_unsupported,
        loader_failed,
        code_heading,
        code_lead,
        code_copy,
        code_copied,
        code_copy_failed,
        code_qr_show,
        code_qr_label,
        code_qr_note,
        /// For the site: `{code}` asked for, `{shown}` the language shown
        /// instead, `{codes}` the ones available.
        notice_unknown_lang,
        /// For the site: `{theme}`.
        notice_unknown_theme,
        /// Joins two rung names in a sentence.
        and,
        /// `{name}`: the rung's name as written.
        headline_rung,
        /// `{rung}`, `{next}`: names mid-sentence.
        headline_between,
        /// `{name}`.
        headline_uneven,
        headline_little_room,
        headline_token,
        headline_not_placed,
        /// `{rung}`.
        overview_rung,
        /// `{rung}`, `{next}`.
        overview_between,
        /// Follows the overview of an uneven placement; `{gap}`: the rungs below
        /// that show less.
        overview_uneven,
        overview_little_room,
        overview_token,
        overview_not_placed,
        /// A rung's status, mid-sentence.
        status_in_place,
        status_partly,
        status_not_yet,
        /// `{name}`, `{status}`, `{answer}`, `{item}`: a rung and the answer that
        /// shows it, when the person makes it happen.
        evidence,
        /// As `evidence`, when the workplace makes it happen.
        evidence_workplace,
        /// `{name}`.
        evidence_outside_role,
        /// `{name}`, `{answered}`, `{total}`, `{needed}`.
        evidence_unknown,
        /// `{dimension}`, `{score}`.
        context_scored,
        /// `{dimension}`.
        context_unknown,
    }
}

/// The table for a language.
pub fn strings(lang: Lang) -> &'static Strings {
    match lang {
        Lang::En => &en::EN,
        Lang::Nb => &nb::NB,
        #[cfg(feature = "pseudo")]
        Lang::Pseudo => {
            static PSEUDO: std::sync::OnceLock<Strings> = std::sync::OnceLock::new();
            PSEUDO.get_or_init(|| en::EN.map(crate::lang::pseudo))
        }
    }
}

/// Fills a template's `{name}` gaps from `values`, in one pass: a value is
/// never read as a template itself, and a gap with no value stays as it is.
pub fn fill(template: &str, values: &[(&str, &str)]) -> String {
    let mut out = String::with_capacity(template.len());
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        let value = after.find('}').and_then(|close| {
            let name = &after[..close];
            values
                .iter()
                .find(|(key, _)| *key == name)
                .map(|(_, value)| (*value, close))
        });
        match value {
            Some((value, close)) => {
                out.push_str(value);
                rest = &after[close + 1..];
            }
            None => {
                out.push('{');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fill_replaces_named_gaps_once() {
        #[rustfmt::skip]
        let cases = [
            ("Question {n} of {total}", "Question 3 of 24"),
            ("{n}{n}", "33"),
            ("no gaps", "no gaps"),
            ("{unknown} and {n}", "{unknown} and 3"),
            ("{n", "{n"),
            ("}{total}{", "}24{"),
            ("", ""),
        ];
        for (template, expected) in cases {
            assert_eq!(
                fill(template, &[("n", "3"), ("total", "24")]),
                expected,
                "{template:?}"
            );
        }
        // A value is not a template: an organisation named "{n}" stays so.
        assert_eq!(
            fill("Ask {organisation}", &[("organisation", "{n}"), ("n", "3")]),
            "Ask {n}"
        );
    }

    #[test]
    fn every_table_is_complete_and_its_gaps_match_english() {
        let gaps = |text: &str| {
            let mut names: Vec<String> = text
                .split('{')
                .skip(1)
                .filter_map(|part| part.split_once('}').map(|(name, _)| name.to_owned()))
                .collect();
            names.sort();
            names
        };
        let english = strings(Lang::En).all();
        for &lang in Lang::ALL {
            let table = strings(lang).all();
            assert_eq!(table.len(), english.len());
            for ((field, text), (_, reference)) in table.iter().zip(&english) {
                assert!(!text.trim().is_empty(), "{lang}: {field} is empty");
                assert_eq!(
                    gaps(text),
                    gaps(reference),
                    "{lang}: {field} has other gaps than English"
                );
            }
        }
    }

    #[test]
    fn no_string_is_left_in_english_in_another_language() {
        // The same in both languages: "Start", and a template that is only a name.
        let same = ["start", "headline_rung"];
        let english = strings(Lang::En).all();
        for (field, text) in strings(Lang::Nb).all() {
            let reference = english.iter().find(|(f, _)| *f == field).unwrap().1;
            if !same.contains(&field) {
                assert_ne!(text, reference, "nb: {field} is the English text");
            }
        }
    }
}

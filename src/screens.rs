//! The screens as markup: plain functions of the set-up and the state,
//! tested natively. The widget's root turns the controls' [`Act`]s into
//! actions ([`crate::app::App`]); [`crate::markup`] says why screens are text.

use crate::app::{Keeping, Setup};
use crate::markup::{Act, Markup};
use crate::state::{Confirm, Resume, State, Viewing};
use peer_compass_core::code::Shared;
use peer_compass_core::qr::{Ecc, QrCode};
use peer_compass_core::record::{Outcome, Record};
use peer_compass_core::text::{fill, Strings, Words};
use peer_compass_core::{
    assess, explain, suggest, Answer, Answers, Assessment, Audience, DimensionKind, DimensionScore,
    Lang, Rung, Screen,
};

const BUTTON: &str = "pc-button";
const PRIMARY: &str = "pc-button pc-button--primary";
const LINK: &str = "pc-link";

/// The date part of an ISO 8601 date and time, as results show it.
pub fn day(date: &str) -> &str {
    date.get(..10).unwrap_or(date)
}

/// How long a questionnaire of `statements` takes, in minutes, for the
/// welcome screen: about 24 seconds a statement (the built-in 25 take 10 to
/// 15 minutes), rounded to five minutes, at least 5 to 10.
pub fn minutes(statements: usize) -> (usize, usize) {
    let low = ((statements * 24 + 150) / 300 * 5).max(5);
    (low, low + 5)
}

/// What the privacy statement says in this set-up: exactly what the widget
/// does, and nothing more. Sentences, in order.
/// `choose`: whether the person can choose to be remembered on this device.
pub fn privacy(s: &Strings, choose: bool, share: Option<&str>) -> [String; 3] {
    [
        s.privacy.to_owned(),
        if choose {
            s.privacy_keep_choice
        } else {
            s.privacy_keep_none
        }
        .to_owned(),
        match share {
            Some(organisation) => fill(s.privacy_share, &[("organisation", organisation)]),
            None => s.privacy_no_share.to_owned(),
        },
    ]
}

/// The language buttons, each named in its own language; the group is
/// labelled in every language it offers ("Language / Språk").
pub fn lang_switch(m: &mut Markup, offered: &[Lang], shown: Lang) {
    let label: Vec<&str> = offered
        .iter()
        .map(|&lang| peer_compass_core::text::strings(lang).language_label)
        .collect();
    m.el(
        "<div class=\"pc-lang\" role=\"group\" aria-label=\"",
        &label.join(" / "),
        "\">",
    );
    for (index, &lang) in offered.iter().enumerate() {
        m.raw("<button type=\"button\" class=\"pc-lang__button")
            .act(Act::Lang, Some(index))
            .raw(" lang=\"")
            .raw(lang.code())
            .raw(if lang == shown {
                "\" aria-pressed=\"true\">"
            } else {
                "\" aria-pressed=\"false\">"
            })
            .text(lang.native_name())
            .raw("</button>");
    }
    m.raw("</div>");
}

/// The screen for `state`.
pub fn screen(setup: &Setup, state: &State) -> String {
    render(setup, state, matches!(setup.keeping, Keeping::Offered(_)))
}

/// What shows in place of the questionnaire when its content cannot be used.
pub fn error(lang: Lang, message: &str) -> String {
    let mut m = Markup::new();
    m.raw("<section class=\"pc pc--error\" lang=\"")
        .raw(lang.code())
        .el(
            "\" role=\"alert\" aria-label=\"Peer Compass\"><h2 class=\"pc-heading\">",
            peer_compass_core::text::strings(lang).error_heading,
            "</h2>",
        )
        .el("<p class=\"pc-error__message\">", message, "</p></section>");
    m.finish()
}

/// [`screen`], told whether the person can choose to be remembered (which
/// native tests cannot set up: it needs the browser's storage).
fn render(setup: &Setup, state: &State, keeping: bool) -> String {
    let mut m = Markup::new();
    let words = Words::new(&setup.content, state.lang);
    let view = View {
        setup,
        state,
        keeping,
        words: &words,
        s: words.strings,
    };
    if let Some(viewing) = &state.viewing {
        view.opened(&mut m, viewing);
    } else {
        match state.flow.screen {
            Screen::Welcome => view.welcome(&mut m),
            Screen::Question(index) => view.question(&mut m, index),
            Screen::Check => view.check(&mut m),
            Screen::Result => view.result(&mut m),
        }
    }
    m.finish()
}

/// What every screen reads.
struct View<'a> {
    setup: &'a Setup,
    state: &'a State,
    /// Whether the person can choose to be remembered on this device.
    keeping: bool,
    words: &'a Words<'a>,
    s: &'static Strings,
}

impl View<'_> {
    fn lang(&self) -> Lang {
        self.state.lang
    }

    fn heading(&self, m: &mut Markup, text: &str) {
        m.el("<h2 class=\"pc-heading\" tabindex=\"-1\">", text, "</h2>");
    }

    fn subheading(&self, m: &mut Markup, text: &str) {
        m.el("<h3 class=\"pc-subheading\">", text, "</h3>");
    }

    /// The person's choice to be remembered, where the site offers it.
    fn remember(&self, m: &mut Markup) {
        if !self.keeping {
            return;
        }
        m.raw("<div class=\"pc-save\"><label class=\"pc-save__label\"><input type=\"checkbox\" class=\"pc-save__input")
            .act(Act::Remember, None)
            .raw(if self.state.remember { " checked>" } else { ">" })
            .text(self.s.remember_choice)
            .raw("</label>")
            .el("<p class=\"pc-note\">", self.s.remember_note, "</p></div>");
    }

    /// A file input for a result downloaded before.
    fn import(&self, m: &mut Markup) {
        m.el(
            "<p class=\"pc-file\"><label class=\"pc-file__label\">",
            self.s.import_label,
            "<input type=\"file\" class=\"pc-file__input",
        )
        .act(Act::Import, None)
        .raw(" accept=\".json,application/json\"></label></p>");
    }

    /// A confirmation in place of the buttons that asked for it.
    fn confirm(&self, m: &mut Markup, question: &str, yes: (Act, &str), no: (Act, &str)) {
        m.el(
            "<div class=\"pc-confirm\" role=\"alert\"><p tabindex=\"-1\">",
            question,
            "</p><div class=\"pc-actions\">",
        )
        .button(PRIMARY, yes.0, None, yes.1)
        .button(BUTTON, no.0, None, no.1)
        .raw("</div></div>");
    }

    /// One question: a native radio group in a fieldset whose legend is the
    /// question, the labelled points and the two answers outside the scale.
    /// The form's submit is Next.
    fn question(&self, m: &mut Markup, index: usize) {
        let (s, lang) = (self.s, self.lang());
        let content = &self.setup.content;
        let flow = &self.state.flow;
        let Some(item) = content.items().get(index) else {
            return;
        };
        let total = content.items().len().to_string();
        let number = (index + 1).to_string();
        let answer = flow.answers.get(index);
        let dimension = content.dimension_of(index).map_or("", |d| d.name.get(lang));
        let id = index.to_string();
        m.el(
            "<form class=\"pc-screen pc-question\" novalidate><p class=\"pc-progress\"><span class=\"pc-progress__dimension\">",
            dimension,
            "</span>",
        )
        .el(
            "<span class=\"pc-progress__count\">",
            &fill(s.question_of, &[("n", &number), ("total", &total)]),
            "</span></p><progress class=\"pc-progress__bar\" max=\"",
        )
        .raw(&total)
        .raw("\" value=\"")
        .raw(&number)
        .raw("\" aria-hidden=\"true\"></progress><fieldset class=\"pc-fieldset\" aria-describedby=\"pc-q")
        .raw(&id)
        .raw("-scale");
        let hint = item.hint.as_ref().map(|hint| hint.get(lang));
        if hint.is_some() {
            m.raw(" pc-q").raw(&id).raw("-hint");
        }
        m.el(
            "\"><legend class=\"pc-legend\"><h2 class=\"pc-heading pc-heading--question\" tabindex=\"-1\">",
            item.text.get(lang),
            "</h2></legend><p class=\"pc-scale-question\" id=\"pc-q",
        )
        .raw(&id)
        .el("-scale\">", content.scale_of(index).question.get(lang), "</p>");
        if let Some(hint) = hint {
            m.raw("<p class=\"pc-hint\" id=\"pc-q")
                .raw(&id)
                .el("-hint\">", hint, "</p>");
        }
        m.raw("<div class=\"pc-options\">");
        let mut outside = false;
        for option in Answer::offered(content.points_of(index)) {
            if option.point().is_none() && !outside {
                outside = true;
                m.el(
                    "</div><p class=\"pc-or\">",
                    s.outside_scale,
                    "</p><div class=\"pc-options pc-options--outside\">",
                );
            }
            let code = option.code().to_string();
            m.raw(if outside {
                "<label class=\"pc-option pc-option--outside\" for=\"pc-q"
            } else {
                "<label class=\"pc-option\" for=\"pc-q"
            })
            .raw(&id)
            .raw("-")
            .raw(&code)
            .raw("\"><input class=\"pc-option__input\" type=\"radio\" id=\"pc-q")
            .raw(&id)
            .raw("-")
            .raw(&code)
            .raw("\" name=\"pc-q")
            .raw(&id)
            .raw("\" value=\"")
            .raw(&code)
            .act(Act::Answer, None)
            .raw(if answer == Some(option) {
                " checked>"
            } else {
                ">"
            })
            .el(
                "<span class=\"pc-option__label\">",
                content.label(index, option).get(lang),
                "</span></label>",
            );
        }
        m.el("</div></fieldset><p class=\"pc-note\">", s.skip_note, " ")
            .raw("<button type=\"button\" class=\"pc-link")
            .act(Act::Clear, None)
            .raw(if answer.is_none() { " hidden>" } else { ">" })
            .text(s.clear_answer)
            .raw("</button></p><div class=\"pc-actions\">")
            .button(BUTTON, Act::Back, None, s.back)
            // A submit button, so that Enter in the radio group moves on;
            // its click (which that Enter also makes) is handled, as a frame
            // sandboxed without allow-forms sends no submit.
            .raw("<button type=\"submit\" class=\"pc-button pc-button--primary")
            .act(Act::Next, None)
            .raw(">")
            .text(if flow.returning {
                s.check_heading
            } else {
                s.next
            })
            .raw("</button></div></form>");
    }

    /// What the tool is for, how long it takes, what happens to the answers,
    /// and (when there are answers kept on this device) a way to carry on.
    fn welcome(&self, m: &mut Markup) {
        let s = self.s;
        m.raw("<div class=\"pc-screen pc-welcome\">");
        self.heading(m, self.setup.content.title().get(self.lang()));
        if let Some(resume) = &self.state.resume {
            self.resume(m, resume);
        }
        let (low, high) = minutes(self.setup.content.items().len());
        m.el("<p class=\"pc-lead\">", s.welcome_lead, "</p>")
            .p(&fill(
                s.welcome_roles,
                &[(
                    "roles",
                    &Words::new(&self.setup.content, self.lang()).ladder(),
                )],
            ))
            .p(&fill(
                s.welcome_time,
                &[("low", &low.to_string()), ("high", &high.to_string())],
            ))
            .raw("<div class=\"pc-panel pc-privacy\">");
        self.subheading(m, s.privacy_heading);
        let share = self
            .setup
            .events
            .then(|| self.setup.organisation_or(s.this_website));
        for sentence in privacy(s, self.keeping, share) {
            m.p(&sentence);
        }
        self.remember(m);
        m.raw("</div>").p(s.reflection);
        if self.state.resume.is_none() {
            m.raw("<div class=\"pc-actions\">")
                .button(PRIMARY, Act::Start, None, s.start)
                .raw("</div>");
        }
        self.import(m);
        m.raw("</div>");
    }

    fn resume(&self, m: &mut Markup, resume: &Resume) {
        let s = self.s;
        m.raw("<div class=\"pc-panel pc-resume\">")
            .p(&if resume.date.is_empty() {
                s.resume_lead_undated.to_owned()
            } else {
                fill(s.resume_lead, &[("date", day(&resume.date))])
            });
        if let Some(count) = resume.carried {
            m.p(&fill(s.restored_earlier, &[("count", &count.to_string())]));
        }
        m.raw("<div class=\"pc-actions\">")
            .button(PRIMARY, Act::Continue, None, s.resume_continue)
            .button(BUTTON, Act::Fresh, None, s.resume_fresh)
            .raw("</div></div>");
    }

    /// Every answer by dimension, each with a Change button that opens the
    /// question and comes back here.
    fn check(&self, m: &mut Markup) {
        let (s, lang) = (self.s, self.lang());
        let content = &self.setup.content;
        m.raw("<div class=\"pc-screen pc-check\">");
        self.heading(m, s.check_heading);
        m.el("<p class=\"pc-lead\">", s.check_lead, "</p>");
        for (dim_index, dim) in content.dimensions().iter().enumerate() {
            self.subheading(m, dim.name.get(lang));
            m.raw("<dl class=\"pc-summary\">");
            for (index, item) in content.items_of(dim_index) {
                let answer = self.state.flow.answers.get(index);
                let question = item.text.get(lang);
                m.el(
                    "<div class=\"pc-summary__row\"><dt class=\"pc-summary__question\">",
                    question,
                    "</dt>",
                )
                .el(
                    if answer.is_some() {
                        "<dd class=\"pc-summary__answer\">"
                    } else {
                        "<dd class=\"pc-summary__answer pc-summary__answer--none\">"
                    },
                    answer.map_or(s.not_answered, |a: Answer| {
                        content.label(index, a).get(lang)
                    }),
                    "</dd><dd class=\"pc-summary__change\"><button type=\"button\" class=\"pc-link",
                )
                .act(Act::Change, Some(index))
                .raw(">")
                .text(s.change)
                .el("<span class=\"pc-vh\"> ", s.change_hidden, " ")
                .text(question)
                .raw("</span></button></dd></div>");
            }
            m.raw("</dl>");
        }
        m.raw("<div class=\"pc-actions\">")
            .button(BUTTON, Act::Back, None, s.back)
            .button(PRIMARY, Act::SeeResult, None, s.see_result)
            .raw("</div></div>");
    }

    /// Placement with its explanation, the profile as sorted bars and a
    /// table (with the earlier result's values beside them), organisational
    /// conditions as context, suggestions, what the roles mean, the share
    /// code, earlier results, files to take away, and sharing when the site
    /// offers it.
    fn result(&self, m: &mut Markup) {
        let (s, lang, words) = (self.s, self.lang(), self.words);
        let setup = self.setup;
        let content = &setup.content;
        let answers = &self.state.flow.answers;
        let result = assess(content, answers);
        let facts = explain(content, answers, &result);
        let earlier = self.state.earlier();
        m.raw("<div class=\"pc-screen pc-result\">").el(
            "<p class=\"pc-eyebrow\">",
            s.result_heading,
            "</p>",
        );
        self.heading(m, &words.headline(&result.placement));
        m.el("<p class=\"pc-lead\">", &words.overview(&facts), "</p>");
        if let Some(mode) = result.mode {
            m.p(words.mode(mode));
        }
        if let Some(record) = earlier {
            m.el(
                "<p class=\"pc-since\">",
                &fill(
                    s.history_last,
                    &[
                        ("date", day(&record.date)),
                        ("headline", &words.headline(&record.result.placement)),
                    ],
                ),
                "</p>",
            );
        }
        for (audience, title) in [
            (Audience::You, s.for_you),
            (Audience::Organisation, s.for_organisation),
        ] {
            m.raw("<section class=\"pc-suggestions\">");
            self.subheading(m, title);
            m.raw("<ol class=\"pc-suggestions__list\">");
            for suggestion in suggest(content, answers, &result, audience) {
                m.el(
                    "<li>",
                    &words.suggestion(&suggestion.text, setup.organisation.as_deref()),
                    "</li>",
                );
            }
            m.raw("</ol></section>");
        }
        let earlier_outcome = earlier.map(|record| &record.result);
        for (kind, class, heading, lead) in [
            (
                DimensionKind::Person,
                "<section>",
                s.profile_heading,
                s.profile_lead,
            ),
            (
                DimensionKind::Context,
                "<section class=\"pc-context\">",
                s.context_heading,
                s.context_lead,
            ),
        ] {
            m.raw(class);
            self.subheading(m, heading);
            m.el("<p class=\"pc-note\">", lead, "</p>");
            self.profile(m, &result, kind, earlier_outcome);
            m.raw("</section>");
        }
        m.raw("<section>");
        self.subheading(m, s.why_heading);
        m.raw("<ul class=\"pc-evidence\">");
        for evidence in &facts.rungs {
            m.el("<li>", &words.evidence(evidence), "</li>");
        }
        for note in &facts.context {
            m.el("<li>", &words.context(note), "</li>");
        }
        m.raw("</ul></section><section class=\"pc-roles\">");
        self.subheading(m, s.roles_heading);
        m.raw("<dl>");
        for rung in Rung::ALL {
            let info = content.rung(rung);
            m.el("<dt>", info.name.get(lang), "</dt>").el(
                "<dd>",
                info.description.get(lang),
                "</dd>",
            );
        }
        m.raw("</dl></section>").el(
            "<p class=\"pc-note pc-version\">",
            &format!("{} {}", s.version, content.version()),
            "</p>",
        );
        if setup.events {
            m.raw("<section class=\"pc-panel pc-share pc-noprint\">");
            self.subheading(m, s.share_heading);
            m.p(s.share_note).raw("<p>").button(
                BUTTON,
                Act::Share,
                None,
                &fill(
                    s.share_button,
                    &[("organisation", setup.organisation_or(s.this_website))],
                ),
            );
            m.raw("</p></section>");
        }
        self.share_code(m, &Shared::of(content, &result).code());
        if !self.state.history.is_empty() {
            self.history(m);
        }
        m.raw("<section class=\"pc-panel pc-files pc-noprint\">");
        self.subheading(m, s.files_heading);
        m.raw("<div class=\"pc-actions\">")
            .button(BUTTON, Act::Json, None, s.download_json)
            .button(BUTTON, Act::Csv, None, s.download_csv)
            .raw("</div>");
        self.import(m);
        self.remember(m);
        if self.keeping {
            if self.state.confirm == Some(Confirm::Forget) {
                self.confirm(
                    m,
                    s.forget_confirm,
                    (Act::ForgetYes, s.forget_yes),
                    (Act::ForgetNo, s.forget_no),
                );
            } else {
                m.raw("<p>")
                    .button(LINK, Act::Forget, None, s.forget_button)
                    .raw("</p>");
            }
        }
        m.raw("</section>");
        if self.state.confirm == Some(Confirm::Restart) {
            self.confirm(
                m,
                s.confirm_restart,
                (Act::RestartYes, s.confirm_yes),
                (Act::RestartNo, s.confirm_no),
            );
        } else {
            m.raw("<div class=\"pc-actions pc-noprint\">")
                .button(BUTTON, Act::Back, None, s.back)
                .button(PRIMARY, Act::Print, None, s.print)
                .button(BUTTON, Act::Restart, None, s.start_again)
                .raw("</div>");
        }
        m.raw("</div>");
    }

    /// The result's share code for a trainer's group picture: to read aloud,
    /// copy, or scan as a QR code that opens the trainer's page with it.
    fn share_code(&self, m: &mut Markup, code: &str) {
        let s = self.s;
        m.raw("<section class=\"pc-panel pc-code pc-noprint\">");
        self.subheading(m, s.code_heading);
        m.p(s.code_lead)
            .el(
                "<p class=\"pc-share-code\"><code lang=\"en\">",
                code,
                "</code></p>",
            )
            .raw("<div class=\"pc-actions\">")
            .button(BUTTON, Act::Copy, None, s.code_copy)
            .raw("</div>");
        let qr = self.setup.trainer.as_ref().and_then(|trainer| {
            QrCode::encode(format!("{trainer}#code={code}").as_bytes(), Ecc::Medium)
        });
        if let Some(qr) = qr {
            let side = (qr.size() + 8).to_string();
            m.el(
                "<details class=\"pc-qr-toggle\"><summary class=\"pc-link\">",
                s.code_qr_show,
                "</summary><figure class=\"pc-qr\"><svg viewBox=\"-4 -4 ",
            )
            .raw(&side)
            .raw(" ")
            .raw(&side)
            .el(
                "\" role=\"img\" aria-label=\"",
                s.code_qr_label,
                "\" width=\"200\" height=\"200\" shape-rendering=\"crispEdges\"><rect x=\"-4\" y=\"-4\" width=\"",
            )
            .raw(&side)
            .raw("\" height=\"")
            .raw(&side)
            .raw("\" fill=\"#fff\"/><path d=\"")
            .text(&qr.svg_path())
            .el(
                "\" fill=\"#000\"/></svg><figcaption class=\"pc-note\">",
                s.code_qr_note,
                "</figcaption></figure></details>",
            );
        }
        m.raw("</section>");
    }

    /// Earlier results kept on this device, newest first, each to open,
    /// compare with, or delete.
    fn history(&self, m: &mut Markup) {
        let s = self.s;
        let content = &self.setup.content;
        m.raw("<section class=\"pc-history pc-noprint\">");
        self.subheading(m, s.history_heading);
        m.raw("<ul class=\"pc-history__list\">");
        let history = &self.state.history;
        for (index, record) in history.iter().enumerate().rev() {
            let date = day(&record.date);
            // Buttons need names that tell them apart: two results of one
            // day are told apart by their time (UTC, as kept).
            let same_day = history.iter().filter(|r| day(&r.date) == date).count() > 1;
            let when = match record.date.get(11..16) {
                Some(time) if same_day => format!("{date} {time} UTC"),
                _ => date.to_owned(),
            };
            let hidden = fill(s.history_hidden, &[("date", &when)]);
            m.el("<li class=\"pc-history__row\"><span>", date, ": ")
                .text(&self.words.headline(&record.result.placement));
            if record.questionnaire_version != content.version() {
                m.raw(" (")
                    .text(&fill(
                        s.history_version,
                        &[("version", &record.questionnaire_version)],
                    ))
                    .raw(")");
            }
            m.raw("</span><span class=\"pc-history__actions\">");
            for (act, label) in [
                (Act::Open, s.history_open),
                (Act::Compare, s.history_compare),
                (Act::Delete, s.history_delete),
            ] {
                m.raw("<button type=\"button\" class=\"pc-link")
                    .act(act, Some(index))
                    .raw(">")
                    .text(label)
                    .el("<span class=\"pc-vh\"> ", &hidden, "</span></button>");
            }
            m.raw("</span></li>");
        }
        m.raw("</ul></section>");
    }

    /// Sorted horizontal bars with the numbers as text (and the earlier
    /// result's beside them), and the same as a table.
    fn profile(
        &self,
        m: &mut Markup,
        result: &Assessment,
        kind: DimensionKind,
        earlier: Option<&Outcome>,
    ) {
        let (s, lang) = (self.s, self.lang());
        let dimensions = self.setup.content.dimensions();
        let mut rows: Vec<&DimensionScore> = result
            .dimensions
            .iter()
            .filter(|d| d.kind == kind)
            .collect();
        // A handful of rows: an insertion sort is smaller in the wasm.
        let key = |d: &DimensionScore| {
            (
                std::cmp::Reverse(d.score.map_or(-1, i16::from)),
                d.dimension,
            )
        };
        for i in 1..rows.len() {
            let mut j = i;
            while j > 0 && key(rows[j]) < key(rows[j - 1]) {
                rows.swap(j, j - 1);
                j -= 1;
            }
        }
        let before =
            |d: &DimensionScore| earlier.and_then(|e| e.score(&dimensions[d.dimension].id));
        let value = |d: &DimensionScore| match d.score {
            Some(score) => score.to_string(),
            None => s.not_enough.to_owned(),
        };
        let was = |score: u8| {
            format!(
                " ({})",
                fill(s.history_before, &[("score", &score.to_string())])
            )
        };
        m.raw("<ul class=\"pc-bars\">");
        for d in &rows {
            m.el(
                "<li class=\"pc-bars__row\"><span class=\"pc-bars__label\">",
                dimensions[d.dimension].name.get(lang),
                "</span><svg class=\"pc-bars__track\" viewBox=\"0 0 100 10\" preserveAspectRatio=\"none\" aria-hidden=\"true\" focusable=\"false\"><rect class=\"pc-bars__fill\" x=\"0\" y=\"0\" height=\"10\" width=\"",
            )
            .number(d.score.map_or(0, usize::from))
            .raw("\"/>");
            if let Some(score) = before(d) {
                m.raw("<rect class=\"pc-bars__before\" x=\"")
                    .number(score.into())
                    .raw("\" y=\"0\" height=\"10\" width=\"1\"/>");
            }
            m.el("</svg><span class=\"pc-bars__value\">", &value(d), "");
            if d.score.is_some() {
                m.raw(" ").text(s.of_100);
            }
            if let Some(score) = before(d) {
                m.el("<span class=\"pc-bars__earlier\">", &was(score), "</span>");
            }
            m.raw("</span></li>");
        }
        m.el(
            "</ul><details class=\"pc-table\"><summary>",
            if kind == DimensionKind::Context {
                s.show_context_table
            } else {
                s.show_table
            },
            "</summary><table><thead><tr>",
        )
        .el("<th scope=\"col\">", s.table_dimension, "</th>")
        .el("<th scope=\"col\">", s.table_score, "</th>")
        .el(
            "<th scope=\"col\">",
            s.table_answered,
            "</th></tr></thead><tbody>",
        );
        for d in &rows {
            m.el(
                "<tr><th scope=\"row\">",
                dimensions[d.dimension].name.get(lang),
                "</th><td>",
            )
            .text(&value(d));
            if let Some(score) = before(d) {
                m.text(&was(score));
            }
            m.raw("</td><td>")
                .number(d.tally.answered)
                .raw(" / ")
                .number(d.tally.total)
                .raw("</td></tr>");
        }
        m.raw("</tbody></table></details>");
    }

    /// A past or imported result, as it was then: its placement and scores,
    /// its questionnaire version when that is not this one, and a way to
    /// carry on from its answers.
    fn opened(&self, m: &mut Markup, viewing: &Viewing) {
        let s = self.s;
        let content = &self.setup.content;
        let record: &Record = &viewing.record;
        let carried = viewing
            .answers
            .as_ref()
            .map_or(0, |a: &(Answers, usize)| a.1);
        m.raw("<div class=\"pc-screen pc-opened\">");
        self.heading(m, &fill(s.viewing_heading, &[("date", day(&record.date))]));
        m.el(
            "<p class=\"pc-lead\">",
            &self.words.headline(&record.result.placement),
            "</p>",
        );
        if record.questionnaire_version != content.version() {
            m.el(
                "<p class=\"pc-note\">",
                &fill(
                    s.imported_other_version,
                    &[
                        ("version", &record.questionnaire_version),
                        ("count", &carried.to_string()),
                    ],
                ),
                "</p>",
            );
        }
        m.el("<p class=\"pc-note\">", s.viewing_note, "</p>")
            .el(
                "<table class=\"pc-table__plain\"><thead><tr><th scope=\"col\">",
                s.table_dimension,
                "</th>",
            )
            .el(
                "<th scope=\"col\">",
                s.table_score,
                "</th></tr></thead><tbody>",
            );
        for (id, score) in &record.result.scores {
            let name = content.dimension_index(id).map_or(id.as_str(), |d| {
                content.dimensions()[d].name.get(self.lang())
            });
            m.el("<tr><th scope=\"row\">", name, "</th><td>")
                .text(&score.map_or_else(|| s.not_enough.to_owned(), |v| v.to_string()))
                .raw("</td></tr>");
        }
        m.raw("</tbody></table><div class=\"pc-actions\">");
        if carried > 0 {
            m.button(PRIMARY, Act::ContinueFrom, None, s.continue_from);
        }
        m.button(BUTTON, Act::Close, None, s.viewing_close)
            .raw("</div></div>");
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use peer_compass_core::text::strings;
    use peer_compass_core::{Content, Flow, Step};
    use std::rc::Rc;

    fn content() -> Rc<Content> {
        Rc::new(Content::builtin().unwrap())
    }

    /// Answers with every item at `point` (capped at each item's scale).
    fn answered(content: &Content, point: u8) -> Answers {
        let mut answers = Answers::new(content.items().len());
        for index in 0..content.items().len() {
            answers.set(
                index,
                Some(Answer::Point(point.min(content.points_of(index)))),
            );
        }
        answers
    }

    fn at(screen: Screen, answers: Answers, lang: Lang) -> State {
        let flow = Flow {
            screen,
            answers,
            returning: false,
        };
        State::new(flow, lang)
    }

    fn escaped(text: &str) -> String {
        let mut m = Markup::new();
        m.text(text);
        m.finish()
    }

    /// Every element closes, in order (void elements and `/>` aside), and
    /// every attribute value is quoted: what innerHTML would otherwise
    /// repair silently.
    fn assert_well_formed(markup: &str) {
        const VOID: [&str; 2] = ["input", "br"];
        let mut open: Vec<&str> = Vec::new();
        let mut rest = markup;
        while let Some(start) = rest.find('<') {
            let end = start + rest[start..].find('>').expect("an unclosed tag");
            let tag = &rest[start + 1..end];
            assert!(!tag.contains('<'), "a tag inside a tag: {tag}");
            assert_eq!(tag.matches('"').count() % 2, 0, "an unquoted value: {tag}");
            if let Some(name) = tag.strip_prefix('/') {
                assert_eq!(open.pop(), Some(name), "</{name}> closes the wrong element");
            } else if !tag.ends_with('/') {
                let name = tag.split([' ', '>']).next().unwrap();
                if !VOID.contains(&name) {
                    open.push(name);
                }
            }
            rest = &rest[end + 1..];
        }
        assert!(open.is_empty(), "left open: {open:?}");
        assert!(!rest.contains('>'), "a stray >");
    }

    fn setup(content: Rc<Content>, lang: Lang) -> Setup {
        Setup::new(content, lang)
    }

    #[test]
    fn every_screen_is_well_formed_in_every_set_up_and_language() {
        let content = content();
        let mut full = setup(content.clone(), Lang::En);
        full.events = true;
        full.organisation = Some("Fjordvik <\"&\"> Health".into());
        full.trainer = Some("https://example.org/trainer.html".into());
        let plain = setup(content.clone(), Lang::En);
        let answers = answered(&content, 3);
        let record = Record::new(
            &content,
            &answers,
            &assess(&content, &answers),
            "en",
            "2026-11-02T10:00:00Z",
        );
        let mut older = record.clone();
        older.questionnaire_version = "2026.11".into();
        for &lang in Lang::ALL {
            for setup in [&plain, &full] {
                for keeping in [false, true] {
                    let mut states = vec![
                        at(Screen::Welcome, Answers::new(content.items().len()), lang),
                        at(Screen::Check, Answers::new(content.items().len()), lang),
                        at(Screen::Check, answers.clone(), lang),
                    ];
                    for point in 1..=5 {
                        states.push(at(Screen::Result, answered(&content, point), lang));
                    }
                    let mut rich = at(Screen::Result, answers.clone(), lang);
                    rich.history = vec![older.clone(), record.clone()];
                    rich.remember = true;
                    for confirm in [None, Some(Confirm::Restart), Some(Confirm::Forget)] {
                        states.push(State {
                            confirm,
                            ..rich.clone()
                        });
                    }
                    let mut resume = at(Screen::Welcome, Answers::new(content.items().len()), lang);
                    resume.resume = Some(Resume {
                        flow: Flow::new(content.items().len()).step(Step::Start),
                        date: "2026-11-01T09:00:00Z".into(),
                        carried: Some(4),
                    });
                    states.push(resume);
                    for record in [&record, &older] {
                        let mut open =
                            at(Screen::Welcome, Answers::new(content.items().len()), lang);
                        open.viewing = Some(Viewing {
                            record: record.clone(),
                            answers: Some((answers.clone(), 3)),
                            imported: true,
                        });
                        states.push(open);
                    }
                    for state in &states {
                        let markup = render(setup, state, keeping);
                        assert_well_formed(&markup);
                    }
                }
            }
        }
        for index in 0..content.items().len() {
            for answer in [None, Some(Answer::DontKnow), Some(Answer::Point(2))] {
                let mut answers = answers.clone();
                answers.set(index, answer);
                let state = at(Screen::Question(index), answers, Lang::Nb);
                assert_well_formed(&render(&plain, &state, false));
            }
        }
        assert_well_formed(&error(Lang::Nb, "content \"#x\": <broken> & \"odd\""));
    }

    /// `screen` with nothing answered, in English, with the plain set-up.
    fn fresh(screen: Screen) -> String {
        let content = content();
        let state = at(screen, Answers::new(content.items().len()), Lang::En);
        render(&setup(content.clone(), Lang::En), &state, false)
    }

    #[test]
    fn next_is_the_form_s_submit_button_and_names_its_act() {
        let markup = fresh(Screen::Question(0));
        // Enter in the radio group submits the form; the click that makes is
        // handled by its act, also where a sandbox sends no submit.
        assert!(
            markup.contains("<button type=\"submit\" class=\"pc-button pc-button--primary\" data-a=\"next\">Next</button>"),
            "{markup}"
        );
    }

    #[test]
    fn the_time_it_takes_follows_the_number_of_statements() {
        for (statements, expected) in [
            (1, (5, 10)),
            (10, (5, 10)),
            (16, (5, 10)),
            (19, (10, 15)),
            (25, (10, 15)),
            (31, (10, 15)),
            (32, (15, 20)),
            (60, (25, 30)),
        ] {
            assert_eq!(minutes(statements), expected, "{statements}");
        }
        let markup = fresh(Screen::Welcome);
        assert!(
            markup.contains("It takes about 10 to 15 minutes."),
            "{markup}"
        );
    }

    #[test]
    fn the_privacy_statement_follows_the_set_up() {
        for &lang in Lang::ALL {
            let s = strings(lang);
            for choose in [false, true] {
                for share in [None, Some("Fjordvik")] {
                    let said = privacy(s, choose, share);
                    assert_eq!(said[0], s.privacy);
                    let keep = if choose {
                        s.privacy_keep_choice
                    } else {
                        s.privacy_keep_none
                    };
                    assert_eq!(said[1], keep);
                    match share {
                        Some(name) => {
                            assert_eq!(said[2], fill(s.privacy_share, &[("organisation", name)]));
                            assert!(said[2].contains(name));
                        }
                        None => assert_eq!(said[2], s.privacy_no_share),
                    }
                }
            }
        }
    }

    #[test]
    fn the_welcome_says_what_happens_and_offers_what_the_site_offers() {
        let content = content();
        let s = strings(Lang::En);
        let fresh = at(
            Screen::Welcome,
            Answers::new(content.items().len()),
            Lang::En,
        );
        let plain = render(&setup(content.clone(), Lang::En), &fresh, false);
        for sentence in privacy(s, false, None) {
            assert!(plain.contains(&escaped(&sentence)), "{sentence}");
        }
        assert!(!plain.contains("data-a=\"remember\""));
        assert!(plain.contains("data-a=\"start\""));
        assert!(plain.contains("data-a=\"import\""));
        // Offered, and unticked until the person ticks it.
        let offered = render(&setup(content.clone(), Lang::En), &fresh, true);
        assert!(offered.contains(&escaped(&privacy(s, true, None)[1])));
        assert!(offered.contains("data-a=\"remember\">"));
        let ticked = State {
            remember: true,
            ..fresh.clone()
        };
        let ticked = render(&setup(content.clone(), Lang::En), &ticked, true);
        assert!(ticked.contains("data-a=\"remember\" checked>"));
        // Sharing names who receives the result.
        let mut sharing = setup(content.clone(), Lang::En);
        sharing.events = true;
        sharing.organisation = Some("Fjordvik".into());
        let shared = render(&sharing, &fresh, false);
        assert!(shared.contains(&escaped(&privacy(s, false, Some("Fjordvik"))[2])));
        // Kept progress: carry on or start afresh, instead of Start.
        let kept = |date: &str| State {
            resume: Some(Resume {
                flow: Flow::new(content.items().len()).step(Step::Start),
                date: date.into(),
                carried: Some(4),
            }),
            ..fresh.clone()
        };
        let resume = render(
            &setup(content.clone(), Lang::En),
            &kept("2026-11-01T09:00:00Z"),
            true,
        );
        assert!(resume.contains(&escaped(&fill(s.resume_lead, &[("date", "2026-11-01")]))));
        assert!(resume.contains(&escaped(&fill(s.restored_earlier, &[("count", "4")]))));
        assert!(resume.contains("data-a=\"continue\"") && resume.contains("data-a=\"fresh\""));
        assert!(!resume.contains("data-a=\"start\""));
        // Kept by the old widget, which kept no date.
        let undated = render(&setup(content.clone(), Lang::En), &kept(""), true);
        assert!(undated.contains(&escaped(s.resume_lead_undated)));
    }

    #[test]
    fn the_check_page_lists_every_answer_with_a_change_button() {
        let content = content();
        let s = strings(Lang::Nb);
        let mut answers = Answers::new(content.items().len());
        answers.set(1, Some(Answer::NotMyRole));
        let markup = render(
            &setup(content.clone(), Lang::Nb),
            &at(Screen::Check, answers, Lang::Nb),
            false,
        );
        for index in 0..content.items().len() {
            assert!(markup.contains(&format!("data-a=\"change\" data-i=\"{index}\"")));
            assert!(markup.contains(&escaped(content.items()[index].text.get(Lang::Nb))));
        }
        assert_eq!(
            markup.matches("pc-summary__answer--none").count(),
            content.items().len() - 1
        );
        assert!(markup.contains(&escaped(content.label(1, Answer::NotMyRole).get(Lang::Nb))));
        assert!(markup.contains(&escaped(s.check_heading)));
    }

    #[test]
    fn the_result_says_the_placement_profile_and_suggestions_in_order() {
        let content = content();
        let mut setup = setup(content.clone(), Lang::En);
        setup.organisation = Some("Fjordvik".into());
        for point in 1..=5 {
            let answers = answered(&content, point);
            let result = assess(&content, &answers);
            let words = Words::new(&content, Lang::En);
            let markup = render(
                &setup,
                &at(Screen::Result, answers.clone(), Lang::En),
                false,
            );
            let heading = format!(
                "<h2 class=\"pc-heading\" tabindex=\"-1\">{}</h2>",
                escaped(&words.headline(&result.placement))
            );
            assert!(markup.contains(&heading), "{heading}");
            assert!(markup.contains(&escaped(
                &words.overview(&explain(&content, &answers, &result))
            )));
            // Each audience's suggestions, in the core's order.
            let lists: Vec<&str> = markup
                .split("<ol class=\"pc-suggestions__list\">")
                .skip(1)
                .collect();
            assert_eq!(lists.len(), 2);
            for (list, audience) in lists.iter().zip(Audience::ALL) {
                let list = &list[..list.find("</ol>").unwrap()];
                let expected: String = suggest(&content, &answers, &result, audience)
                    .iter()
                    .map(|s| {
                        format!(
                            "<li>{}</li>",
                            escaped(&words.suggestion(&s.text, Some("Fjordvik")))
                        )
                    })
                    .collect();
                assert!(!expected.is_empty());
                assert_eq!(list, expected);
            }
            // Bars with widths and numbers from the scores, highest first.
            let person: Vec<&DimensionScore> = result
                .dimensions
                .iter()
                .filter(|d| d.kind == DimensionKind::Person)
                .collect();
            let mut shown = Vec::new();
            for part in markup
                .split("pc-bars__fill\" x=\"0\" y=\"0\" height=\"10\" width=\"")
                .skip(1)
            {
                shown.push(part[..part.find('"').unwrap()].parse::<u8>().unwrap());
            }
            let context = result.dimensions.len() - person.len();
            assert_eq!(shown.len(), person.len() + context);
            let head = &shown[..person.len()];
            assert!(head.windows(2).all(|w| w[0] >= w[1]), "{head:?}");
            let mut expected: Vec<u8> = person.iter().map(|d| d.score.unwrap_or(0)).collect();
            expected.sort_unstable_by(|a, b| b.cmp(a));
            assert_eq!(head, expected);
            for rung in Rung::ALL {
                assert!(markup.contains(&escaped(content.rung(rung).name.get(Lang::En))));
            }
            // The share code is this result's.
            let code = Shared::of(&content, &result).code();
            assert!(markup.contains(&format!("<code lang=\"en\">{code}</code>")));
        }
    }

    #[test]
    fn sharing_the_qr_code_and_confirmations_appear_only_when_they_apply() {
        let content = content();
        let answers = answered(&content, 4);
        let state = at(Screen::Result, answers.clone(), Lang::En);
        let plain = render(&setup(content.clone(), Lang::En), &state, false);
        assert!(!plain.contains("data-a=\"share\""));
        assert!(!plain.contains("pc-qr"));
        assert!(!plain.contains("data-a=\"forget\""));
        assert!(plain.contains("data-a=\"restart\""));
        let mut full = setup(content.clone(), Lang::En);
        full.events = true;
        full.organisation = Some("A & B".into());
        full.trainer = Some("https://example.org/t.html".into());
        let markup = render(&full, &state, true);
        let button = fill(strings(Lang::En).share_button, &[("organisation", "A & B")]);
        assert!(markup.contains(&format!("data-a=\"share\">{}</button>", escaped(&button))));
        assert!(markup.contains("A &amp; B"));
        let code = Shared::of(&content, &assess(&content, &answers)).code();
        let qr = QrCode::encode(
            format!("https://example.org/t.html#code={code}").as_bytes(),
            Ecc::Medium,
        )
        .unwrap();
        assert!(markup.contains(&format!("<path d=\"{}\"", qr.svg_path())));
        assert!(markup.contains("data-a=\"forget\""));
        // A confirmation replaces what asked for it.
        let restart = render(
            &full,
            &State {
                confirm: Some(Confirm::Restart),
                ..state.clone()
            },
            true,
        );
        assert!(
            restart.contains("data-a=\"restart-yes\"") && restart.contains("data-a=\"restart-no\"")
        );
        assert!(!restart.contains("data-a=\"restart\""));
        let forget = render(
            &full,
            &State {
                confirm: Some(Confirm::Forget),
                ..state
            },
            true,
        );
        assert!(forget.contains("data-a=\"forget-yes\"") && !forget.contains("data-a=\"forget\""));
        assert!(forget.contains("data-a=\"restart\""));
    }

    #[test]
    fn kept_results_are_listed_newest_first_and_compared() {
        let content = content();
        let s = strings(Lang::En);
        let low = answered(&content, 1);
        let high = answered(&content, 5);
        let words = Words::new(&content, Lang::En);
        let record = |answers: &Answers, date: &str| {
            Record::new(&content, answers, &assess(&content, answers), "en", date)
        };
        let mut old = record(&low, "2026-01-05T08:00:00Z");
        old.questionnaire_version = "2026.11".into();
        let mut state = at(Screen::Result, high.clone(), Lang::En);
        state.history = vec![old.clone(), record(&high, "2026-03-01T08:00:00Z")];
        state.remember = true;
        let markup = render(&setup(content.clone(), Lang::En), &state, true);
        let newest = markup.find("data-a=\"open\" data-i=\"1\"").unwrap();
        let oldest = markup.find("data-a=\"open\" data-i=\"0\"").unwrap();
        assert!(newest < oldest);
        assert!(markup.contains(&escaped(&fill(
            s.history_version,
            &[("version", "2026.11")]
        ))));
        // Compared with the one before the current result: its date, its
        // headline, and its scores beside the bars.
        assert!(markup.contains(&escaped(&fill(
            s.history_last,
            &[
                ("date", "2026-01-05"),
                ("headline", &words.headline(&old.result.placement))
            ]
        ))));
        assert!(markup.contains("pc-bars__before"));
        assert!(markup.contains(&escaped(&fill(s.history_before, &[("score", "0")]))));
        // Two results of one day: their buttons are told apart by the time.
        state.history.push(record(&low, "2026-03-01T17:45:00Z"));
        let markup = render(&setup(content.clone(), Lang::En), &state, true);
        for when in ["2026-03-01 08:00 UTC", "2026-03-01 17:45 UTC", "2026-01-05"] {
            let hidden = escaped(&fill(s.history_hidden, &[("date", when)]));
            assert_eq!(markup.matches(&hidden).count(), 3, "{when}");
        }
    }

    #[test]
    fn an_open_result_shows_its_scores_and_can_be_continued_only_with_answers() {
        let content = content();
        let s = strings(Lang::En);
        let answers = answered(&content, 2);
        let mut record = Record::new(
            &content,
            &answers,
            &assess(&content, &answers),
            "en",
            "2026-02-03T10:00:00Z",
        );
        let mut state = at(
            Screen::Welcome,
            Answers::new(content.items().len()),
            Lang::En,
        );
        state.viewing = Some(Viewing {
            record: record.clone(),
            answers: Some((answers.clone(), 25)),
            imported: true,
        });
        let markup = render(&setup(content.clone(), Lang::En), &state, false);
        assert!(markup.contains(&escaped(&fill(
            s.viewing_heading,
            &[("date", "2026-02-03")]
        ))));
        assert!(markup.contains("data-a=\"continue-from\"") && markup.contains("data-a=\"close\""));
        assert_eq!(
            markup.matches("<th scope=\"row\">").count(),
            record.result.scores.len()
        );
        record.questionnaire_version = "1999.1".into();
        state.viewing = Some(Viewing {
            record,
            answers: None,
            imported: true,
        });
        let markup = render(&setup(content.clone(), Lang::En), &state, false);
        assert!(!markup.contains("data-a=\"continue-from\""));
        assert!(markup.contains(&escaped(&fill(
            s.imported_other_version,
            &[("version", "1999.1"), ("count", "0")]
        ))));
    }
}

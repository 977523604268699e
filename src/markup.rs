//! Markup written as text, and the controls in it.
//!
//! Most screens are static between the person's actions, so they are written
//! as one string of HTML ([`crate::screens`]) and handed to Yew whole, rather
//! than built node by node with `html!`: in WebAssembly each `html!` element
//! costs code, and a string costs only its bytes (docs/PERFORMANCE.md has the
//! figures). Controls in the markup name what they do in `data-a` (and an
//! index in `data-i`); the widget's root listens once for clicks and changes
//! and turns them into an [`Act`].
//!
//! Everything that does not come from this crate goes through
//! [`Markup::text`], which escapes it.

/// HTML being written. Its methods are never inlined: a call is a few
/// bytes of code, an inlined copy a few dozen.
#[derive(Default)]
pub struct Markup(String);

impl Markup {
    /// Empty markup.
    pub fn new() -> Markup {
        Markup(String::with_capacity(8192))
    }

    /// Markup written in this crate: tags, attributes, class names. Never
    /// text from the content, the tables, a file or a person.
    #[inline(never)]
    pub fn raw(&mut self, markup: &str) -> &mut Markup {
        self.0.push_str(markup);
        self
    }

    /// Text, escaped so that it is text in element content and in quoted
    /// attribute values.
    #[inline(never)]
    pub fn text(&mut self, text: &str) -> &mut Markup {
        let mut rest = text;
        while let Some(at) = rest.find(['&', '<', '>', '"']) {
            self.0.push_str(&rest[..at]);
            self.0.push_str(match rest.as_bytes()[at] {
                b'&' => "&amp;",
                b'<' => "&lt;",
                b'>' => "&gt;",
                _ => "&quot;",
            });
            rest = &rest[at + 1..];
        }
        self.0.push_str(rest);
        self
    }

    /// A number, as text.
    #[inline(never)]
    pub fn number(&mut self, n: usize) -> &mut Markup {
        self.text(&n.to_string())
    }

    /// `open`, then `text` escaped, then `close`.
    #[inline(never)]
    pub fn el(&mut self, open: &str, text: &str, close: &str) -> &mut Markup {
        self.raw(open).text(text).raw(close)
    }

    /// A paragraph of text.
    #[inline(never)]
    pub fn p(&mut self, text: &str) -> &mut Markup {
        self.el("<p>", text, "</p>")
    }

    /// A button that does `act` (for the item with `index`, if any), with
    /// the classes `class`.
    #[inline(never)]
    pub fn button(
        &mut self,
        class: &str,
        act: Act,
        index: Option<usize>,
        label: &str,
    ) -> &mut Markup {
        self.raw("<button type=\"button\" class=\"").raw(class);
        self.act(act, index).raw(">").text(label).raw("</button>")
    }

    /// Ends the attribute being written (a control's `class`), then writes
    /// the control's `data-a` and, if any, `data-i`.
    #[inline(never)]
    pub fn act(&mut self, act: Act, index: Option<usize>) -> &mut Markup {
        self.raw("\" data-a=\"").raw(act.name());
        if let Some(index) = index {
            self.raw("\" data-i=\"").number(index);
        }
        self.raw("\"")
    }

    /// The markup written.
    pub fn finish(self) -> String {
        self.0
    }
}

macro_rules! acts {
    ($( $(#[$doc:meta])* $act:ident = $name:literal, )*) => {
        /// What a control in the markup does: its `data-a`.
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        pub enum Act {
            $( $(#[$doc])* $act, )*
        }

        impl Act {
            /// Every act.
            pub const ALL: &'static [Act] = &[$( Act::$act, )*];

            /// Its name in `data-a`.
            pub fn name(self) -> &'static str {
                match self {
                    $( Act::$act => $name, )*
                }
            }
        }
    };
}

acts! {
    /// Start the questions.
    Start = "start",
    /// Carry on from kept progress.
    Continue = "continue",
    /// Start afresh instead.
    Fresh = "fresh",
    /// The "remember my answers" checkbox.
    Remember = "remember",
    /// The file input for a result downloaded before.
    Import = "import",
    /// A question's radio buttons (the answer is the input's value).
    Answer = "answer",
    /// Clear the question's answer.
    Clear = "clear",
    /// Next (the question form's submit button; Enter in the form clicks it).
    Next = "next",
    /// Show a language (`data-i`: its place among those offered).
    Lang = "lang",
    /// Back one screen.
    Back = "back",
    /// Change the answer to a question (`data-i`: the item).
    Change = "change",
    /// From the check page to the result.
    SeeResult = "see-result",
    /// Print the result.
    Print = "print",
    /// Ask before starting again.
    Restart = "restart",
    /// Yes, start again.
    RestartYes = "restart-yes",
    /// No, keep the answers.
    RestartNo = "restart-no",
    /// Download the result as JSON.
    Json = "json",
    /// Download the result as CSV.
    Csv = "csv",
    /// Copy the share code.
    Copy = "copy",
    /// Send the result to the site.
    Share = "share",
    /// Open a kept result (`data-i`).
    Open = "open",
    /// Compare with a kept result (`data-i`).
    Compare = "compare",
    /// Delete a kept result (`data-i`).
    Delete = "delete",
    /// Ask before forgetting everything.
    Forget = "forget",
    /// Yes, forget everything.
    ForgetYes = "forget-yes",
    /// No, keep it.
    ForgetNo = "forget-no",
    /// Carry on from the open result's answers.
    ContinueFrom = "continue-from",
    /// Close the open result.
    Close = "close",
}

impl Act {
    /// The act a `data-a` names.
    pub fn parse(name: &str) -> Option<Act> {
        Act::ALL.iter().copied().find(|act| act.name() == name)
    }
}

/// Where keyboard focus goes after `act` (with `index`), when its screen
/// is written anew: back on the same control, or on the question that a
/// confirmation asks. `None` for acts that lead to another screen (its
/// heading takes focus) or change nothing on this one.
pub fn focus_after(act: Act, index: Option<usize>) -> Option<String> {
    let same = |act: Act| {
        let mut selector = format!("[data-a=\"{}\"]", act.name());
        if let Some(index) = index {
            selector.push_str(&format!("[data-i=\"{index}\"]"));
        }
        Some(selector)
    };
    match act {
        Act::Restart | Act::Forget => Some(".pc-confirm [tabindex]".to_owned()),
        Act::RestartNo => same(Act::Restart),
        Act::ForgetNo | Act::ForgetYes => same(Act::Forget),
        // The button is hidden once the answer is gone.
        Act::Clear => Some("input[type=radio]".to_owned()),
        // The row is gone: the newest remaining one's, else the heading.
        Act::Delete => Some("[data-a=\"delete\"]".to_owned()),
        Act::Lang | Act::Remember | Act::Compare => same(act),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_is_escaped_and_markup_is_not() {
        let mut m = Markup::new();
        m.raw("<p title=\"").text("a \"b\" & <c>").raw("\">");
        m.text("x<y>z&").raw("</p>");
        assert_eq!(
            m.finish(),
            "<p title=\"a &quot;b&quot; &amp; &lt;c&gt;\">x&lt;y&gt;z&amp;</p>"
        );
    }

    #[test]
    fn buttons_carry_their_act_and_index() {
        let mut m = Markup::new();
        m.button("pc-link", Act::Compare, Some(12), "Compare <1>");
        m.button("pc-button", Act::Print, None, "Print");
        assert_eq!(
            m.finish(),
            "<button type=\"button\" class=\"pc-link\" data-a=\"compare\" data-i=\"12\">Compare &lt;1&gt;</button>\
             <button type=\"button\" class=\"pc-button\" data-a=\"print\">Print</button>"
        );
    }

    #[test]
    fn every_act_reads_back_from_its_name_and_names_differ() {
        for &act in Act::ALL {
            assert_eq!(Act::parse(act.name()), Some(act));
        }
        let mut names: Vec<&str> = Act::ALL.iter().map(|a| a.name()).collect();
        names.sort_unstable();
        names.dedup();
        assert_eq!(names.len(), Act::ALL.len());
        assert_eq!(Act::parse("Start"), None);
        assert_eq!(Act::parse(""), None);
    }

    #[test]
    fn focus_returns_to_the_control_or_to_the_question_asked() {
        assert_eq!(
            focus_after(Act::Compare, Some(3)).as_deref(),
            Some("[data-a=\"compare\"][data-i=\"3\"]")
        );
        assert_eq!(
            focus_after(Act::Remember, None).as_deref(),
            Some("[data-a=\"remember\"]")
        );
        assert_eq!(
            focus_after(Act::Lang, Some(1)).as_deref(),
            Some("[data-a=\"lang\"][data-i=\"1\"]")
        );
        assert_eq!(
            focus_after(Act::Clear, None).as_deref(),
            Some("input[type=radio]")
        );
        for ask in [Act::Restart, Act::Forget] {
            assert_eq!(
                focus_after(ask, None).as_deref(),
                Some(".pc-confirm [tabindex]")
            );
        }
        assert_eq!(
            focus_after(Act::RestartNo, None).as_deref(),
            Some("[data-a=\"restart\"]")
        );
        for answer in [Act::ForgetNo, Act::ForgetYes] {
            assert_eq!(
                focus_after(answer, None).as_deref(),
                Some("[data-a=\"forget\"]")
            );
        }
        assert_eq!(
            focus_after(Act::Delete, Some(2)).as_deref(),
            Some("[data-a=\"delete\"]")
        );
        // Another screen's heading takes focus; files and copying change
        // nothing on the screen.
        for act in [
            Act::Start,
            Act::SeeResult,
            Act::Open,
            Act::Json,
            Act::Copy,
            Act::Print,
        ] {
            assert_eq!(focus_after(act, Some(0)), None, "{act:?}");
        }
    }
}

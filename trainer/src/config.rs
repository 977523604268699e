//! The trainer element's attributes, read once at mount. `lang`, `theme` and
//! `content` mean what they mean for the participant's widget (and are read
//! by its [`peer_compass::config::Config`]); the trainer adds `mode`,
//! `min-group` and `questionnaire`.

use peer_compass::config::Config;
use peer_compass_core::group::{DEFAULT_MIN_GROUP, LEAST_MIN_GROUP};

/// Which of the trainer's views an element shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    /// Collecting codes, the group picture, before and after, the model.
    Trainer,
    /// The model alone, for teaching it in a session.
    Teach,
}

impl Mode {
    /// The mode an element's `mode` attribute asks for, if it is a trainer's.
    pub fn from_attribute(mode: &str) -> Option<Mode> {
        match mode.trim().to_ascii_lowercase().as_str() {
            "trainer" => Some(Mode::Trainer),
            "teach" => Some(Mode::Teach),
            _ => None,
        }
    }
}

/// How one trainer element is set up.
#[derive(Clone, Debug, PartialEq)]
pub struct TrainerConfig {
    /// What the element shares with the participant's widget: the language,
    /// the questionnaire the codes must come from, notices for the site.
    pub base: Config,
    /// The smallest group whose picture is shown (`min-group`, default 3,
    /// never below 2).
    pub min_group: usize,
    /// The questionnaire's address to show as a QR code (`questionnaire`);
    /// when absent, the trainer types it.
    pub questionnaire: Option<String>,
}

impl TrainerConfig {
    /// Reads the attributes through `attribute`, as
    /// [`Config::from_attributes`] does.
    pub fn from_attributes(
        attribute: impl Fn(&str) -> Option<String>,
        page_lang: Option<String>,
        content_json: impl FnOnce(&str) -> Option<String>,
    ) -> TrainerConfig {
        let min_group = attribute("min-group")
            .and_then(|n| n.trim().parse::<usize>().ok())
            .unwrap_or(DEFAULT_MIN_GROUP)
            .max(LEAST_MIN_GROUP);
        let questionnaire = attribute("questionnaire")
            .map(|address| address.trim().to_owned())
            .filter(|address| !address.is_empty());
        TrainerConfig {
            base: Config::from_attributes(&attribute, page_lang, content_json),
            min_group,
            questionnaire,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use peer_compass_core::Lang;

    fn config(attributes: &[(&str, &str)]) -> TrainerConfig {
        let lookup = |name: &str| {
            attributes
                .iter()
                .find(|(key, _)| *key == name)
                .map(|(_, value)| value.to_string())
        };
        TrainerConfig::from_attributes(lookup, None, |_| None)
    }

    #[test]
    fn the_minimum_group_is_three_and_never_below_two() {
        #[rustfmt::skip]
        let cases = [
            (None, 3), (Some("5"), 5), (Some(" 4 "), 4), (Some("2"), 2),
            (Some("1"), 2), (Some("0"), 2), (Some("-3"), 3), (Some("many"), 3), (Some(""), 3),
        ];
        for (value, min) in cases {
            let attributes: Vec<(&str, &str)> =
                value.map(|v| ("min-group", v)).into_iter().collect();
            assert_eq!(config(&attributes).min_group, min, "{value:?}");
        }
    }

    #[test]
    fn the_questionnaire_address_is_optional() {
        assert_eq!(config(&[]).questionnaire, None);
        assert_eq!(config(&[("questionnaire", "  ")]).questionnaire, None);
        assert_eq!(
            config(&[("questionnaire", " https://example.org/pc/ ")])
                .questionnaire
                .as_deref(),
            Some("https://example.org/pc/")
        );
    }

    #[test]
    fn language_and_content_are_read_as_for_participants() {
        let config = config(&[("lang", "nb")]);
        assert_eq!(config.base.lang, Lang::Nb);
        assert!(config.base.content.is_ok());
    }

    #[test]
    fn a_pages_own_questionnaire_is_read_so_that_its_codes_count() {
        // The custom-content example's questionnaire, as a page gives it.
        let page = include_str!("../../examples/custom-content.html");
        let json = page
            .split_once("id=\"short-questionnaire\">")
            .and_then(|(_, rest)| rest.split_once("</script>"))
            .map(|(json, _)| json.to_owned());
        let config = TrainerConfig::from_attributes(
            |name| (name == "content").then(|| "short-questionnaire".to_owned()),
            None,
            |id| json.filter(|_| id == "short-questionnaire"),
        );
        assert_eq!(config.base.content.unwrap().version(), "2026.12-short");
    }

    #[test]
    fn modes_are_the_trainers_two() {
        assert_eq!(Mode::from_attribute("trainer"), Some(Mode::Trainer));
        assert_eq!(Mode::from_attribute(" Teach "), Some(Mode::Teach));
        assert_eq!(Mode::from_attribute(""), None);
        assert_eq!(Mode::from_attribute("participant"), None);
    }
}

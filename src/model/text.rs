//! Two-language text and small shared value types used by the catalogue and plans.

use serde::{Deserialize, Serialize};

/// The two languages of the app and of its data.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    /// Polish, the default.
    #[default]
    Pl,
    /// English.
    En,
}

impl Lang {
    /// Both languages, Polish first.
    pub const ALL: [Self; 2] = [Self::Pl, Self::En];

    /// The ISO 639-1 code (`pl`, `en`).
    pub fn code(self) -> &'static str {
        match self {
            Self::Pl => "pl",
            Self::En => "en",
        }
    }

    /// Parses an ISO 639-1 code, case-insensitively.
    pub fn from_code(code: &str) -> Option<Self> {
        match code.trim().to_ascii_lowercase().as_str() {
            "pl" => Some(Self::Pl),
            "en" => Some(Self::En),
            _ => None,
        }
    }
}

/// A text given in Polish and in English.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Text {
    /// Polish text.
    pub pl: String,
    /// English text.
    pub en: String,
}

impl Text {
    /// Builds a text from both languages.
    pub fn new(pl: impl Into<String>, en: impl Into<String>) -> Self {
        Self {
            pl: pl.into(),
            en: en.into(),
        }
    }

    /// The text in `lang`.
    pub fn get(&self, lang: Lang) -> &str {
        pick(lang, &self.pl, &self.en)
    }

    /// True when either language is empty or only white space.
    pub fn has_gap(&self) -> bool {
        has_gap(&self.pl, &self.en)
    }
}

/// The Polish or the English text.
const fn pick<'a>(lang: Lang, pl: &'a str, en: &'a str) -> &'a str {
    match lang {
        Lang::Pl => pl,
        Lang::En => en,
    }
}

/// True when either language is empty or only white space.
fn has_gap(pl: &str, en: &str) -> bool {
    pl.trim().is_empty() || en.trim().is_empty()
}

/// A statement in both languages that may still need checking against its source.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Fact {
    /// Polish text.
    pub pl: String,
    /// English text.
    pub en: String,
    /// True when the fact could not be confirmed and must be shown as "to verify".
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub verify: bool,
}

impl Fact {
    /// The text in `lang`.
    pub fn get(&self, lang: Lang) -> &str {
        pick(lang, &self.pl, &self.en)
    }

    /// True when either language is empty or only white space.
    pub fn has_gap(&self) -> bool {
        has_gap(&self.pl, &self.en)
    }
}

/// A built-in text in both languages (for data compiled into the app).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct StaticText {
    /// Polish text.
    pub pl: &'static str,
    /// English text.
    pub en: &'static str,
}

impl StaticText {
    /// The text in `lang`.
    pub fn get(self, lang: Lang) -> &'static str {
        pick(lang, self.pl, self.en)
    }

    /// An owned two-language copy.
    pub fn to_text(self) -> Text {
        Text::new(self.pl, self.en)
    }
}

/// Unknown fields of a plan object, kept so that they survive a load and save.
pub type Extra = serde_json::Map<String, serde_json::Value>;

/// True for a non-empty `http://` or `https://` URL with a host and no white space.
pub fn is_well_formed_url(url: &str) -> bool {
    let rest = url
        .strip_prefix("https://")
        .or_else(|| url.strip_prefix("http://"));
    let Some(rest) = rest else {
        return false;
    };
    let host = rest.split(['/', '?', '#']).next().unwrap_or_default();
    host.contains('.') && !url.chars().any(char::is_whitespace)
}

#[cfg(test)]
mod tests {
    use super::{Lang, Text};

    #[test]
    fn lang_codes_round_trip() {
        for lang in Lang::ALL {
            assert_eq!(Lang::from_code(lang.code()), Some(lang));
        }
        assert_eq!(Lang::from_code(" PL "), Some(Lang::Pl));
        assert_eq!(Lang::from_code("de"), None);
    }

    #[test]
    fn text_picks_language_and_detects_gaps() {
        let text = Text::new("Żłobek", "Nursery");
        assert_eq!(text.get(Lang::Pl), "Żłobek");
        assert_eq!(text.get(Lang::En), "Nursery");
        assert!(!text.has_gap());
        assert!(Text::new("Żłobek", "  ").has_gap());
    }
}

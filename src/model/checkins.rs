//! Check-ins after launch: once the milestone "start of operations" has a date, the plan
//! proposes a check-in every quarter for the first two years (3, 6, … 24 months after it), and
//! at each one the team writes down, per monitoring indicator of the model, a target, the
//! actual value and a note. Values are counts and amounts ([`read_value`]); nothing about
//! named people is asked for or kept.
//!
//! How check-ins are stored, and why:
//! - The plan keeps the model's indicators ([`Indicator`], copied from its `monitoring` facts
//!   whenever the checklist is rebuilt for the model) and the check-ins themselves, each with
//!   its date, like a task keeps its `due` date. So the file stands on its own (exports,
//!   the calendar feed and other tools read the dates without the catalogue), and re-dating
//!   needs no catalogue either.
//! - The check-ins follow the milestone in the same edit that moves it
//!   (`Plan::sync_checkins` runs inside `Plan::redate`), so one undo takes the milestone,
//!   its tasks and the check-ins back together.
//! - Without a date for the start of operations, check-ins nobody wrote anything in go; one
//!   with entries keeps its last date, as a task keeps its last date.
//! - Values belong to an indicator by its text. When the model (or a catalogue correction)
//!   changes the indicators, values of indicators still there stay; values of an indicator no
//!   longer there are kept if anything was entered, after the current ones.
//! - Months follow the calendar: 30 November + 3 months is 28 February (29 in a leap year).

use chrono::{Months, NaiveDate};
use serde::{Deserialize, Serialize};

use super::catalogue::ModelEntry;
use super::text::{Extra, Text};

/// How many check-ins the plan proposes (the first two years, quarterly).
pub const CHECKIN_COUNT: u8 = 8;

/// Months between check-ins.
pub const MONTHS_APART: u32 = 3;

/// A monitoring indicator of the plan's model, copied into the plan.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct Indicator {
    /// What is counted, in both languages.
    pub text: Text,
    /// True when the catalogue marks the indicator "to verify".
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub verify: bool,
    /// Fields this build does not know, kept as they were.
    #[serde(flatten)]
    pub extra: Extra,
}

/// One indicator's figures at a check-in: counts or amounts, never data about named people.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct IndicatorValue {
    /// The indicator's text (values belong to an indicator by its text).
    pub indicator: Text,
    /// The value aimed at: a count or an amount (see [`read_value`]); empty when not set.
    #[serde(default)]
    pub target: String,
    /// The value reached: a count or an amount; empty until entered.
    #[serde(default)]
    pub actual: String,
    /// A short note (no names).
    #[serde(default)]
    pub note: String,
    /// Fields this build does not know, kept as they were.
    #[serde(flatten)]
    pub extra: Extra,
}

impl IndicatorValue {
    /// An empty row for `indicator`.
    pub fn new(indicator: Text) -> Self {
        Self {
            indicator,
            ..Self::default()
        }
    }

    /// True when the user entered anything.
    pub fn has_entries(&self) -> bool {
        !(self.target.trim().is_empty()
            && self.actual.trim().is_empty()
            && self.note.trim().is_empty()
            && self.extra.is_empty())
    }
}

/// A check-in after launch.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct CheckIn {
    /// Its number: 1 is three months after the start of operations, 8 is 24 months after.
    pub number: u8,
    /// Its date (the date the start of operations gave last).
    pub date: NaiveDate,
    /// One row per indicator.
    #[serde(default)]
    pub values: Vec<IndicatorValue>,
    /// Fields this build does not know, kept as they were.
    #[serde(flatten)]
    pub extra: Extra,
}

impl CheckIn {
    /// True when the user entered anything in it.
    pub fn has_entries(&self) -> bool {
        !self.extra.is_empty() || self.values.iter().any(IndicatorValue::has_entries)
    }

    /// True when at least one actual value is entered: the check-in took place.
    pub fn is_held(&self) -> bool {
        self.values.iter().any(|v| !v.actual.trim().is_empty())
    }

    /// Months after the start of operations.
    pub fn months(&self) -> u32 {
        u32::from(self.number) * MONTHS_APART
    }
}

/// The date of check-in `number` for operations starting on `start`; `None` outside the
/// calendar.
pub fn proposed_date(start: NaiveDate, number: u8) -> Option<NaiveDate> {
    start.checked_add_months(Months::new(u32::from(number) * MONTHS_APART))
}

/// Reads a count or an amount as typed: digits, with spaces between groups and one decimal
/// comma or point, optionally followed by `%` or `zł`; empty text is "not set". Gives back the
/// trimmed text, or `None` for anything else (words, names, dates).
pub fn read_value(text: &str) -> Option<String> {
    let text = text.trim();
    if text.is_empty() {
        return Some(String::new());
    }
    let number = ["%", "zł", "PLN"]
        .iter()
        .find_map(|unit| text.strip_suffix(unit))
        .unwrap_or(text)
        .trim_end();
    let mut digits = 0;
    let mut separators = 0;
    let mut previous_space = false;
    for ch in number.chars() {
        match ch {
            '0'..='9' => digits += 1,
            ',' | '.' => separators += 1,
            ' ' | '\u{a0}' | '\u{202f}' if digits > 0 && !previous_space => {}
            _ => return None,
        }
        previous_space = matches!(ch, ' ' | '\u{a0}' | '\u{202f}');
    }
    let ends_in_digit = number.ends_with(|c: char| c.is_ascii_digit());
    (digits > 0 && separators <= 1 && ends_in_digit).then(|| text.to_owned())
}

/// The plan's indicators for `model`: its monitoring facts, in order.
pub fn indicators_of(model: &ModelEntry) -> Vec<Indicator> {
    model
        .monitoring
        .iter()
        .map(|fact| Indicator {
            text: Text::new(fact.pl.trim(), fact.en.trim()),
            verify: fact.verify,
            extra: Extra::new(),
        })
        .collect()
}

/// True when `value` belongs to `indicator` (same text in either language).
fn same_indicator(value: &IndicatorValue, indicator: &Text) -> bool {
    value.indicator.pl == indicator.pl || value.indicator.en == indicator.en
}

/// One row per indicator, taking the old rows' figures, then the old rows with entries whose
/// indicator is gone.
fn merge_values(mut old: Vec<IndicatorValue>, indicators: &[Indicator]) -> Vec<IndicatorValue> {
    let mut values: Vec<IndicatorValue> = indicators
        .iter()
        .map(
            |indicator| match old.iter().position(|v| same_indicator(v, &indicator.text)) {
                Some(at) => {
                    let mut value = old.remove(at);
                    value.indicator = indicator.text.clone();
                    value
                }
                None => IndicatorValue::new(indicator.text.clone()),
            },
        )
        .collect();
    values.extend(old.into_iter().filter(IndicatorValue::has_entries));
    values
}

/// The eight proposed check-ins from `start`, with what `old` held, then the old ones with
/// entries that are not among them (hand-edited numbers).
pub fn proposed(start: NaiveDate, mut old: Vec<CheckIn>, indicators: &[Indicator]) -> Vec<CheckIn> {
    let mut checkins = Vec::with_capacity(usize::from(CHECKIN_COUNT));
    for number in 1..=CHECKIN_COUNT {
        let Some(date) = proposed_date(start, number) else {
            continue;
        };
        let (values, extra) = match old.iter().position(|c| c.number == number) {
            Some(at) => {
                let previous = old.remove(at);
                (previous.values, previous.extra)
            }
            None => (Vec::new(), Extra::new()),
        };
        checkins.push(CheckIn {
            number,
            date,
            values: merge_values(values, indicators),
            extra,
        });
    }
    checkins.extend(old.into_iter().filter(CheckIn::has_entries));
    checkins
}

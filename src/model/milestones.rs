//! Milestones: the plan's named key dates (start of preparation, founding meeting, KRS
//! registration, start of operations, end of the first 12 months, and the user's own), and
//! due dates given relative to them ("KRS registration + 30 days").
//!
//! The rules:
//! - A task's `due` always holds its date. A task with a [`RelativeDue`] gets that date from
//!   its milestone whenever the milestone's date or the rule changes ([`Plan::redate`](crate::model::plan::Plan::redate)), so
//!   every reader of `due` (lists, exports, the health check) sees the same date.
//! - A milestone without a date leaves its tasks' dates as they were (the last date they
//!   had, or none); setting the date re-dates them.
//! - Deleting a milestone keeps each of its tasks' last date as a fixed date and drops the
//!   rule; a rule naming a milestone the plan does not have (a hand-edited file) is treated
//!   the same way when re-dating: the date is left alone.
//! - Offsets in months follow the calendar: 31 January + 1 month is 28 February (29 in a
//!   leap year); a date the calendar cannot hold leaves the task's date alone.

use chrono::{Duration, Months, NaiveDate};
use serde::{Deserialize, Serialize};

use super::text::{Extra, Text};

/// Id of the built-in milestone "start of preparation".
pub const PREPARATION_START: &str = "preparation_start";
/// Id of the built-in milestone "founding meeting".
pub const FOUNDING_MEETING: &str = "founding_meeting";
/// Id of the built-in milestone "KRS registration".
pub const KRS_REGISTRATION: &str = "krs_registration";
/// Id of the built-in milestone "start of operations".
pub const OPERATIONS_START: &str = "operations_start";
/// Id of the built-in milestone "end of the first 12 months".
pub const FIRST_YEAR_END: &str = "first_year_end";

/// Prefix of the ids of milestones the user adds.
pub const CUSTOM_MILESTONE_PREFIX: &str = "custom_";

/// The built-in milestones: id, Polish name, English name, in time order.
const BUILT_IN: [(&str, &str, &str); 5] = [
    (
        PREPARATION_START,
        "Rozpoczęcie przygotowań",
        "Start of preparation",
    ),
    (
        FOUNDING_MEETING,
        "Zebranie założycielskie",
        "Founding meeting",
    ),
    (KRS_REGISTRATION, "Rejestracja w KRS", "KRS registration"),
    (
        OPERATIONS_START,
        "Rozpoczęcie działalności",
        "Start of operations",
    ),
    (
        FIRST_YEAR_END,
        "Koniec pierwszych 12 miesięcy działalności",
        "End of the first 12 months of operation",
    ),
];

/// A named key date of the replication.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct Milestone {
    /// A stable id, unique within the plan (built-in ids or `custom_N`).
    pub id: String,
    /// The name, in both languages (the user's own milestones have the same text in both).
    pub name: Text,
    /// The date; `None` until set.
    #[serde(default)]
    pub date: Option<NaiveDate>,
    /// Fields this build does not know, kept as they were.
    #[serde(flatten)]
    pub extra: Extra,
}

impl Milestone {
    /// A milestone without a date.
    pub fn new(id: impl Into<String>, name: Text) -> Self {
        Self {
            id: id.into(),
            name,
            date: None,
            extra: Extra::new(),
        }
    }

    /// True for the milestones every plan starts with.
    pub fn is_built_in(&self) -> bool {
        is_built_in(&self.id)
    }
}

/// True when `id` names one of the built-in milestones.
pub fn is_built_in(id: &str) -> bool {
    BUILT_IN.iter().any(|(known, _, _)| *known == id)
}

/// The built-in name of milestone `id`, if it is a built-in one.
pub fn built_in_name(id: &str) -> Option<Text> {
    BUILT_IN
        .iter()
        .find(|(known, _, _)| *known == id)
        .map(|(_, pl, en)| Text::new(*pl, *en))
}

/// The milestones a new plan starts with, none of them dated.
pub fn default_milestones() -> Vec<Milestone> {
    BUILT_IN
        .iter()
        .map(|(id, pl, en)| Milestone::new(*id, Text::new(*pl, *en)))
        .collect()
}

/// The unit of a relative due date's offset.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize, schemars::JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum OffsetUnit {
    /// Days.
    #[default]
    Days,
    /// Weeks of seven days.
    Weeks,
    /// Calendar months (the day is kept, or the month's last day when it has fewer).
    Months,
}

impl OffsetUnit {
    /// All units, in the order shown.
    pub const ALL: [Self; 3] = [Self::Days, Self::Weeks, Self::Months];
}

/// A due date given relative to a milestone: `offset` units after it (before it when
/// negative).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct RelativeDue {
    /// The milestone's id.
    pub milestone: String,
    /// How many units after the milestone (negative: before it).
    pub offset: i32,
    /// The unit of the offset.
    #[serde(default)]
    pub unit: OffsetUnit,
    /// Fields this build does not know, kept as they were.
    #[serde(flatten)]
    pub extra: Extra,
}

impl RelativeDue {
    /// `offset` `unit`s after milestone `milestone` (before it when negative).
    pub fn new(milestone: impl Into<String>, offset: i32, unit: OffsetUnit) -> Self {
        Self {
            milestone: milestone.into(),
            offset,
            unit,
            extra: Extra::new(),
        }
    }

    /// The date the rule gives with `milestones`; `None` when the milestone is missing or has
    /// no date, or the date falls outside the calendar.
    pub fn resolve(&self, milestones: &[Milestone]) -> Option<NaiveDate> {
        let base = milestones.iter().find(|m| m.id == self.milestone)?.date?;
        shift(base, self.offset, self.unit)
    }
}

/// `date` moved by `offset` `unit`s; `None` outside the calendar chrono can hold.
pub fn shift(date: NaiveDate, offset: i32, unit: OffsetUnit) -> Option<NaiveDate> {
    match unit {
        OffsetUnit::Days => date.checked_add_signed(Duration::try_days(i64::from(offset))?),
        OffsetUnit::Weeks => date.checked_add_signed(Duration::try_weeks(i64::from(offset))?),
        OffsetUnit::Months => {
            let months = Months::new(offset.unsigned_abs());
            if offset < 0 {
                date.checked_sub_months(months)
            } else {
                date.checked_add_months(months)
            }
        }
    }
}

/// An id for a new milestone of the user, unused in `milestones`.
pub fn next_milestone_id(milestones: &[Milestone]) -> String {
    let highest = milestones
        .iter()
        .filter_map(|m| m.id.strip_prefix(CUSTOM_MILESTONE_PREFIX))
        .filter_map(|n| n.parse::<u64>().ok())
        .max()
        .unwrap_or(0);
    format!("{CUSTOM_MILESTONE_PREFIX}{}", highest.saturating_add(1))
}

#[cfg(test)]
#[path = "milestones_tests.rs"]
mod tests;

//! The plan's check-in edits: proposing and re-dating the check-ins after launch from the
//! start of operations, and taking the model's indicators (see [`crate::model::checkins`]).

use chrono::NaiveDate;

use super::Plan;
use crate::model::catalogue::ModelEntry;
use crate::model::checkins::{CheckIn, indicators_of, proposed};
use crate::model::milestones::OPERATIONS_START;

impl Plan {
    /// The date of the start of operations, when set.
    pub fn operations_start(&self) -> Option<NaiveDate> {
        self.milestone(OPERATIONS_START)?.date
    }

    /// Brings the check-ins in line with the start of operations and the indicators (see the
    /// module's rules).
    pub fn sync_checkins(&mut self) {
        let old = std::mem::take(&mut self.checkins);
        self.checkins = match self.operations_start() {
            None => old.into_iter().filter(CheckIn::has_entries).collect(),
            Some(start) => proposed(start, old, &self.indicators),
        };
    }

    /// Takes the indicators of `model` and brings the check-ins in line with them.
    pub fn set_indicators(&mut self, model: &ModelEntry) {
        self.indicators = indicators_of(model);
        self.sync_checkins();
    }

    /// The first check-in on or after `today`.
    pub fn next_checkin(&self, today: NaiveDate) -> Option<&CheckIn> {
        self.checkins
            .iter()
            .filter(|c| c.date >= today)
            .min_by_key(|c| c.date)
    }

    /// The earliest check-in before `today` without any actual value.
    pub fn overdue_checkin(&self, today: NaiveDate) -> Option<&CheckIn> {
        self.checkins
            .iter()
            .filter(|c| c.date < today && !c.is_held())
            .min_by_key(|c| c.date)
    }
}

#[cfg(test)]
#[path = "checkins_tests.rs"]
mod tests;

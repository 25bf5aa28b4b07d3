//! Checklist progress per phase and overall, and how close each item is to its due date.

use chrono::NaiveDate;

use super::checklist::ChecklistEntry;
use super::taxonomy::Phase;

/// Items due within this many days count as "due soon".
pub const DUE_SOON_DAYS: i64 = 7;

/// Counts of a group of checklist items.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Progress {
    /// Items done.
    pub done: usize,
    /// Items marked "not applicable" with a reason (left out of the goal).
    pub not_applicable: usize,
    /// All items.
    pub total: usize,
}

impl Progress {
    /// Counts `entries`.
    pub fn of<'a>(entries: impl IntoIterator<Item = &'a ChecklistEntry>) -> Self {
        let mut progress = Self::default();
        for entry in entries {
            progress.count(entry);
        }
        progress
    }

    /// Counts one more entry.
    fn count(&mut self, entry: &ChecklistEntry) {
        self.total += 1;
        if entry.is_done() {
            self.done += 1;
        } else if entry.is_not_applicable() {
            self.not_applicable += 1;
        }
    }

    /// Items that apply (all but "not applicable").
    pub fn applicable(&self) -> usize {
        self.total.saturating_sub(self.not_applicable)
    }

    /// Items still open.
    pub fn open(&self) -> usize {
        self.applicable().saturating_sub(self.done)
    }

    /// Share of applicable items done, 0.0–1.0; 1.0 when items exist and none applies.
    pub fn fraction(&self) -> f32 {
        match (self.applicable(), self.total) {
            (_, 0) => 0.0,
            (0, _) => 1.0,
            #[expect(clippy::cast_precision_loss, reason = "item counts are small")]
            (applicable, _) => self.done as f32 / applicable as f32,
        }
    }

    /// Percentage done, rounded down.
    pub fn percent(&self) -> usize {
        match self.applicable() {
            0 if self.total > 0 => 100,
            0 => 0,
            applicable => self.done * 100 / applicable,
        }
    }
}

/// Progress of every phase, in [`Phase::ALL`] order.
/// One pass over the entries: the checklist's header draws this every frame.
pub fn by_phase(entries: &[ChecklistEntry]) -> [(Phase, Progress); 7] {
    let mut phases = Phase::ALL.map(|phase| (phase, Progress::default()));
    for entry in entries {
        if let Some((_, progress)) = phases.iter_mut().find(|(phase, _)| *phase == entry.phase) {
            progress.count(entry);
        }
    }
    phases
}

/// Where an item stands against its due date.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Due {
    /// Done or not applicable: dates no longer matter.
    Closed,
    /// No due date.
    NoDate,
    /// Due later than [`DUE_SOON_DAYS`] from today.
    Later,
    /// Due today.
    Today,
    /// Due within [`DUE_SOON_DAYS`] days.
    Soon(i64),
    /// Past its due date by this many days.
    Overdue(i64),
}

impl Due {
    /// True for items that need attention now (overdue, today or soon).
    pub fn is_pressing(self) -> bool {
        matches!(self, Self::Overdue(_) | Self::Today | Self::Soon(_))
    }
}

/// How `entry` stands against its due date on `today`.
pub fn due_state(entry: &ChecklistEntry, today: NaiveDate) -> Due {
    if entry.is_closed() {
        return Due::Closed;
    }
    let Some(due) = entry.due else {
        return Due::NoDate;
    };
    let days = (due - today).num_days();
    match days {
        d if d < 0 => Due::Overdue(-d),
        0 => Due::Today,
        d if d <= DUE_SOON_DAYS => Due::Soon(d),
        _ => Due::Later,
    }
}

/// How many items are overdue, and how many are due today or soon.
pub fn count_pressing(entries: &[ChecklistEntry], today: NaiveDate) -> (usize, usize) {
    entries
        .iter()
        .fold((0, 0), |(overdue, soon), e| match due_state(e, today) {
            Due::Overdue(_) => (overdue + 1, soon),
            Due::Today | Due::Soon(_) => (overdue, soon + 1),
            Due::Closed | Due::NoDate | Due::Later => (overdue, soon),
        })
}

#[cfg(test)]
mod tests {
    use chrono::NaiveDate;

    use super::{Due, Progress, by_phase, count_pressing, due_state};
    use crate::model::plan::{ChecklistEntry, Status};
    use crate::model::taxonomy::Phase;

    fn entry(phase: Phase, status: Status) -> ChecklistEntry {
        let mut e = ChecklistEntry::custom("custom_1".to_owned(), phase, "x");
        e.status = status;
        e
    }

    fn day(d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, d).unwrap()
    }

    #[test]
    fn progress_leaves_out_items_that_do_not_apply() {
        let mut na = entry(Phase::Founding, Status::NotApplicable);
        let unexplained = entry(Phase::Founding, Status::NotApplicable);
        na.na_reason = "Gmina nie jest założycielem".to_owned();
        let entries = [
            entry(Phase::Preparation, Status::Done),
            entry(Phase::Preparation, Status::InProgress),
            na,
            unexplained,
        ];
        let all = Progress::of(&entries);
        assert_eq!((all.done, all.not_applicable, all.total), (1, 1, 4));
        assert_eq!(all.applicable(), 3);
        assert_eq!(all.open(), 2);
        assert_eq!(all.percent(), 33);
        let phases = by_phase(&entries);
        assert_eq!(
            phases[0],
            (
                Phase::Preparation,
                Progress {
                    done: 1,
                    not_applicable: 0,
                    total: 2
                }
            )
        );
        assert_eq!(phases[1].1.percent(), 0);
        assert_eq!(phases[2].1, Progress::default());
        assert!((phases[0].1.fraction() - 0.5).abs() < f32::EPSILON);
    }

    #[test]
    fn empty_and_fully_skipped_groups() {
        assert_eq!(Progress::default().percent(), 0);
        assert!(Progress::default().fraction().abs() < f32::EPSILON);
        let skipped = Progress {
            done: 0,
            not_applicable: 2,
            total: 2,
        };
        assert_eq!(skipped.percent(), 100);
        assert!((skipped.fraction() - 1.0).abs() < f32::EPSILON);
    }

    #[test]
    fn due_states_follow_the_calendar() {
        let today = day(27);
        let mut e = entry(Phase::Funding, Status::Todo);
        assert_eq!(due_state(&e, today), Due::NoDate);
        for (due, expected) in [
            (day(20), Due::Overdue(7)),
            (day(26), Due::Overdue(1)),
            (day(27), Due::Today),
            (day(28), Due::Soon(1)),
            (NaiveDate::from_ymd_opt(2026, 12, 4).unwrap(), Due::Soon(7)),
            (NaiveDate::from_ymd_opt(2026, 12, 5).unwrap(), Due::Later),
        ] {
            e.due = Some(due);
            assert_eq!(due_state(&e, today), expected, "{due}");
        }
        e.due = Some(day(1));
        e.status = Status::Done;
        assert_eq!(due_state(&e, today), Due::Closed);
        assert!(!Due::Closed.is_pressing());
        assert!(Due::Today.is_pressing());
    }

    #[test]
    fn pressing_items_are_counted() {
        let mut late = entry(Phase::Funding, Status::InProgress);
        late.due = Some(day(2));
        let mut soon = entry(Phase::Funding, Status::Todo);
        soon.due = Some(day(30));
        let mut done_late = entry(Phase::Funding, Status::Done);
        done_late.due = Some(day(2));
        assert_eq!(count_pressing(&[late, soon, done_late], day(27)), (1, 1));
    }
}

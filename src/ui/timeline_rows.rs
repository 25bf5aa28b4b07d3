//! What the timeline's chart and text version share: the scale, the rows (phase headings
//! and dated tasks in order) and the state each task is shown in. A leaf: it imports no
//! other timeline file.

use chrono::NaiveDate;

use crate::i18n::planning::timeline::TimelineTexts;
use crate::model::plan::{ChecklistEntry, Plan, Status};
use crate::model::taxonomy::Phase;

/// How much time the timeline shows: its scale.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Zoom {
    /// Days are wide; weeks are labelled.
    Week,
    /// Months are labelled.
    #[default]
    Month,
    /// Quarters are labelled.
    Quarter,
}

impl Zoom {
    /// All scales, in the order shown.
    pub const ALL: [Self; 3] = [Self::Week, Self::Month, Self::Quarter];

    /// Width of one day on the axis, in points.
    pub fn day_width(self) -> f32 {
        match self {
            Self::Week => 24.0,
            Self::Month => 6.0,
            Self::Quarter => 2.0,
        }
    }
}

/// One row of the chart.
#[derive(Clone, Copy, Debug)]
pub enum Row<'a> {
    /// A phase's heading.
    Phase(Phase),
    /// A dated task.
    Task(&'a ChecklistEntry),
}

/// The chart's rows: for each phase with dated tasks, its heading and its tasks by date.
pub fn rows(plan: &Plan) -> Vec<Row<'_>> {
    let mut dated: Vec<&ChecklistEntry> =
        plan.checklist.iter().filter(|e| e.due.is_some()).collect();
    dated.sort_by_key(|e| (phase_position(e.phase), e.due));
    let mut rows = Vec::with_capacity(dated.len() + Phase::ALL.len());
    let mut last = None;
    for entry in dated {
        if last != Some(entry.phase) {
            rows.push(Row::Phase(entry.phase));
            last = Some(entry.phase);
        }
        rows.push(Row::Task(entry));
    }
    rows
}

/// The position of `phase` in [`Phase::ALL`].
pub fn phase_position(phase: Phase) -> usize {
    Phase::ALL
        .iter()
        .position(|p| *p == phase)
        .unwrap_or_default()
}

/// Where a task stands, as the chart and the text version name it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum State {
    /// Not started, not overdue.
    Todo,
    /// Started, not overdue.
    InProgress,
    /// Done.
    Done,
    /// Not applicable.
    NotApplicable,
    /// Open and past its due date.
    Overdue,
}

impl State {
    /// The state of `entry` on `today`.
    pub fn of(entry: &ChecklistEntry, today: NaiveDate) -> Self {
        match entry.status {
            Status::Done => Self::Done,
            Status::NotApplicable => Self::NotApplicable,
            _ if entry.due.is_some_and(|d| d < today) => Self::Overdue,
            Status::InProgress => Self::InProgress,
            Status::Todo => Self::Todo,
        }
    }

    /// The state's name (with its sign: never colour alone).
    pub fn name(self, t: &TimelineTexts) -> &'static str {
        let [todo, in_progress, done, not_applicable, overdue] = t.states;
        match self {
            Self::Todo => todo,
            Self::InProgress => in_progress,
            Self::Done => done,
            Self::NotApplicable => not_applicable,
            Self::Overdue => overdue,
        }
    }
}

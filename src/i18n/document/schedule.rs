//! Words of the exported schedule: the dated tasks and the milestones in date order, and the
//! pictures of the HTML export (their titles and legends are in
//! [`crate::i18n::planning::charts`]).

use crate::model::text::Lang;

/// Every word of the schedule section.
#[derive(Debug)]
pub struct ScheduleWords {
    /// The section's heading.
    pub heading: &'static str,
    /// What the table lists.
    pub intro: &'static str,
    /// The summary: dated tasks, dated milestones, tasks without a date.
    pub summary: fn(usize, usize, usize) -> String,
    /// Column "date".
    pub col_date: &'static str,
    /// Column "what": a task or a milestone.
    pub col_what: &'static str,
    /// A milestone's row: its name.
    pub milestone: fn(&str) -> String,
}

/// The Polish words.
pub const PL: ScheduleWords = ScheduleWords {
    heading: "Harmonogram",
    intro: "Zadania z terminem i kamienie milowe w kolejności dat.",
    summary: |tasks, milestones, undated| {
        format!(
            "Zadania z terminem: {tasks}; kamienie milowe z datą: {milestones}; \
             zadania bez terminu: {undated}."
        )
    },
    col_date: "Data",
    col_what: "Co",
    milestone: |name| format!("Kamień milowy: {name}"),
};

/// The English words.
pub const EN: ScheduleWords = ScheduleWords {
    heading: "Schedule",
    intro: "Dated tasks and milestones in date order.",
    summary: |tasks, milestones, undated| {
        format!(
            "Dated tasks: {tasks}; dated milestones: {milestones}; tasks without a date: \
             {undated}."
        )
    },
    col_date: "Date",
    col_what: "What",
    milestone: |name| format!("Milestone: {name}"),
};

/// The words for `lang`.
pub fn words(lang: Lang) -> &'static ScheduleWords {
    match lang {
        Lang::Pl => &PL,
        Lang::En => &EN,
    }
}

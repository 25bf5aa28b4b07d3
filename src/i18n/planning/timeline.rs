//! Texts of the checklist's timeline: the list/timeline switch, zoom, the axis (Polish month
//! names), the text alternative and the progress bars per phase.

use crate::i18n::{Lang, plural_pl};
use crate::model::progress::Progress;

/// Every text of the timeline.
#[derive(Debug)]
pub struct TimelineTexts {
    /// The two views of the checklist: list, timeline.
    pub tabs: [&'static str; 2],
    /// Label before the zoom choice.
    pub zoom_label: &'static str,
    /// Zoom levels: week, month, quarter.
    pub zooms: [&'static str; 3],
    /// Button scrolling the chart to today.
    pub go_to_today: &'static str,
    /// Accessible name of the chart.
    pub chart_name: &'static str,
    /// Label of today's line.
    pub today: &'static str,
    /// Shown when no task has a due date.
    pub empty: &'static str,
    /// How many tasks have no due date (they are not on the axis).
    pub undated: fn(usize) -> String,
    /// A task on the chart: text, date, state (its accessible name).
    pub task: fn(&str, &str, &str) -> String,
    /// A milestone on the chart: name, date.
    pub milestone: fn(&str, &str) -> String,
    /// Heading of the text alternative.
    pub text_heading: &'static str,
    /// States: to do, in progress, done, not applicable, overdue.
    pub states: [&'static str; 5],
    /// Month names, January first.
    pub months: [&'static str; 12],
    /// Short month names, January first.
    pub months_short: [&'static str; 12],
    /// A quarter: number (1–4), year.
    pub quarter: fn(u32, i32) -> String,
    /// Heading of the progress bars per phase.
    pub phases_heading: &'static str,
    /// One phase's numbers next to its bar (and the bar's accessible name): phase, progress.
    pub phase_bar: fn(&str, Progress) -> String,
}

/// The Polish table.
pub const PL: TimelineTexts = TimelineTexts {
    tabs: ["📋 Lista", "📅 Oś czasu"],
    zoom_label: "Skala:",
    zooms: ["Tydzień", "Miesiąc", "Kwartał"],
    go_to_today: "📍 Przewiń do dziś",
    chart_name: "Oś czasu zadań",
    today: "dziś",
    empty: "Żadne zadanie nie ma jeszcze terminu. Wpisz terminy zadań – stałe albo liczone \
        od kamieni milowych.",
    undated: |n| {
        let word = plural_pl(n, "zadanie", "zadania", "zadań");
        format!("Bez terminu, poza osią: {n} {word}")
    },
    task: |text, date, state| format!("{text} – {date}, {state}"),
    milestone: |name, date| format!("🏁 {name} – {date}"),
    text_heading: "Zadania według dat (wersja tekstowa)",
    states: [
        "do zrobienia",
        "w toku",
        "✔ zrobione",
        "– nie dotyczy",
        "⛔ po terminie",
    ],
    months: [
        "styczeń",
        "luty",
        "marzec",
        "kwiecień",
        "maj",
        "czerwiec",
        "lipiec",
        "sierpień",
        "wrzesień",
        "październik",
        "listopad",
        "grudzień",
    ],
    months_short: [
        "sty", "lut", "mar", "kwi", "maj", "cze", "lip", "sie", "wrz", "paź", "lis", "gru",
    ],
    quarter: |q, year| {
        let roman = ["I", "II", "III", "IV"];
        let index = usize::try_from(q.saturating_sub(1)).unwrap_or_default();
        format!("{} kw. {year}", roman.get(index).copied().unwrap_or("I"))
    },
    phases_heading: "Postęp etapów",
    phase_bar: |name, p| {
        format!(
            "{name}: zrobione {} z {} ({}%)",
            p.done,
            p.applicable(),
            p.percent()
        )
    },
};

/// The English table.
pub const EN: TimelineTexts = TimelineTexts {
    tabs: ["📋 List", "📅 Timeline"],
    zoom_label: "Scale:",
    zooms: ["Week", "Month", "Quarter"],
    go_to_today: "📍 Scroll to today",
    chart_name: "Timeline of the tasks",
    today: "today",
    empty: "No task has a due date yet. Enter due dates – fixed, or counted from milestones.",
    undated: |n| {
        let word = if n == 1 { "task" } else { "tasks" };
        format!("Without a due date, not on the axis: {n} {word}")
    },
    task: |text, date, state| format!("{text} – {date}, {state}"),
    milestone: |name, date| format!("🏁 {name} – {date}"),
    text_heading: "Tasks by date (text version)",
    states: [
        "to do",
        "in progress",
        "✔ done",
        "– not applicable",
        "⛔ overdue",
    ],
    months: [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ],
    months_short: [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ],
    quarter: |q, year| format!("Q{q} {year}"),
    phases_heading: "Progress by phase",
    phase_bar: |name, p| {
        format!(
            "{name}: {} of {} done ({}%)",
            p.done,
            p.applicable(),
            p.percent()
        )
    },
};

/// The table for `lang`.
pub fn texts(lang: Lang) -> &'static TimelineTexts {
    match lang {
        Lang::Pl => &PL,
        Lang::En => &EN,
    }
}

#[cfg(test)]
mod tests {
    use super::texts;
    use crate::i18n::Lang;

    #[test]
    fn no_text_is_empty_and_quarters_read_well() {
        for t in super::super::checked_tables(texts) {
            assert!(!(t.undated)(3).is_empty());
            assert!((t.task)("a", "b", "c").contains('a'));
            assert!((t.milestone)("a", "b").contains('b'));
        }
        assert_eq!((texts(Lang::Pl).quarter)(3, 2027), "III kw. 2027");
        assert_eq!((texts(Lang::En).quarter)(4, 2027), "Q4 2027");
        assert_eq!(texts(Lang::Pl).months[9], "październik");
        assert_eq!(
            (texts(Lang::Pl).undated)(5),
            "Bez terminu, poza osią: 5 zadań"
        );
        let p = crate::model::progress::Progress {
            done: 3,
            not_applicable: 1,
            total: 5,
        };
        assert_eq!(
            (texts(Lang::Pl).phase_bar)("Założenie", p),
            "Założenie: zrobione 3 z 4 (75%)"
        );
    }
}

//! Texts of the check-ins after launch: the section in the checklist step, their markers on
//! the timeline, and their part of the exports and the calendar feed.

use crate::i18n::{Lang, plural_pl};

/// Every text of the check-ins.
#[derive(Debug)]
pub struct CheckInTexts {
    /// The section's fold button: how many check-ins, how many held.
    pub section: fn(usize, usize) -> String,
    /// What check-ins are, and that only counts and amounts go in.
    pub intro: &'static str,
    /// Shown while the start of operations has no date.
    pub no_start: &'static str,
    /// Shown when the model names no monitoring indicators.
    pub no_indicators: &'static str,
    /// A check-in's name (number).
    pub name: fn(u8) -> String,
    /// A check-in's title: number, months after the start of operations.
    pub title: fn(u8, u32) -> String,
    /// A check-in's state: held (an actual value is entered).
    pub held: &'static str,
    /// A check-in's state: date passed with no actual value.
    pub overdue: &'static str,
    /// A check-in's state: in this many days.
    pub in_days: fn(i64) -> String,
    /// Label of the target field.
    pub target: &'static str,
    /// Label of the actual-value field.
    pub actual: &'static str,
    /// Label of the note field.
    pub note: &'static str,
    /// Accessible name of a field: field label, indicator, check-in number.
    pub field_of: fn(&str, &str, u8) -> String,
    /// Hint in the value fields.
    pub value_hint: &'static str,
    /// Hint in the note field.
    pub note_hint: &'static str,
    /// Shown under a value that is not a count or an amount.
    pub invalid_value: &'static str,
    /// Marks a row whose indicator the model no longer names.
    pub not_in_model: &'static str,
    /// Marks an indicator the catalogue has not confirmed.
    pub to_verify: &'static str,
    /// Heading of the export section.
    pub export_heading: &'static str,
    /// The export table's columns: check-in, date, indicator, target, actual, note.
    pub columns: [&'static str; 6],
    /// Line of the timeline's text version (check-in name, date).
    pub timeline_line: fn(&str, &str) -> String,
    /// Description of a check-in in the calendar feed.
    pub calendar_description: &'static str,
}

/// The Polish table.
pub const PL: CheckInTexts = CheckInTexts {
    section: |all, held| {
        format!(
            "Przeglądy po uruchomieniu ({all}, {held} {})",
            plural_pl(held, "odbyty", "odbyte", "odbytych")
        )
    },
    intro: "Co kwartał przez pierwsze dwa lata działalności zespół porównuje cel z tym, co \
            osiągnięto, dla każdego wskaźnika monitoringu modelu. Wpisuj tylko liczby i kwoty \
            – bez imion, nazwisk i innych danych o konkretnych osobach.",
    no_start: "Wpisz datę rozpoczęcia działalności w kamieniach milowych, a plan zaproponuje \
               8 przeglądów: co 3 miesiące przez 2 lata.",
    no_indicators: "Model nie podaje wskaźników monitoringu; przeglądy mają tylko daty.",
    name: |n| format!("Przegląd {n}"),
    title: |n, months| format!("Przegląd {n} · {months} mies. działalności"),
    held: "odbyty",
    overdue: "zaległy",
    in_days: |days| match days {
        0 => "dziś".to_owned(),
        1 => "jutro".to_owned(),
        n => format!("za {n} dni"),
    },
    target: "Cel",
    actual: "Osiągnięto",
    note: "Uwagi",
    field_of: |field, indicator, n| format!("{field} – przegląd {n}: {indicator}"),
    value_hint: "np. 12",
    note_hint: "bez danych osobowych",
    invalid_value: "Tu wpisz tylko liczbę lub kwotę, np. 12, 45 000,50 albo 80%.",
    not_in_model: "(wskaźnika nie ma już w modelu)",
    to_verify: "do weryfikacji",
    export_heading: "Przeglądy po uruchomieniu",
    columns: ["Przegląd", "Data", "Wskaźnik", "Cel", "Osiągnięto", "Uwagi"],
    timeline_line: |name, date| format!("📋 {date} · {name}"),
    calendar_description: "Przegląd wskaźników monitoringu: cel i wartość osiągnięta \
                           (tylko liczby i kwoty).",
};

/// The English table.
pub const EN: CheckInTexts = CheckInTexts {
    section: |all, held| format!("Check-ins after launch ({all}, {held} held)"),
    intro: "Every quarter of the first two years of operation, the team compares the target \
            with what was reached for each of the model's monitoring indicators. Enter counts \
            and amounts only – no names or other data about particular people.",
    no_start: "Enter the date of the start of operations among the milestones, and the plan \
               proposes 8 check-ins: every 3 months for 2 years.",
    no_indicators: "The model names no monitoring indicators; the check-ins only have dates.",
    name: |n| format!("Check-in {n}"),
    title: |n, months| format!("Check-in {n} · month {months} of operation"),
    held: "held",
    overdue: "overdue",
    in_days: |days| match days {
        0 => "today".to_owned(),
        1 => "tomorrow".to_owned(),
        n => format!("in {n} days"),
    },
    target: "Target",
    actual: "Reached",
    note: "Note",
    field_of: |field, indicator, n| format!("{field} – check-in {n}: {indicator}"),
    value_hint: "e.g. 12",
    note_hint: "no personal data",
    invalid_value: "Enter a count or an amount only, e.g. 12, 45 000.50 or 80%.",
    not_in_model: "(no longer an indicator of the model)",
    to_verify: "to verify",
    export_heading: "Check-ins after launch",
    columns: ["Check-in", "Date", "Indicator", "Target", "Reached", "Note"],
    timeline_line: |name, date| format!("📋 {date} · {name}"),
    calendar_description: "Review of the monitoring indicators: target and value reached \
                           (counts and amounts only).",
};

/// The table for `lang`.
pub fn texts(lang: Lang) -> &'static CheckInTexts {
    crate::i18n::by_lang(lang, &PL, &EN)
}

#[cfg(test)]
mod tests {
    use super::{EN, PL};

    #[test]
    fn no_text_is_empty() {
        for table in [&PL, &EN] {
            crate::i18n::planning::assert_no_empty_field(&format!("{table:?}"));
        }
    }

    #[test]
    fn polish_counts_agree() {
        assert_eq!(
            (PL.section)(8, 1),
            "Przeglądy po uruchomieniu (8, 1 odbyty)"
        );
        assert_eq!(
            (PL.section)(8, 2),
            "Przeglądy po uruchomieniu (8, 2 odbyte)"
        );
        assert_eq!(
            (PL.section)(8, 5),
            "Przeglądy po uruchomieniu (8, 5 odbytych)"
        );
    }
}

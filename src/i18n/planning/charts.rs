//! Texts of the charts, in the window and in the exported pictures: the budget against its
//! funding sources, the readiness answers, and the legends of the exported timeline.

use crate::i18n::Lang;

/// Every text of the charts.
#[derive(Debug)]
pub struct ChartTexts {
    /// Accessible name and title of the budget chart.
    pub budget_name: &'static str,
    /// Labels of the two bars: costs, funding.
    pub budget_bars: [&'static str; 2],
    /// The gap's label: money missing (amount).
    pub gap_missing: fn(&str) -> String,
    /// The gap's label: a surplus (amount).
    pub gap_surplus: fn(&str) -> String,
    /// Said when funding equals the costs.
    pub balanced: &'static str,
    /// The budget chart's numbers: costs, funding, what the gap is.
    pub budget_numbers: fn(&str, &str, &str) -> String,
    /// Accessible name and title of the readiness chart.
    pub readiness_name: &'static str,
    /// One question's answer: number, points (`None` while unanswered).
    pub readiness_answer: fn(usize, Option<u8>) -> String,
    /// How many answers of each kind: counts of 0, 1 and 2 points, unanswered.
    pub readiness_counts: fn([usize; 3], usize) -> String,
    /// Title of the exported timeline.
    pub timeline_name: &'static str,
    /// Legend of the exported timeline (each word next to its shape): done, open, overdue, not
    /// applicable, milestone, today.
    pub timeline_legend: [&'static str; 6],
    /// Title of the exported progress per phase.
    pub phases_name: &'static str,
}

/// The Polish table.
pub const PL: ChartTexts = ChartTexts {
    budget_name: "Wykres: koszty a źródła finansowania",
    budget_bars: ["Koszty", "Finansowanie"],
    gap_missing: |amount| format!("Brakuje {amount}"),
    gap_surplus: |amount| format!("Nadwyżka {amount}"),
    balanced: "Finansowanie pokrywa koszty",
    budget_numbers: |costs, funding, gap| format!("Koszty {costs}, finansowanie {funding}; {gap}"),
    readiness_name: "Wykres: odpowiedzi na pytania gotowości",
    readiness_answer: |number, points| match points {
        Some(p) => format!("{number}: {p} pkt"),
        None => format!("{number}: bez odpowiedzi"),
    },
    readiness_counts: |[no, partly, yes], unanswered| {
        format!("Tak: {yes} · Częściowo: {partly} · Nie: {no} · Bez odpowiedzi: {unanswered}")
    },
    timeline_name: "Oś czasu zadań",
    timeline_legend: [
        "zrobione",
        "do zrobienia",
        "po terminie",
        "nie dotyczy",
        "kamień milowy",
        "dziś",
    ],
    phases_name: "Postęp etapów",
};

/// The English table.
pub const EN: ChartTexts = ChartTexts {
    budget_name: "Chart: costs against funding sources",
    budget_bars: ["Costs", "Funding"],
    gap_missing: |amount| format!("Missing {amount}"),
    gap_surplus: |amount| format!("Surplus {amount}"),
    balanced: "Funding covers the costs",
    budget_numbers: |costs, funding, gap| format!("Costs {costs}, funding {funding}; {gap}"),
    readiness_name: "Chart: answers to the readiness questions",
    readiness_answer: |number, points| match points {
        Some(p) => format!("{number}: {p} pt"),
        None => format!("{number}: not answered"),
    },
    readiness_counts: |[no, partly, yes], unanswered| {
        format!("Yes: {yes} · Partly: {partly} · No: {no} · Not answered: {unanswered}")
    },
    timeline_name: "Timeline of the tasks",
    timeline_legend: [
        "done",
        "open",
        "overdue",
        "not applicable",
        "milestone",
        "today",
    ],
    phases_name: "Progress by phase",
};

/// The table for `lang`.
pub fn texts(lang: Lang) -> &'static ChartTexts {
    match lang {
        Lang::Pl => &PL,
        Lang::En => &EN,
    }
}

#[cfg(test)]
mod tests {
    use super::{EN, PL};

    #[test]
    fn no_text_is_empty() {
        crate::i18n::planning::assert_no_empty_field(&format!("{PL:?}{EN:?}"));
        assert_eq!((PL.readiness_answer)(3, None), "3: bez odpowiedzi");
        assert_eq!(
            (EN.readiness_counts)([1, 2, 3], 4),
            "Yes: 3 · Partly: 2 · No: 1 · Not answered: 4"
        );
    }
}

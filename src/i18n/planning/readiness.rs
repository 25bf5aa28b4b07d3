//! Texts of the readiness step.

use crate::i18n::Lang;
use crate::model::readiness::Summary;

/// Every text of the readiness step.
#[derive(Debug)]
pub struct ReadinessTexts {
    /// Heading.
    pub heading: &'static str,
    /// How to answer.
    pub intro: &'static str,
    /// Where the pass mark comes from: threshold, maximum.
    pub threshold_note: fn(u32, u32) -> String,
    /// Answers worth 0, 1 and 2 points.
    pub answers: [&'static str; 3],
    /// The score.
    pub score: fn(Summary) -> String,
    /// The score reaches the threshold.
    pub verdict_pass: &'static str,
    /// The score is below the threshold.
    pub verdict_low: &'static str,
    /// Not every question is answered: answered, asked.
    pub verdict_incomplete: fn(usize, usize) -> String,
    /// Heading of the suggestions.
    pub suggestions_heading: &'static str,
    /// Shown when nothing is suggested.
    pub no_suggestions: &'static str,
    /// Button adding a suggested item.
    pub suggestion_add: fn(&str) -> String,
    /// A suggested item already on the list.
    pub suggestion_there: fn(&str) -> String,
    /// Button that shows an item in the checklist.
    pub show_on_list: &'static str,
    /// Accessible name of that button.
    pub show_on_list_name: fn(&str) -> String,
    /// Button adding every suggestion not yet on the list.
    pub add_all: fn(usize) -> String,
}

/// The Polish table.
pub const PL: ReadinessTexts = ReadinessTexts {
    heading: "Czy zespół jest gotowy do replikacji?",
    intro: "Oceń uczciwie każde zdanie: 0 – nie, 1 – częściowo, 2 – tak. Przy słabszych \
        odpowiedziach program proponuje zadania, które jednym kliknięciem trafiają na listę zadań.",
    threshold_note: |threshold, max| {
        format!(
            "Próg gotowości: {threshold} z {max} pkt (75%), zapożyczony z testu „Ready to \
             replicate?” organizacji ICSF (dziś Spring Impact)."
        )
    },
    answers: ["Nie", "Częściowo", "Tak"],
    score: |s| format!("Wynik: {} z {} pkt", s.points, s.max),
    verdict_pass: "✔ Wynik osiąga próg gotowości.",
    verdict_low: "⚠ Wynik jest poniżej progu – zacznij od zadań zaproponowanych niżej.",
    verdict_incomplete: |answered, asked| format!("Odpowiedzi: {answered} z {asked} pytań."),
    suggestions_heading: "Proponowane zadania",
    no_suggestions: "Propozycje pojawią się przy odpowiedziach „Nie” i „Częściowo”.",
    suggestion_add: |text| format!("➕ Dodaj do listy zadań: {text}"),
    suggestion_there: |text| format!("✔ Na liście zadań: {text}"),
    show_on_list: "Pokaż na liście",
    show_on_list_name: |text| format!("Pokaż na liście: {text}"),
    add_all: |n| format!("➕ Dodaj wszystkie brakujące propozycje ({n})"),
};

/// The English table.
pub const EN: ReadinessTexts = ReadinessTexts {
    heading: "Are you ready to replicate?",
    intro: "Score each statement honestly: 0 – no, 1 – partly, 2 – yes. For weaker answers the \
        app suggests items that one click puts on the checklist.",
    threshold_note: |threshold, max| {
        format!(
            "Readiness threshold: {threshold} of {max} points (75%), adapted from the pass \
             mark of the ICSF (now Spring Impact) “Ready to replicate?” test."
        )
    },
    answers: ["No", "Partly", "Yes"],
    score: |s| format!("Score: {} of {} points", s.points, s.max),
    verdict_pass: "✔ The score reaches the readiness threshold.",
    verdict_low: "⚠ The score is below the threshold – start with the items suggested below.",
    verdict_incomplete: |answered, asked| format!("Answered: {answered} of {asked} questions."),
    suggestions_heading: "Suggested items",
    no_suggestions: "Suggestions appear for “No” and “Partly” answers.",
    suggestion_add: |text| format!("➕ Add to the checklist: {text}"),
    suggestion_there: |text| format!("✔ On the checklist: {text}"),
    show_on_list: "Show in the list",
    show_on_list_name: |text| format!("Show in the list: {text}"),
    add_all: |n| format!("➕ Add all missing suggestions ({n})"),
};

/// The table for `lang`.
pub fn texts(lang: Lang) -> &'static ReadinessTexts {
    crate::i18n::by_lang(lang, &PL, &EN)
}

#[cfg(test)]
mod tests {
    use super::texts;
    use crate::model::readiness::Readiness;

    #[test]
    fn no_text_is_empty() {
        for t in super::super::checked_tables(texts) {
            let summary = Readiness::default().summary();
            assert!((t.score)(summary).contains("20"));
            assert!((t.threshold_note)(15, 20).contains("15"));
            for text in [
                (t.verdict_incomplete)(1, 10),
                (t.suggestion_add)("x"),
                (t.suggestion_there)("x"),
                (t.show_on_list_name)("x"),
                (t.add_all)(2),
            ] {
                assert!(text.len() > 2);
            }
        }
    }
}

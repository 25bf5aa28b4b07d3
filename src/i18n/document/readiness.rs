//! Words of the readiness section.

/// The readiness self-assessment.
#[derive(Debug)]
pub struct ReadinessWords {
    /// Heading.
    pub heading: &'static str,
    /// Shown when no question is answered.
    pub empty: &'static str,
    /// The score: points, maximum.
    pub score: fn(u32, u32) -> String,
    /// The pass mark and where it comes from: threshold, maximum, percent.
    pub threshold: fn(u32, u32, u32) -> String,
    /// Every question answered and the score reaches the threshold.
    pub verdict_pass: &'static str,
    /// Every question answered and the score is below the threshold.
    pub verdict_low: &'static str,
    /// Not every question answered: answered, asked.
    pub verdict_incomplete: fn(usize, usize) -> String,
    /// Column: the question.
    pub col_question: &'static str,
    /// Column: the answer.
    pub col_answer: &'static str,
    /// Column: the points.
    pub col_points: &'static str,
    /// Answers worth 0, 1 and 2 points.
    pub answers: [&'static str; 3],
    /// A question without an answer.
    pub not_answered: &'static str,
    /// Label: the checklist item a weak answer suggests.
    pub suggested: &'static str,
    /// Mark on a suggested item that is on the checklist already.
    pub on_list: &'static str,
}

/// Polish.
pub const PL: ReadinessWords = ReadinessWords {
    heading: "Gotowość do replikacji modelu",
    empty: "Ocena gotowości nie została jeszcze wypełniona.",
    score: |points, max| format!("Wynik: {points} z {max} pkt."),
    threshold: |threshold, max, percent| {
        format!(
            "Próg gotowości: {threshold} z {max} pkt ({percent}%); pytania są nasze, a próg \
             zapożyczyliśmy z testu „Ready to replicate?” organizacji ICSF (dziś Spring Impact)."
        )
    },
    verdict_pass: "Wynik osiąga próg gotowości.",
    verdict_low: "Wynik jest poniżej progu gotowości – zacznij od pytań \
        z najniższą oceną.",
    verdict_incomplete: |answered, asked| {
        format!("Ocena niepełna: odpowiedzi na {answered} z {asked} pytań.")
    },
    col_question: "Pytanie",
    col_answer: "Odpowiedź",
    col_points: "Punkty",
    answers: ["Nie", "Częściowo", "Tak"],
    not_answered: "brak odpowiedzi",
    suggested: "Proponowane zadanie",
    on_list: "jest na liście zadań",
};

/// English.
pub const EN: ReadinessWords = ReadinessWords {
    heading: "Readiness to replicate the model",
    empty: "The readiness self-assessment has not been filled in yet.",
    score: |points, max| format!("Score: {points} of {max} points."),
    threshold: |threshold, max, percent| {
        format!(
            "Readiness threshold: {threshold} of {max} points ({percent}%); the questions are ours, \
             the pass mark is adapted from the \u{201c}Ready to replicate?\u{201d} test of the \
             ICSF (now Spring Impact)."
        )
    },
    verdict_pass: "The score reaches the readiness threshold.",
    verdict_low: "The score is below the readiness threshold – start with the questions \
        scored lowest.",
    verdict_incomplete: |answered, asked| {
        format!("Incomplete: {answered} of {asked} questions answered.")
    },
    col_question: "Question",
    col_answer: "Answer",
    col_points: "Points",
    answers: ["No", "Partly", "Yes"],
    not_answered: "not answered",
    suggested: "Suggested item",
    on_list: "on the checklist",
};

#[cfg(test)]
mod tests {
    use super::{EN, PL};

    #[test]
    fn numbers_are_shown() {
        assert_eq!((PL.score)(14, 20), "Wynik: 14 z 20 pkt.");
        assert!(
            (EN.threshold)(15, 20, 75).starts_with("Readiness threshold: 15 of 20 points (75%)")
        );
        assert!((PL.verdict_incomplete)(9, 10).contains("9 z 10"));
    }
}

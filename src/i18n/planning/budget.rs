//! Texts of the budget step.

use crate::i18n::Lang;
use crate::i18n::findings::{self, Findings};

/// Every text of the budget step.
#[derive(Debug)]
pub struct BudgetTexts {
    /// Heading.
    pub heading: &'static str,
    /// The funding kinds, totals and reference amounts, worded as in the exports.
    pub findings: &'static Findings,
    /// How to enter amounts.
    pub intro: &'static str,
    /// Label of the jobs count.
    pub jobs_label: &'static str,
    /// Heading of the costs.
    pub costs_heading: &'static str,
    /// Heading of the funding.
    pub funding_heading: &'static str,
    /// Accessible name of a cost line's name: line number.
    pub cost_name: fn(usize) -> String,
    /// Accessible name of a cost line's amount.
    pub cost_amount: fn(usize) -> String,
    /// Accessible name of a cost line's remove button.
    pub cost_remove: fn(usize) -> String,
    /// Accessible name of a funding line's kind.
    pub funding_kind: fn(usize) -> String,
    /// Accessible name of a funding line's description.
    pub funding_name: fn(usize) -> String,
    /// Accessible name of a funding line's amount.
    pub funding_amount: fn(usize) -> String,
    /// Accessible name of a funding line's remove button.
    pub funding_remove: fn(usize) -> String,
    /// Hint in a cost line's name.
    pub cost_hint: &'static str,
    /// Hint in a funding line's description.
    pub funding_hint: &'static str,
    /// Button adding a cost line.
    pub add_cost: &'static str,
    /// Button adding a funding line.
    pub add_funding: &'static str,
    /// Label of a shortfall.
    pub gap_missing: &'static str,
    /// Label of a surplus.
    pub gap_surplus: &'static str,
    /// Shown when funding equals costs.
    pub balanced: &'static str,
    /// Heading of the reference amounts.
    pub references_heading: &'static str,
    /// What the reference amounts are.
    pub references_intro: &'static str,
    /// Button adding a reference as a funding line: units, formatted amount, total.
    pub add_reference: fn(u32, &str, &str) -> String,
}

/// The Polish table.
pub const PL: BudgetTexts = BudgetTexts {
    heading: "Budżet startowy i finansowanie",
    findings: &findings::PL,
    intro: "Kwoty wpisuj w złotych, np. 31 229,00 albo 31229. To szkic: pokazuje, ile kosztuje \
        start, skąd mogą przyjść pieniądze i ile brakuje.",
    jobs_label: "Miejsca pracy tworzone w spółdzielni",
    costs_heading: "Koszty startu",
    funding_heading: "Źródła finansowania",
    cost_name: |n| format!("Koszt {n}: na co"),
    cost_amount: |n| format!("Koszt {n}: kwota"),
    cost_remove: |n| format!("Usuń koszt {n}"),
    funding_kind: |n| format!("Finansowanie {n}: źródło"),
    funding_name: |n| format!("Finansowanie {n}: opis"),
    funding_amount: |n| format!("Finansowanie {n}: kwota"),
    funding_remove: |n| format!("Usuń finansowanie {n}"),
    cost_hint: "np. wyposażenie kuchni",
    funding_hint: "program, instytucja, uwagi",
    add_cost: "➕ Dodaj koszt",
    add_funding: "➕ Dodaj źródło finansowania",
    gap_missing: "⚠ Brakuje:",
    gap_surplus: "✔ Nadwyżka:",
    balanced: "✔ Finansowanie pokrywa koszty.",
    references_heading: "Kwoty orientacyjne z publikacji",
    references_intro: "Przykłady z podanych źródeł, z datą. Stawki się zmieniają – dodana kwota \
        to tylko punkt wyjścia do poprawienia po rozmowie z OWES, PUP lub PFRON.",
    add_reference: |units, amount, total| format!("➕ Dodaj: {units} × {amount} = {total}"),
};

/// The English table.
pub const EN: BudgetTexts = BudgetTexts {
    heading: "Start-up budget and funding",
    findings: &findings::EN,
    intro: "Enter amounts in złoty, e.g. 31,229.00 or 31229. This is a sketch: what the start \
        costs, where the money may come from and how much is missing.",
    jobs_label: "Jobs the cooperative creates",
    costs_heading: "Start-up costs",
    funding_heading: "Funding sources",
    cost_name: |n| format!("Cost {n}: what for"),
    cost_amount: |n| format!("Cost {n}: amount"),
    cost_remove: |n| format!("Remove cost {n}"),
    funding_kind: |n| format!("Funding {n}: source"),
    funding_name: |n| format!("Funding {n}: description"),
    funding_amount: |n| format!("Funding {n}: amount"),
    funding_remove: |n| format!("Remove funding {n}"),
    cost_hint: "e.g. kitchen equipment",
    funding_hint: "programme, institution, remarks",
    add_cost: "➕ Add a cost",
    add_funding: "➕ Add a funding source",
    gap_missing: "⚠ Missing:",
    gap_surplus: "✔ Surplus:",
    balanced: "✔ Funding covers the costs.",
    references_heading: "Reference amounts from publications",
    references_intro: "Dated examples from the sources given. Rates change – an added amount is \
        only a starting point to correct after talking to the OWES, PUP or PFRON.",
    add_reference: |units, amount, total| format!("➕ Add: {units} × {amount} = {total}"),
};

/// The table for `lang`.
pub fn texts(lang: Lang) -> &'static BudgetTexts {
    crate::i18n::by_lang(lang, &PL, &EN)
}

#[cfg(test)]
mod tests {
    use super::texts;

    #[test]
    fn no_text_is_empty_and_line_names_are_distinct() {
        for t in super::super::checked_tables(texts) {
            let names = [
                (t.cost_name)(1),
                (t.cost_amount)(1),
                (t.cost_remove)(1),
                (t.funding_kind)(1),
                (t.funding_name)(1),
                (t.funding_amount)(1),
                (t.funding_remove)(1),
            ];
            for (i, a) in names.iter().enumerate() {
                assert!(names.iter().skip(i + 1).all(|b| a != b), "{a}");
            }
            assert_ne!((t.cost_name)(1), (t.cost_name)(2));
            assert!((t.add_reference)(2, "a", "b").contains("2 × a"));
        }
    }
}

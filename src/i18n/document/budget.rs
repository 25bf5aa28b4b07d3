//! Words of the budget section.

use crate::i18n::plural_pl;

/// Costs, funding and reference amounts.
#[derive(Debug)]
pub struct BudgetWords {
    /// Heading.
    pub heading: &'static str,
    /// Shown when nothing is entered.
    pub empty: &'static str,
    /// What the figures are.
    pub sketch: &'static str,
    /// Heading of the costs.
    pub costs_heading: &'static str,
    /// Heading of the funding.
    pub funding_heading: &'static str,
    /// Heading of the totals.
    pub summary_heading: &'static str,
    /// Column: what a cost is for.
    pub col_cost: &'static str,
    /// Column: the kind of funding source.
    pub col_kind: &'static str,
    /// Column: a funding line's description.
    pub col_description: &'static str,
    /// Column: the amount.
    pub col_amount: &'static str,
    /// The totals row of a table.
    pub total: &'static str,
    /// Label: costs against funding.
    pub balance: &'static str,
    /// Balance: this much is missing (formatted amount).
    pub missing: fn(&str) -> String,
    /// Balance: this much is left over (formatted amount).
    pub surplus: fn(&str) -> String,
    /// Balance: funding equals costs.
    pub balanced: &'static str,
    /// Label: jobs created.
    pub jobs: &'static str,
    /// Mark on a funding line taken from a reference amount.
    pub reference_mark: &'static str,
    /// Heading of the reference amounts used.
    pub references_heading: &'static str,
    /// What the reference amounts are.
    pub references_intro: &'static str,
    /// The most jobs one entity may claim.
    pub max_units: fn(u32) -> String,
    /// Put before a reference amount's web address.
    pub source: &'static str,
}

/// Polish.
pub const PL: BudgetWords = BudgetWords {
    heading: "Budżet startowy i finansowanie",
    empty: "Budżet nie został jeszcze wypełniony.",
    sketch: "To szkic: kwoty wpisane w planie. Finansowanie pokazane poniżej to źródła, \
        o które spółdzielnia zamierza się starać.",
    costs_heading: "Koszty startu",
    funding_heading: "Źródła finansowania",
    summary_heading: "Podsumowanie",
    col_cost: "Na co",
    col_kind: "Źródło",
    col_description: "Opis",
    col_amount: "Kwota",
    total: "Razem",
    balance: "Bilans",
    missing: |amount| format!("brakuje {amount}"),
    surplus: |amount| format!("nadwyżka {amount}"),
    balanced: "finansowanie pokrywa koszty",
    jobs: "Miejsca pracy tworzone w spółdzielni",
    reference_mark: "kwota orientacyjna",
    references_heading: "Kwoty orientacyjne użyte w budżecie",
    references_intro: "Kwoty oznaczone jako orientacyjne pochodzą z publikacji i są \
        przykładami z podanego okresu. Stawki się zmieniają – przed złożeniem wniosku \
        sprawdź aktualną kwotę w OWES, PUP lub PFRON.",
    max_units: |n| {
        let places = plural_pl(
            usize::try_from(n).unwrap_or(usize::MAX),
            "miejsce",
            "miejsca",
            "miejsc",
        );
        format!("najwyżej {n} {places} pracy na jeden podmiot")
    },
    source: "źródło",
};

/// English.
pub const EN: BudgetWords = BudgetWords {
    heading: "Start-up budget and funding",
    empty: "The budget has not been filled in yet.",
    sketch: "This is a sketch: the amounts entered in the plan. The funding below lists the \
        sources the cooperative intends to apply to.",
    costs_heading: "Start-up costs",
    funding_heading: "Funding sources",
    summary_heading: "Summary",
    col_cost: "What for",
    col_kind: "Source",
    col_description: "Description",
    col_amount: "Amount",
    total: "Total",
    balance: "Balance",
    missing: |amount| format!("{amount} missing"),
    surplus: |amount| format!("surplus of {amount}"),
    balanced: "funding covers the costs",
    jobs: "Jobs the cooperative creates",
    reference_mark: "reference amount",
    references_heading: "Reference amounts used in the budget",
    references_intro: "Amounts marked as reference amounts come from publications and are \
        examples from the period given. Rates change – check the current amount with the \
        OWES, PUP or PFRON before applying.",
    max_units: |n| {
        let jobs = if n == 1 { "job" } else { "jobs" };
        format!("at most {n} {jobs} per entity")
    },
    source: "source",
};

#[cfg(test)]
mod tests {
    use super::{EN, PL};

    #[test]
    fn amounts_and_counts_read_well() {
        assert_eq!(
            (PL.max_units)(10),
            "najwyżej 10 miejsc pracy na jeden podmiot"
        );
        assert_eq!(
            (PL.max_units)(2),
            "najwyżej 2 miejsca pracy na jeden podmiot"
        );
        assert_eq!((EN.max_units)(1), "at most 1 job per entity");
        assert_eq!((PL.missing)("1,00 zł"), "brakuje 1,00 zł");
        assert_eq!((EN.surplus)("PLN 1.00"), "surplus of PLN 1.00");
    }
}

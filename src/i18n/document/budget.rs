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
    /// Names of the funding kinds, in `FundingKind::ALL` order.
    pub kinds: [&'static str; 7],
    /// Label: all costs.
    pub total_costs: &'static str,
    /// Label: all funding.
    pub total_funding: &'static str,
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
    /// Label: start-up cost per job.
    pub per_job: &'static str,
    /// Mark on a funding line taken from a reference amount.
    pub reference_mark: &'static str,
    /// Heading of the reference amounts used.
    pub references_heading: &'static str,
    /// What the reference amounts are.
    pub references_intro: &'static str,
    /// A reference amount per job (formatted amount).
    pub amount_per_job: fn(&str) -> String,
    /// A reference amount per person (formatted amount).
    pub amount_per_person: fn(&str) -> String,
    /// The most jobs one entity may claim.
    pub max_units: fn(u32) -> String,
    /// When the amount applied.
    pub as_of: fn(&str) -> String,
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
    kinds: [
        "OWES – dotacja na miejsca pracy",
        "PUP – Fundusz Pracy",
        "PFRON",
        "Gmina lub powiat",
        "Pożyczka",
        "Wkład własny",
        "Inne",
    ],
    total_costs: "Koszty razem",
    total_funding: "Finansowanie razem",
    balance: "Bilans",
    missing: |amount| format!("brakuje {amount}"),
    surplus: |amount| format!("nadwyżka {amount}"),
    balanced: "finansowanie pokrywa koszty",
    jobs: "Miejsca pracy tworzone w spółdzielni",
    per_job: "Koszt startu na jedno miejsce pracy",
    reference_mark: "kwota orientacyjna",
    references_heading: "Kwoty orientacyjne użyte w budżecie",
    references_intro: "Kwoty oznaczone jako orientacyjne pochodzą z publikacji i są \
        przykładami z podanego okresu. Stawki się zmieniają – przed złożeniem wniosku \
        sprawdź aktualną kwotę w OWES, PUP lub PFRON.",
    amount_per_job: |amount| format!("{amount} na jedno miejsce pracy"),
    amount_per_person: |amount| format!("{amount} na osobę"),
    max_units: |n| {
        let places = plural_pl(
            usize::try_from(n).unwrap_or(usize::MAX),
            "miejsce",
            "miejsca",
            "miejsc",
        );
        format!("najwyżej {n} {places} pracy na jeden podmiot")
    },
    as_of: |when| format!("stan na: {when}"),
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
    kinds: [
        "OWES – job-creation grant",
        "PUP – Labour Fund",
        "PFRON",
        "Municipality or county",
        "Loan",
        "Own contribution",
        "Other",
    ],
    total_costs: "Total costs",
    total_funding: "Total funding",
    balance: "Balance",
    missing: |amount| format!("{amount} missing"),
    surplus: |amount| format!("surplus of {amount}"),
    balanced: "funding covers the costs",
    jobs: "Jobs the cooperative creates",
    per_job: "Start-up cost per job",
    reference_mark: "reference amount",
    references_heading: "Reference amounts used in the budget",
    references_intro: "Amounts marked as reference amounts come from publications and are \
        examples from the period given. Rates change – check the current amount with the \
        OWES, PUP or PFRON before applying.",
    amount_per_job: |amount| format!("{amount} per job"),
    amount_per_person: |amount| format!("{amount} per person"),
    max_units: |n| {
        let jobs = if n == 1 { "job" } else { "jobs" };
        format!("at most {n} {jobs} per entity")
    },
    as_of: |when| format!("as of {when}"),
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
        assert!((PL.amount_per_job)("x").starts_with('x'));
        assert!((EN.as_of)("2015").ends_with("2015"));
    }
}

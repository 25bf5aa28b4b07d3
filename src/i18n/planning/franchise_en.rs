//! English texts of the franchise step.

use super::FranchiseTexts;

/// The English table.
pub const EN: FranchiseTexts = FranchiseTexts {
    heading: "Franchise",
    intro: "What you take over from the model unchanged (the core), what you adapt to the place, \
        who passes the model on and what the agreement covers. From this you can prepare a \
        summary for the franchisor.",
    no_model: "First choose a model in the “Model” step – the elements depend on it.",
    fidelity: |kept, total, adaptations| {
        format!("Model core kept: {kept} of {total}; adaptations: {adaptations}")
    },
    franchisor_heading: "Franchisor: who passes the model on",
    franchisor_kinds: [
        "The pilot cooperative",
        "SNRSS",
        "An OWES",
        "Another organisation",
        "Nobody – open replication from the manual",
    ],
    franchisor_name: "Organisation's name",
    franchisor_contact: "Organisation's contact",
    contact_hint: "The organisation's office address, general e-mail or phone – no private \
        person's data.",
    know_how_source: "Where the know-how comes from",
    verify_owner: "to verify with the model's owner",
    elements_heading: "Model elements: keep, adapt or drop",
    kinds: ["core", "adaptable"],
    provenances: [
        "confirmed in a source",
        "inferred from confirmed facts",
        "our proposal",
    ],
    decisions: ["Keep", "Adapt", "Drop"],
    change_label: "What changes",
    adapt_reason_label: "Why",
    drop_reason_label: "Reason for dropping",
    drop_core_warning: "This is a core element: without it the plan no longer replicates the \
        model in this respect.",
    agreement_heading: "Agreement: terms and where they stand",
    agreement_hint: "Polish law does not regulate the franchise contract in the Civil Code; it \
        rests on freedom of contract (art. 353¹ KC). Whether franchise rules have since been \
        added – to verify. Make the agreement in writing.",
    terms: [
        "Parties",
        "Term and renewal",
        "Territory",
        "Use of the name and brand",
        "The manual and know-how transfer",
        "Training",
        "Ongoing support (mentoring, visits)",
        "Fees (one-off, periodic or none)",
        "Quality standards and fidelity checks",
        "Reporting (counts only) and data protection",
        "Confidentiality and intellectual property",
        "Changes to the model and feedback to the network",
        "Disputes",
        "Exit and termination: the name and the clients",
    ],
    statuses: ["Agreed", "To negotiate", "Not applicable"],
    support_heading: "Support from the franchisor",
    support_what: |n| format!("Support {n}: what"),
    support_note: |n| format!("Support {n}: how often or how much"),
    add_support: "➕ Add support",
    fees_heading: "Fees",
    fees_hint: "The “Budget” step counts these fees in the costs: do not enter them there again.",
    fee_name: |n| format!("Fee {n}: what for"),
    fee_amount: |n| format!("Fee {n}: amount"),
    fee_kinds: ["one-off", "periodic"],
    add_fee: "➕ Add a fee",
    reporting_heading: "Reports to the franchisor (counts only)",
    reporting_what: |n| format!("Report {n}: what"),
    reporting_how_often: |n| format!("Report {n}: how often"),
    add_reporting: "➕ Add a report",
    remove: |n| format!("Remove line {n}"),
    missing_drop_reason: "Give the reason for dropping the element.",
    franchisor_commits: "The franchisor commits to",
    replicator_commits: "The franchisor expects back",
    finding_core_dropped: |name| {
        format!("Core element dropped: {name} – the plan no longer replicates the model there.")
    },
    finding_no_franchisor: "No franchisor chosen (nor open replication).",
    finding_open_without_know_how: "Open replication: say where the know-how comes from.",
    finding_terms_open: |n| format!("Agreement terms still to negotiate: {n}"),
    finding_terms_open_near_start: |n, days| {
        let span = |d: u64| {
            if d == 1 {
                "1 day".to_owned()
            } else {
                format!("{d} days")
            }
        };
        let when = match days {
            0 => "Operations start today".to_owned(),
            1.. => format!("{} to the start of operations", span(days.unsigned_abs())),
            _ => format!("Operations were to start {} ago", span(days.unsigned_abs())),
        };
        format!(
            "{when}, and agreement terms still to negotiate: {n}. Settle them before the start."
        )
    },
    finding_fees_not_in_budget: |n| {
        format!(
            "Fees without an amount: {n} – the budget counts the fees from the Franchise step, \
             so enter the amount, or remove the line if there is no fee."
        )
    },
    fees_in_budget: "Fees to the franchisor (from the Franchise step, counted in the costs)",
    columns: [
        "Element",
        "Decision",
        "Why / reason",
        "Term",
        "Status",
        "Note",
    ],
    decisions_dropped: |ids| format!("The new model lacks elements you had decided on: {ids}"),
};

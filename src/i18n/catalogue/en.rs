//! English catalogue strings.

use super::{CatStrings, ImportTexts, ReasonTexts};

/// The English table.
pub const EN: CatStrings = CatStrings {
    tab_catalogue: "📋 Catalogue",
    tab_compare: |n| format!("Comparison ({n})"),
    tab_recommend: "⭐ Which model fits?",
    import_button: "📄 Import your own model…",
    import_tip: "Add a model to the catalogue from a JSON file in this app's model format \
        (for example from a franchisor or an OWES).",
    about_heading: "About the catalogue",
    about_text: "The SNRSS series “Innowacyjne modele spółdzielni socjalnych” (innovative \
        models of social cooperatives) came out of the project “W sieci dobrych połączeń” \
        (2012–2015) and has ten models of cooperatives founded by legal persons. Sources \
        name eight of them: four integration models (domestic violence, autism spectrum, \
        homelessness, addiction) and four service models (tourism, a cooperative at a CIS, \
        nursery, kindergarten). The other two could not be identified, and we deliberately \
        do not invent them. Related models from outside the series are shown separately \
        and clearly marked.",
    about_count: |n| format!("The catalogue holds {n} of the series' 10 models."),
    search_label: "Search:",
    search_hint: "e.g. żłobek, Łódź, catering",
    filter_family: "Kind of model:",
    filter_group: "Target group:",
    filter_route: "Founded by:",
    filter_service: "Service:",
    any: "Any",
    clear_filters: "Clear search and filters",
    shown_count: |shown, total| {
        let word = if total == 1 { "model" } else { "models" };
        format!("Showing {shown} of {total} {word}.")
    },
    no_results: "No model matches the search and filters. Try a shorter word or clear the \
        filters.",
    group_series: "Models of the SNRSS series",
    group_outside: "Related models from outside the series",
    group_outside_note: "According to the sources they are not part of the series \
        “Innowacyjne modele spółdzielni socjalnych” (for the WTZ model this is probable but to \
        be verified). They are shown because they are similar and can be replicated too.",
    group_imported: "Your own models (imported)",
    group_imported_note: "Models added from files. The app checked their format and \
        completeness, not their content: the file's author answers for that.",
    imported_badge: "imported",
    details: "ℹ Details",
    details_for: |name| format!("Details: {name}"),
    choose_for: |name| format!("Choose this model: {name}"),
    answer_name: |question, answer| format!("{question} – {answer}"),
    compare_toggle: "Compare",
    compare_for: |name| format!("Compare: {name}"),
    compare_full: "At most three models can be compared at once.",
    back_to_catalogue: "◀ Back to the catalogue",
    sections: [
        "Target group",
        "Local diagnosis",
        "Goals",
        "Services",
        "Partners",
        "Prerequisites",
        "This model's checklist items",
        "Risks",
        "Monitoring",
        "Impact",
        "Funding",
        "Sources",
    ],
    manual_label: "Series manual:",
    no_pilot: "Pilot cooperative: not established (we give no name without a source).",
    legal_basis_label: "Legal basis:",
    item_source: "source",
    empty_section: "The catalogue has no data here yet.",
    verify_legend: "⚠ “to verify” marks a fact that could not be confirmed against the \
        current text of the law or the original publication. Check it before you base a \
        decision on it.",
    chosen_for_plan: "✔ This model is chosen in your plan.",
    chosen_line: |name| format!("✔ Chosen model: {name}"),
    none_chosen: "No model is chosen yet. Choose one from the list, a model's page, the comparison, or from the answers under “Which model fits?”.",
    compare_heading: "Compare models",
    compare_intro: "Tick “Compare” on two or three models in the catalogue to see them here \
        side by side.",
    compare_rows: [
        "Kind",
        "Provenance",
        "Pilot cooperative",
        "Target groups",
        "Services",
        "Partners",
        "Prerequisites",
        "Who can found it",
        "Premises",
        "Checklist items",
        "Risks",
    ],
    compare_remove: "✖ Remove",
    compare_remove_for: |name| format!("Remove from comparison: {name}"),
    premises_needed: "needs its own premises",
    premises_not_needed: "own premises not required",
    none: "no data",
    rec_heading: "Which model fits your situation?",
    rec_intro: "Answer a few questions. You may skip any of them: a question left \
        unanswered does not change the result.",
    q_founder: "Who will found the cooperative?",
    q_founder_note: "Suggested from the plan's profile; you can change it.",
    q_groups: "Which groups at risk of exclusion live in your area and need work?",
    q_premises: "Do you have premises for the cooperative?",
    q_demand: "Which services are in demand locally?",
    q_partners: "Who can support you?",
    q_budget: "What budget do you have for the start?",
    q_budget_note: "The catalogue gives no costs for the models, so the budget only counts \
        for models that need their own premises.",
    yes: "Yes",
    no: "No",
    dont_know: "Don't know",
    budgets: [
        "Low (almost no own money)",
        "Medium (some own money or a grant in sight)",
        "High (enough to fit out premises)",
    ],
    how_heading: "How are the points counted?",
    how_text: "Every answer that speaks for a model adds points, and every answer that \
        speaks against it takes points away:\n\
        • a group the model employs lives in your area: +2 for each; none does: -2;\n\
        • a service the model sells is in demand: +2 for each; none is: -2;\n\
        • the model needs premises and you have them: +2; you do not: -3; the model needs \
        no premises and you have none: +1;\n\
        • a partner the model relies on is at hand: +1; missing: -1;\n\
        • the model suits who is founding the cooperative: +1;\n\
        • a low budget while the model needs premises you do not have: -2.\n\
        A model meant only for other founders (legal or natural persons) goes to the end of \
        the list whatever its points, because that is a hard requirement. The ranking is a \
        hint, not a decision: read the model's page and talk to your OWES.",
    results_heading: "Ranking",
    no_answers: "Answer at least one question to see the ranking.",
    rank_score: |rank, score| {
        let sign = if score > 0 { "+" } else { "" };
        let word = if score.abs() == 1 { "point" } else { "points" };
        format!("#{rank} · {sign}{score} {word}")
    },
    tie: "(tied)",
    ruled_out_heading: "Not a fit: a requirement you do not meet",
    why_label: "For:",
    why_not_label: "Against:",
    reset_answers: "Clear the answers",
    groups: [
        "survivors of domestic violence",
        "people recovering from addiction",
        "people on the autism spectrum",
        "people experiencing homelessness",
        "people with disabilities",
        "long-term unemployed people",
        "CIS and KIS participants",
        "WTZ participants",
        "people with mental illness",
    ],
    services: [
        "care services",
        "catering",
        "nursery or children's club",
        "kindergarten",
        "tourism",
        "cleaning and grounds upkeep",
        "crafts and workshop production",
        "renovation and construction",
    ],
    partners: [
        "municipality or county",
        "OWES",
        "OPS (social assistance)",
        "PUP (labour office)",
        "CIS (social integration centre)",
        "parish",
        "NGO",
        "therapy facility",
    ],
    routes: ["legal persons", "natural persons"],
    reasons: ReasonTexts {
        route_fits: |route| format!("The model suits founders who are {route}."),
        group_present: |group| format!("A group the model employs lives in your area: {group}."),
        service_wanted: |service| format!("A service the model sells is in demand: {service}."),
        partner_at_hand: |partner| format!("A partner the model relies on is at hand: {partner}."),
        premises_available: "The model needs premises, and you have them.",
        no_premises_needed: "The model needs no premises of its own.",
        route_excluded: |route| {
            format!("The model is not meant for founders who are {route}. This is a must.")
        },
        route_unknown: "The catalogue does not say who can found a cooperative in this \
            model: to verify.",
        no_group: "None of the groups the model employs was marked as living in your area.",
        no_demand: "None of the model's services was marked as in demand.",
        partner_missing: |partner| format!("A partner the model relies on is missing: {partner}."),
        premises_missing: "The model needs premises, and you have none.",
        low_budget: "The model needs premises, which are hard to fit out on a low budget.",
    },
    import: ImportTexts {
        done: |name, path| format!("Imported the model “{name}”. Copy saved as: {path}"),
        failed: |reason, path| {
            format!(
                "The model was not imported: {reason}. The catalogue and your models folder \
                 are unchanged. File: {path}"
            )
        },
        skipped: |reason, path| format!("Skipped one of your model files ({reason}): {path}"),
    },
};

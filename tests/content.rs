//! Content rules for the built-in catalogue, the common checklist and the Polish texts: legal
//! citations in the one style, no forbidden terms, dated figures, provenance, and the fixes of
//! the content review pinned so that they cannot come back unnoticed.

#![allow(clippy::unwrap_used, clippy::expect_used, reason = "test code")]

use social_franchise_planner::i18n::{Lang, tr};
use social_franchise_planner::model::budget::REFERENCES;
use social_franchise_planner::model::catalogue::{Catalogue, ItemTemplate, ModelEntry, Provenance};
use social_franchise_planner::model::checklist::{common_item, common_items, templates_for};
use social_franchise_planner::model::glossary::GLOSSARY;
use social_franchise_planner::model::legal::{ACTS, citation_problems, citation_text};
use social_franchise_planner::model::readiness::QUESTIONS;
use social_franchise_planner::model::taxonomy::FounderRoute;
use social_franchise_planner::model::text::Fact;

/// Terms the Polish UI must not use: English words, a second name for the task list, a
/// second name for replication, and the calques and colloquialisms of the content review.
const FORBIDDEN_PL: &[&str] = &[
    "NGO",
    "know-how",
    "lista kontrolna",
    "liście kontrolnej",
    "listy kontrolnej",
    "powiel",
    "większość",
    "Zrób ",
    "w oparciu o",
    "Startuj",
    "po przemocy",
    "wobec dotacji",
    "w zapleczu",
    "działalności komercyjnej",
    "Założycielskie",
    "którą model zatrudnia",
    "muszą pochodzić",
    "Liczba miesięcy utrzymanego",
    "daj je do zatwierdzenia",
    "uchwałą walnego:",
    // The plural form of address; the app speaks to one reader ("Ty"), see `i18n`.
    "jesteście",
    "Oceńcie",
    "zacznijcie",
    " macie",
    "u Was",
    "Wy go",
];

/// Hosts that may not back a legal statement (document-sharing sites and Wikipedia).
const WEAK_LEGAL_HOSTS: &[&str] = &[
    "wikipedia.org",
    "pdfslide.tips",
    "doczz.pl",
    "fdocuments.pl",
    "zanotowane.pl",
    "9lib.org",
    "docplayer.pl",
];

/// Words that make an item a legal statement, so that it needs a legal basis.
const LEGAL_WORDS: &[&str] = &[
    "ustaw", "art. ", "przepis", "obowiąz", "uchwał", "wymaga", "wolno", "rejestru",
];

/// Items whose duties come from a contract, not from a statute (Polish law has no franchise
/// act), so they carry no legal basis.
const CONTRACT_ONLY: &[&str] = &[
    "agree_replication_terms",
    "arrange_know_how_transfer",
    "agree_fees_quality_reporting",
    "agree_confidentiality_changes_exit",
];

fn models() -> Vec<ModelEntry> {
    Catalogue::built_in().models
}

/// Every checklist template: the common ones, then each model's, with where it comes from.
fn all_items() -> Vec<(String, ItemTemplate)> {
    let mut items: Vec<_> = common_items()
        .iter()
        .map(|t| ("common".to_owned(), t.clone()))
        .collect();
    for model in models() {
        for t in &model.checklist {
            items.push((model.id.clone(), t.clone()));
        }
    }
    items
}

fn all_facts(model: &ModelEntry) -> Vec<&Fact> {
    [
        &model.target_group,
        &model.diagnosis,
        &model.goals,
        &model.services,
        &model.partners,
        &model.prerequisites,
        &model.risks,
        &model.monitoring,
        &model.impact,
        &model.funding,
    ]
    .into_iter()
    .flatten()
    .collect()
}

/// Every Polish string of the data and of the Polish text tables, with where it is.
fn polish_strings() -> Vec<(String, String)> {
    let mut out = Vec::new();
    for (owner, t) in all_items() {
        out.push((format!("{owner}.{}.text", t.id), t.text.pl.clone()));
        out.push((format!("{owner}.{}.why", t.id), t.why.pl.clone()));
    }
    for model in models() {
        out.push((format!("{}.name", model.id), model.name.pl.clone()));
        out.push((format!("{}.summary", model.id), model.summary.pl.clone()));
        for fact in all_facts(&model) {
            out.push((format!("{}.fact", model.id), fact.pl.clone()));
        }
    }
    for term in GLOSSARY {
        out.push((
            format!("glossary {}", term.term),
            term.expansion(Lang::Pl).to_owned(),
        ));
        out.push((
            format!("glossary {}", term.term),
            term.explanation(Lang::Pl).to_owned(),
        ));
    }
    for q in QUESTIONS {
        out.push((format!("readiness {}", q.id), q.title.pl.to_owned()));
        out.push((format!("readiness {}", q.id), q.statement.pl.to_owned()));
    }
    use social_franchise_planner::i18n::planning;
    let tables = [
        ("i18n", format!("{:?}", tr(Lang::Pl))),
        ("planning::budget", format!("{:?}", planning::budget::PL)),
        (
            "planning::checklist",
            format!("{:?}", planning::checklist::PL),
        ),
        ("planning::health", format!("{:?}", planning::health::PL)),
        (
            "planning::readiness",
            format!("{:?}", planning::readiness::PL),
        ),
        ("planning::team", format!("{:?}", planning::team::PL)),
        (
            "planning::franchise",
            format!("{:?}", planning::franchise::texts(Lang::Pl)),
        ),
        (
            "catalogue strings",
            format!(
                "{:?}",
                social_franchise_planner::i18n::catalogue::cat_tr(Lang::Pl)
            ),
        ),
        (
            "export strings",
            format!(
                "{:?}",
                social_franchise_planner::i18n::document::strings::PL
            ),
        ),
        (
            "file errors",
            format!("{:?}", social_franchise_planner::i18n::errors::PL),
        ),
    ];
    for (name, dump) in tables {
        out.push((name.to_owned(), dump));
    }
    let tr_pl = tr(Lang::Pl);
    out.push(("route_natural".to_owned(), tr_pl.route_natural.to_owned()));
    out
}

#[test]
fn every_legal_basis_follows_the_one_citation_style() {
    let mut problems = Vec::new();
    for (owner, t) in all_items() {
        if let Some(basis) = &t.legal_basis {
            for p in citation_problems(basis) {
                problems.push(format!("{owner}.{}: {p}", t.id));
            }
        }
    }
    assert!(problems.is_empty(), "{problems:#?}");
}

#[test]
fn every_legal_statement_has_a_legal_basis() {
    let missing: Vec<_> = all_items()
        .into_iter()
        .filter(|(_, t)| {
            let text = format!("{} {}", t.text.pl, t.why.pl).to_lowercase();
            LEGAL_WORDS.iter().any(|w| text.contains(w))
        })
        .filter(|(_, t)| t.legal_basis.is_none() && !CONTRACT_ONLY.contains(&t.id.as_str()))
        .map(|(owner, t)| format!("{owner}.{}", t.id))
        .collect();
    assert!(
        missing.is_empty(),
        "legal statements without a basis: {missing:#?}"
    );
}

#[test]
fn citations_show_english_act_names_beside_the_polish_citation() {
    for (owner, t) in all_items() {
        let Some(basis) = &t.legal_basis else {
            continue;
        };
        let en = citation_text(basis, Lang::En);
        assert_ne!(&en, basis, "{owner}.{} is Polish only in English", t.id);
        assert!(
            ACTS.iter().any(|act| en.starts_with(act.en)),
            "{owner}.{}: {en}",
            t.id
        );
        assert_eq!(&citation_text(basis, Lang::Pl), basis);
    }
}

#[test]
fn legal_statements_do_not_rest_on_document_sharing_sites_or_wikipedia() {
    let weak: Vec<_> = all_items()
        .into_iter()
        .filter(|(_, t)| t.legal_basis.is_some())
        .filter(|(_, t)| {
            t.source
                .as_deref()
                .is_some_and(|url| WEAK_LEGAL_HOSTS.iter().any(|h| url.contains(h)))
        })
        .map(|(owner, t)| format!("{owner}.{}", t.id))
        .collect();
    assert!(weak.is_empty(), "{weak:#?}");
}

#[test]
fn every_source_title_has_an_english_title_beside_the_polish_original() {
    for model in models() {
        for source in &model.sources {
            let en = source.title_in(Lang::En);
            let english = source.title_en.as_deref().unwrap_or_default().trim();
            assert!(!english.is_empty(), "{}: {:?}", model.id, source.title);
            assert_ne!(english, source.title.trim(), "{}: not translated", model.id);
            assert!(en.starts_with(english), "{en}");
            assert!(
                en.ends_with(&format!("[PL: {}]", source.title.trim())),
                "{en}"
            );
            assert_eq!(source.title_in(Lang::Pl), source.title.trim());
        }
    }
}

#[test]
fn polish_texts_use_no_forbidden_term() {
    let mut hits = Vec::new();
    for (place, text) in polish_strings() {
        for term in FORBIDDEN_PL {
            if text.contains(term) {
                hits.push(format!("{place}: {term:?}"));
            }
        }
    }
    assert!(hits.is_empty(), "{hits:#?}");
}

#[test]
fn both_languages_are_present_in_every_item() {
    for (owner, t) in all_items() {
        for text in [&t.text, &t.why] {
            assert!(!text.pl.trim().is_empty(), "{owner}.{}", t.id);
            assert!(!text.en.trim().is_empty(), "{owner}.{}", t.id);
            assert_ne!(text.pl, text.en, "{owner}.{}", t.id);
        }
    }
}

/// True when `text` states a count of people or jobs, or a złoty amount.
fn states_a_count(text: &str) -> bool {
    const NOUNS: &[&str] = &[
        "osób",
        "osoby",
        "miejsc pracy",
        "zł",
        "kucharzy",
        "pracowników",
        "dzieci",
        "jobs",
        "people",
    ];
    let words: Vec<&str> = text.split_whitespace().collect();
    words.windows(2).any(|pair| {
        let number = pair[0].trim_start_matches("około");
        let is_number = !number.is_empty() && number.chars().all(|c| c.is_ascii_digit());
        is_number && NOUNS.iter().any(|n| pair[1].starts_with(n))
    })
}

/// True when `text` carries a date: a year, or a "stan na" / "as of" / "to verify" mark.
fn is_dated(text: &str) -> bool {
    let has_year = text
        .split(|c: char| !c.is_ascii_digit())
        .any(|n| n.len() == 4 && (n.starts_with("19") || n.starts_with("20")));
    has_year || text.contains("stan na") || text.contains("do sprawdzenia")
}

#[test]
fn counts_and_amounts_in_the_data_are_dated() {
    let mut undated = Vec::new();
    for model in models() {
        for fact in all_facts(&model) {
            if states_a_count(&fact.pl) && !(is_dated(&fact.pl) || fact.verify) {
                undated.push(format!("{}: {}", model.id, fact.pl));
            }
            let present_tense = ["Zatrudnia ", "działają w", "daje 30"];
            if present_tense.iter().any(|p| fact.pl.contains(p)) {
                undated.push(format!("{} (present tense): {}", model.id, fact.pl));
            }
        }
    }
    for r in REFERENCES {
        if !(r.verify && is_dated(r.dated.pl)) {
            undated.push(format!("budget reference {}", r.label.pl));
        }
    }
    assert!(undated.is_empty(), "{undated:#?}");
}

#[test]
fn series_models_keep_their_provenance() {
    for model in models() {
        if model.provenance == Provenance::OutsideSeries {
            assert!(
                model.pilot.is_none() && model.manual.is_none(),
                "{}",
                model.id
            );
            continue;
        }
        assert!(!model.sources.is_empty(), "{} has no source", model.id);
        assert!(
            model.summary.pl.to_lowercase().contains("seri"),
            "{}: the summary must say how the model relates to the series",
            model.id
        );
        // Series models are cooperatives founded by legal persons (F11).
        assert_eq!(
            model.fit.founder_routes,
            vec![FounderRoute::LegalPersons],
            "{}",
            model.id
        );
        if model.provenance == Provenance::SeriesNamed {
            assert!(
                model.pilot.is_none() && model.manual.is_none(),
                "{}",
                model.id
            );
            assert!(
                model.summary.pl.contains("nie udało się ustalić"),
                "{}: the summary must say that the pilot is not identified",
                model.id
            );
        }
    }
}

#[test]
fn the_manual_item_names_a_series_manual_only_where_one_is_known() {
    for model in models() {
        let items = templates_for(common_items(), Some(&model), None::<FounderRoute>);
        let (manual_item, _) = items
            .iter()
            .find(|(t, _)| t.id == "get_model_manual")
            .expect("every model keeps the manual item");
        match &model.manual {
            Some(manual) => assert!(manual_item.text.pl.contains(&manual.title), "{}", model.id),
            None => assert!(
                !manual_item.text.pl.contains("Zdobądź podręcznik"),
                "{}: {}",
                model.id,
                manual_item.text.pl
            ),
        }
    }
}

#[test]
fn founder_route_texts_say_at_least_half() {
    // L1: the law and the team step say "at least half", not "most".
    assert!(tr(Lang::Pl).route_natural.contains("co najmniej połowa"));
    assert!(tr(Lang::En).route_natural.contains("at least half"));
    assert!(!tr(Lang::En).route_natural.contains("most of"));
}

#[test]
fn review_fixes_stay_fixed() {
    // L3: the 5-member rule has no article in the notes, so the citation says so.
    let membership = common_item("keep_membership_rules").unwrap();
    assert!(
        membership
            .legal_basis
            .as_deref()
            .unwrap()
            .contains("do sprawdzenia")
    );
    // L7: durability periods come with their periods and a to-verify mark.
    let durability = common_item("keep_grant_durability").unwrap();
    assert!(durability.verify);
    assert!(
        !durability
            .why
            .pl
            .contains("przy dotacji z PUP – 24 miesiące")
    );
    // L9: the cooperative employment contract is for natural-persons cooperatives.
    let contracts = common_item("use_cooperative_employment_contracts").unwrap();
    assert_eq!(contracts.routes, vec![FounderRoute::NaturalPersons]);
    // L10: the legal-persons route keeps the employees' status proofs.
    let proofs = common_item("keep_employee_status_proofs").unwrap();
    assert_eq!(proofs.routes, vec![FounderRoute::LegalPersons]);
    // §7 of the review: the missing common items exist.
    for id in [
        "agree_owes_action_plan",
        "keep_risk_register",
        "visit_pilot_cooperative",
        "lend_premises_resolution",
        "link_to_local_strategy",
        "check_de_minimis",
    ] {
        assert!(common_item(id).is_some(), "{id}");
    }
    // De minimis is an auditor's note, not a reference fact.
    assert!(common_item("check_de_minimis").unwrap().verify);
}

#[test]
fn forbidden_terms_and_missing_articles_are_caught() {
    // The checks above must be able to fail.
    assert!(!citation_problems("ustawa o spółdzielniach socjalnych").is_empty());
    assert!(!citation_problems("prawo pracy").is_empty());
    assert!(states_a_count("Zatrudnia 9 osób na umowę o pracę"));
    assert!(!is_dated("Zatrudnia 9 osób na umowę o pracę"));
    assert!(FORBIDDEN_PL.iter().any(|t| "Zbierz NGO".contains(t)));
}

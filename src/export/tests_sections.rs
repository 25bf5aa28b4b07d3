//! Tests of the readiness, team, budget and health sections, and of outlines.

use super::test_support::{budget_words, doc, english, plan, section, tables, text, words};
use super::{Block, ExportOptions, Format, SectionKind};
use crate::model::budget::{CostLine, FundingKind, FundingLine, REFERENCES};
use crate::model::membership::Headcount;
use crate::model::money::Money;
use crate::model::plan::{ReplicatorKind, Status};
use crate::model::readiness::QUESTIONS;

#[test]
fn readiness_shows_score_verdict_answers_and_suggestions() {
    let pl = doc(&plan(), &ExportOptions::default());
    let readiness = words(section(&pl, SectionKind::Readiness));
    assert!(readiness.starts_with("Wynik: 14 z 20 pkt. Wynik jest poniżej progu"));
    assert!(readiness.contains("Próg gotowości: 15 z 20 pkt (75%)"));
    assert!(readiness.contains("Lokal\n: Mamy lokal albo wiemy"));
    assert!(readiness.contains("Proponowane zadanie: Znajdź lokal"));
    let rows = &tables(section(&pl, SectionKind::Readiness))[0].rows;
    assert_eq!(rows.len(), QUESTIONS.len());
    assert_eq!(
        (rows[2][2].text.as_str(), rows[2][3].text.as_str()),
        ("Nie", "0")
    );
    assert_eq!(rows[0][2].text, "Tak");

    let mut plan = plan();
    plan.readiness.scores.remove("premises");
    plan.add_suggestion(&QUESTIONS[1]);
    let options = ExportOptions {
        include_guidance: false,
        ..english()
    };
    let en = doc(&plan, &options);
    let readiness = words(section(&en, SectionKind::Readiness));
    assert!(readiness.contains("Incomplete: 9 of 10 questions answered."));
    assert!(readiness.contains("not answered"));
    assert!(!readiness.contains("Suggested item"), "guidance is off");
    let with_guidance = words(section(&doc(&plan, &english()), SectionKind::Readiness));
    assert!(with_guidance.contains("confirm it in writing (on the checklist)"));

    for q in &QUESTIONS {
        plan.readiness.set(q.id, 2);
    }
    let pass = words(section(&doc(&plan, &english()), SectionKind::Readiness));
    assert!(pass.starts_with("Score: 20 of 20 points. The score reaches the readiness threshold."));
    assert!(!pass.contains("Suggested item"));
    plan.readiness.scores.clear();
    let empty = words(section(&doc(&plan, &english()), SectionKind::Readiness));
    assert_eq!(
        empty,
        "The readiness self-assessment has not been filled in yet."
    );
}

#[test]
fn team_shows_counts_only_and_marks_rules_to_verify() {
    let pl = doc(&plan(), &ExportOptions::default());
    let team = section(&pl, SectionKind::Team);
    let text = words(team);
    assert!(text.starts_with("Plan zawiera tylko liczby osób"));
    let [counts, checks] = tables(team)[..] else {
        panic!("two tables");
    };
    let founders: Vec<&str> = counts.rows[0].iter().map(|c| c.text.as_str()).collect();
    assert_eq!(founders, ["Założyciele (osoby fizyczne)", "3", "1", "4"]);
    assert!(text.contains("sprawdzono na liczbach założycieli"));
    let marks: Vec<&[String]> = checks.rows.iter().map(|r| r[0].marks.as_slice()).collect();
    let verify = ["do sprawdzenia".to_owned()];
    assert_eq!(marks, [&[][..], &verify[..], &verify[..]]);
    assert_eq!(checks.rows[2][1].text, "niespełniony – brakuje 1 osoby");
    assert!(text.contains(
        "Podstawa prawna: ustawa z 27 kwietnia 2006 r. o spółdzielniach socjalnych \
         (Dz.U. 2026 poz. 48), art. 5a"
    ));

    let mut plan = plan();
    plan.set_kind(ReplicatorKind::Municipality, None);
    plan.membership.legal_founders = 1;
    let options = ExportOptions {
        include_guidance: false,
        ..english()
    };
    let legal = doc(&plan, &options);
    let team = words(section(&legal, SectionKind::Team));
    assert!(team.contains("Founding legal persons: 1"));
    assert!(!team.contains("Founders (natural persons)"));
    assert!(team.contains("At least 2 founding legal persons\nnot met – 1 more person needed"));
    assert!(!team.contains("Legal basis"), "guidance is off");

    plan.profile.kind = None;
    plan.membership = Default::default();
    let none = words(section(&doc(&plan, &english()), SectionKind::Team));
    assert!(none.contains("No head counts have been entered yet."));
    assert!(none.contains("the profile does not say yet who founds"));
}

#[test]
fn budget_tables_totals_gap_jobs_and_references_in_both_languages() {
    let pl = doc(&plan(), &ExportOptions::default());
    let budget = section(&pl, SectionKind::Budget);
    let [costs, funding] = tables(budget)[..] else {
        panic!("two tables");
    };
    assert_eq!(costs.rows[1][2].text, "12 000,50 zł");
    assert_eq!(costs.totals[0][2].text, "165 500,50 zł");
    assert_eq!(funding.rows[0][1].text, "OWES – dotacja na miejsca pracy");
    assert_eq!(funding.rows[0][2].marks, ["kwota orientacyjna"]);
    assert!(funding.rows[2][2].marks.is_empty());
    assert_eq!(funding.totals[0][3].text, "154 510,00 zł");
    let text = words(budget);
    for expected in [
        "Bilans: brakuje 10 990,50 zł",
        "Miejsca pracy tworzone w spółdzielni: 3",
        "Koszt startu na jedno miejsce pracy: 55 166,83 zł",
    ] {
        assert!(text.contains(expected), "{expected}");
    }
    let references: Vec<_> = budget
        .blocks
        .iter()
        .filter_map(|b| match b {
            Block::List(items) => Some(items),
            _ => None,
        })
        .flatten()
        .collect();
    assert_eq!(references.len(), 2);
    assert!(
        references[0]
            .text
            .contains("31 229,00 zł na jedno miejsce pracy")
    );
    assert!(
        references[0]
            .text
            .contains("stan na: programy FE 2021–2027")
    );
    assert_eq!(references[0].url.as_deref(), Some(REFERENCES[0].source));
    // The OWES rate has no "as of" year in the sources, so it is marked to verify.
    assert_eq!(references[0].mark.as_deref(), Some("do sprawdzenia"));
    assert!(references[1].text.contains("stan na: 2015"));
    assert_eq!(references[1].mark.as_deref(), Some("do sprawdzenia"));

    let en = budget_words(&plan(), &english());
    assert!(en.contains("Balance: PLN 10,990.50 missing"));
    assert!(en.contains("OWES: grant for creating a job – PLN 31,229.00 per job"));
    assert!(en.contains("as of 2015"));
}

#[test]
fn budget_balance_without_references_and_when_empty() {
    let mut plan = plan();
    plan.budget.funding = vec![FundingLine {
        kind: FundingKind::Loan,
        name: String::new(),
        amount: Money::zloty(200_000),
    }];
    plan.budget.jobs = 0;
    let text = budget_words(&plan, &ExportOptions::default());
    assert!(text.contains("Bilans: nadwyżka 34 499,50 zł"));
    assert!(text.contains("Miejsca pracy tworzone w spółdzielni: nie podano"));
    assert!(!text.contains("Koszt startu na jedno miejsce pracy"));
    assert!(!text.contains("Kwoty orientacyjne"), "no reference used");
    assert!(
        text.contains("Pożyczka\nnie podano"),
        "an empty description"
    );
    plan.budget.costs = vec![CostLine {
        name: "x".to_owned(),
        amount: Money::zloty(200_000),
    }];
    assert!(
        budget_words(&plan, &ExportOptions::default())
            .contains("Bilans: finansowanie pokrywa koszty")
    );
    plan.budget = Default::default();
    let empty = doc(&plan, &ExportOptions::default());
    assert!(tables(section(&empty, SectionKind::Budget)).is_empty());
    assert_eq!(
        budget_words(&plan, &ExportOptions::default()),
        "Budżet nie został jeszcze wypełniony."
    );
}

#[test]
fn health_lists_what_needs_attention_on_the_day_of_export() {
    let pl = doc(&plan(), &ExportOptions::default());
    let health = words(section(&pl, SectionKind::Health));
    assert_eq!(
        health,
        "Stan na dzień 27.11.2026.\n\
         Termin minął 7 dni temu: Przygotuj statut spółdzielni\n\
         1 otwarte zadanie bez osoby odpowiedzialnej.\n\
         Co najmniej połowa pracowników należy do grup zagrożonych wykluczeniem: \
         niespełniony – brakuje 1 osoby.\n\
         Ocena gotowości poniżej progu: 14 pkt przy progu 15 pkt.\n\
         Brakuje finansowania: 10 990,50 zł.\n\
         Nie wybrano franczyzodawcy (ani otwartej replikacji)."
    );
    let html = text(&plan(), &ExportOptions::default(), Format::Html);
    assert!(html.contains("brakuje 1 osoby. <span class=\"mark\">do sprawdzenia</span></li>"));

    let mut healthy = plan();
    healthy
        .checklist
        .retain(|e| e.status != Status::InProgress && !e.owner.is_empty());
    healthy.membership.employees = Headcount {
        at_risk: 2,
        others: 2,
    };
    for q in &QUESTIONS {
        healthy.readiness.set(q.id, 2);
    }
    healthy.franchise.franchisor.kind =
        Some(crate::model::franchise::FranchisorKind::PilotCooperative);
    healthy.budget.funding.push(FundingLine {
        amount: Money::zloty(20_000),
        ..FundingLine::default()
    });
    let en = words(section(&doc(&healthy, &english()), SectionKind::Health));
    assert_eq!(
        en,
        "As of 27 November 2026. Nothing needs attention right now."
    );
}

#[test]
fn outlines_keep_one_line_per_section() {
    let options = ExportOptions {
        headings_only: true,
        ..ExportOptions::default()
    };
    let outline = doc(&plan(), &options);
    for kind in [
        SectionKind::Readiness,
        SectionKind::Team,
        SectionKind::Budget,
    ] {
        assert!(tables(section(&outline, kind)).is_empty(), "{kind:?}");
    }
    assert_eq!(
        words(section(&outline, SectionKind::Health)),
        "Stan na dzień 27.11.2026. Spraw wymagających uwagi: 6."
    );
    assert!(words(section(&outline, SectionKind::Budget)).contains("Bilans: brakuje 10 990,50 zł"));
    assert!(!words(section(&outline, SectionKind::Readiness)).contains("Próg"));
    let md = text(&plan(), &options, Format::Markdown);
    assert!(!md.contains("| "), "no tables in an outline");
}

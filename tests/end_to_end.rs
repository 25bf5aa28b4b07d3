//! Builds a whole plan in the window for each founder route and every model in the catalogue,
//! saves it and checks that the file keeps everything.

#![allow(clippy::unwrap_used, clippy::expect_used, reason = "test code")]

mod common;
mod planning;

use chrono::NaiveDate;
use common::tick_and_open_first_item;
use egui_kittest::kittest::Queryable as _;
use planning::{click, next, plan_with_model, type_into};
use social_franchise_planner::i18n::planning::budget::texts as budget_texts;
use social_franchise_planner::i18n::planning::checklist::texts as checklist_texts;
use social_franchise_planner::i18n::planning::health::texts as health_texts;
use social_franchise_planner::i18n::planning::readiness::texts as readiness_texts;
use social_franchise_planner::i18n::planning::team::texts as team_texts;
use social_franchise_planner::i18n::{Lang, tr};
use social_franchise_planner::io::plan_file::load_plan;
use social_franchise_planner::model::budget::REFERENCES;
use social_franchise_planner::model::catalogue::Catalogue;
use social_franchise_planner::model::checklist::Origin;
use social_franchise_planner::model::checklist::applies;
use social_franchise_planner::model::franchise_findings::Finding;
use social_franchise_planner::model::health::{Issue, check};
use social_franchise_planner::model::money::format_money;
use social_franchise_planner::model::plan::{Plan, Status};
use social_franchise_planner::model::readiness::QUESTIONS;
use social_franchise_planner::model::taxonomy::FounderRoute;
use social_franchise_planner::model::wizard::Step;

/// Kinds of replicator by index into the kind names: a municipality and natural persons.
const MUNICIPALITY: usize = 1;
const NATURAL_PERSONS: usize = 3;

fn build_plan(lang: Lang, kind: usize, model_id: &str) -> Plan {
    let mut app = planning::app_in(lang);
    let name = format!("Plan {model_id} {kind}");
    plan_with_model(&mut app, lang, &name, kind, model_id);

    let r = readiness_texts(lang);
    for q in &QUESTIONS {
        click(
            &mut app,
            &format!("{}: {}", q.title.get(lang), r.answers[2]),
        );
    }
    next(&mut app, lang);

    let c = checklist_texts(lang);
    tick_and_open_first_item(&mut app, lang);
    type_into(&mut app, c.owner_label, "Koordynatorka");
    type_into(&mut app, c.due_label, "2027-01-15");
    type_into(&mut app, c.new_item_label, "Zamówić pieczątkę");
    app.harness.key_press(egui::Key::Enter);
    app.harness.run();
    next(&mut app, lang);

    let t = team_texts(lang);
    if kind == NATURAL_PERSONS {
        type_into(
            &mut app,
            &format!("{}: {}", t.row_founders, t.col_at_risk),
            "5",
        );
    } else {
        type_into(&mut app, t.legal_founders, "2");
    }
    next(&mut app, lang);

    let b = budget_texts(lang);
    type_into(&mut app, b.jobs_label, "1");
    click(&mut app, b.add_cost);
    type_into(&mut app, &(b.cost_amount)(1), "31 229");
    let owes = REFERENCES[0];
    let one = format_money(owes.amount, lang);
    click(&mut app, &(b.add_reference)(1, &one, &one));
    next(&mut app, lang);
    assert_eq!(app.harness.state().step(), Step::Review);

    // Only unowned items and the franchisor are left to fix: the first item is done, and so
    // is "choose the founder route" since the profile fixed the route.
    let h = health_texts(lang);
    let open = app.harness.state().plan().checklist.len() - 2;
    let no_owner = (h.findings.no_owner)(open);
    app.harness.get_by_label(&no_owner);
    app.harness.get_by_label(&(h.fix_name)(&no_owner));
    let today = app.harness.state().today();
    let issues = check(app.harness.state().plan(), today);
    assert!(
        matches!(
            issues.as_slice(),
            [Issue::NoOwner { count, .. }, Issue::Franchise(Finding::NoFranchisor)]
                if *count == open
        ),
        "{issues:?}"
    );

    app.harness
        .key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::S);
    app.harness.run();
    click(&mut app, tr(lang).save_button);
    let path = app.path(&format!("{name}.json"));
    assert!(!app.harness.state().is_dirty());
    let reopened = load_plan(&path).unwrap();
    assert_eq!(
        &reopened,
        app.harness.state().plan(),
        "the file keeps everything"
    );
    reopened
}

fn check_plan(plan: &Plan, route: FounderRoute, model_id: &str) {
    let catalogue = Catalogue::built_in();
    let model = catalogue.get(model_id).unwrap();
    assert_eq!(plan.route(), Some(route));
    // Every model item for this kind of replicator is there, and none meant for another kind.
    for item in &model.checklist {
        let wanted = applies(item, plan.applicability());
        assert_eq!(
            plan.entry(&item.id).is_some(),
            wanted,
            "{model_id}: {}",
            item.id
        );
    }
    let (wanted, unwanted) = match route {
        FounderRoute::NaturalPersons => (
            "gather_natural_person_founders",
            "gather_legal_person_founders",
        ),
        FounderRoute::LegalPersons => (
            "gather_legal_person_founders",
            "gather_natural_person_founders",
        ),
    };
    assert!(plan.entry(wanted).is_some() && plan.entry(unwanted).is_none());
    let first = &plan.checklist[0];
    assert_eq!(first.status, Status::Done);
    assert_eq!(first.owner, "Koordynatorka");
    assert_eq!(first.due, NaiveDate::from_ymd_opt(2027, 1, 15));
    let custom = plan.entry("custom_1").unwrap();
    assert_eq!(
        (custom.origin, custom.text.pl.as_str()),
        (Origin::Custom, "Zamówić pieczątkę")
    );
    assert!(plan.readiness.summary().passes());
    assert!(plan.budget.totals().shortfall().is_none());
    assert_eq!(plan.budget.jobs, 1);
}

#[test]
fn every_model_for_both_founder_routes() {
    let catalogue = Catalogue::built_in();
    assert!(catalogue.models.len() >= 2);
    for model in &catalogue.models {
        for (kind, route) in [
            (MUNICIPALITY, FounderRoute::LegalPersons),
            (NATURAL_PERSONS, FounderRoute::NaturalPersons),
        ] {
            let plan = build_plan(Lang::Pl, kind, &model.id);
            check_plan(&plan, route, &model.id);
        }
    }
}

#[test]
fn a_plan_built_in_english_keeps_everything() {
    let plan = build_plan(Lang::En, NATURAL_PERSONS, "kindergarten");
    check_plan(&plan, FounderRoute::NaturalPersons, "kindergarten");
    assert_eq!(plan.membership.founders.at_risk, 5);
}

//! The franchise section's links to the rest of the plan, in the real window: settled
//! agreement terms close their checklist task, fees are counted in the budget, the review's
//! health check names a dropped core element and leads back to the franchise step, and the
//! export dialog writes the agreement terms as CSV.

#![allow(clippy::unwrap_used, clippy::expect_used, reason = "test code")]

mod common;
mod planning;

use egui::accesskit::Role;
use egui_kittest::kittest::Queryable as _;
use planning::{click, click_role, forward_to, plan_with_model, type_into};
use social_franchise_planner::dialogs::Modal;
use social_franchise_planner::export::CsvTable;
use social_franchise_planner::i18n::export_dialog::messages;
use social_franchise_planner::i18n::planning::budget::texts as budget_texts;
use social_franchise_planner::i18n::planning::franchise::texts;
use social_franchise_planner::i18n::planning::health::texts as health_texts;
use social_franchise_planner::i18n::{Lang, tr};
use social_franchise_planner::model::catalogue::Catalogue;
use social_franchise_planner::model::franchise::{FeeKind, FranchisorKind};
use social_franchise_planner::model::franchise_terms::{TermId, TermStatus};
use social_franchise_planner::model::money::{Money, format_money};
use social_franchise_planner::model::plan::Status;
use social_franchise_planner::model::wizard::Step;

const MONEY_TASK: &str = "agree_fees_quality_reporting";

fn back_to_franchise(app: &mut common::TestApp, lang: Lang) {
    while app.harness.state().step() != Step::Franchise {
        app.harness.get_by_label_contains(tr(lang).back).click();
        app.harness.run();
    }
}

fn task_status(app: &common::TestApp, id: &str) -> Status {
    app.harness.state().plan().entry(id).unwrap().status
}

fn agree(app: &mut common::TestApp, lang: Lang, term: TermId, status: TermStatus) {
    let t = texts(lang);
    let label = format!("{}: {}", t.status(status), t.term(term));
    shown_then_click(app, Role::RadioButton, &label);
}

/// Scrolls the widget into view, then clicks it (the franchise step is taller than the window).
fn shown_then_click(app: &mut common::TestApp, role: Role, label: &str) {
    app.harness
        .get_by_role_and_label(role, label)
        .scroll_to_me();
    app.harness.run();
    click_role(app, role, label);
}

#[test]
fn settled_terms_close_their_task_and_fees_are_counted_in_the_budget() {
    let lang = Lang::Pl;
    let t = texts(lang);
    let mut app = planning::app_in(lang);
    plan_with_model(&mut app, lang, "Umowa", 0, "kindergarten");
    back_to_franchise(&mut app, lang);
    click_role(
        &mut app,
        Role::RadioButton,
        t.franchisor_kind(FranchisorKind::Owes),
    );
    assert_eq!(task_status(&app, MONEY_TASK), Status::Todo);
    agree(&mut app, lang, TermId::Fees, TermStatus::Agreed);
    agree(&mut app, lang, TermId::Quality, TermStatus::Agreed);
    assert_eq!(task_status(&app, MONEY_TASK), Status::Todo, "one term open");
    agree(&mut app, lang, TermId::Reporting, TermStatus::NotApplicable);
    assert_eq!(task_status(&app, MONEY_TASK), Status::Done);
    assert_eq!(task_status(&app, "agree_replication_terms"), Status::Todo);
    agree(&mut app, lang, TermId::Quality, TermStatus::ToNegotiate);
    assert_eq!(task_status(&app, MONEY_TASK), Status::Todo, "reopened");

    // A fee, entered once in the franchise step, is a cost in the budget.
    shown_then_click(&mut app, Role::Button, t.add_fee);
    type_into(&mut app, &(t.fee_name)(1), "Opłata wstępna");
    type_into(&mut app, &(t.fee_amount)(1), "1500");
    forward_to(&mut app, lang, Step::Budget);
    let plan = app.harness.state().plan();
    assert!(
        plan.budget.costs.is_empty(),
        "the amount is not stored twice"
    );
    assert_eq!(plan.budget_totals().costs, Money::zloty(1500));
    app.harness.get_by_label(t.fees_in_budget);
    let amount = format_money(Money::zloty(1500), lang);
    let line = format!("Opłata wstępna ({}): {amount}", t.fee_kind(FeeKind::OneOff));
    app.harness.get_by_label(&line);
    let b = budget_texts(lang);
    app.harness
        .get_by_label(&format!("{}:", b.findings.total_costs));
    // The total costs and the missing money both show the fee.
    assert_eq!(app.harness.query_all_by_label(&amount).count(), 2);
}

#[test]
fn the_health_check_names_a_dropped_core_element_and_leads_to_the_franchise_step() {
    let lang = Lang::En;
    let t = texts(lang);
    let mut app = planning::app_in(lang);
    plan_with_model(&mut app, lang, "Fidelity", 0, "kindergarten");
    back_to_franchise(&mut app, lang);
    let catalogue = Catalogue::built_in();
    let model = catalogue.get("kindergarten").unwrap();
    let core = model.elements.iter().find(|e| e.is_core()).unwrap();
    let name = core.name.get(lang);
    click_role(
        &mut app,
        Role::RadioButton,
        &format!(
            "{}: {name}",
            t.decision(social_franchise_planner::model::franchise::Decision::Drop)
        ),
    );
    type_into(
        &mut app,
        &format!("{}: {name}", t.drop_reason_label),
        "No such group here",
    );
    forward_to(&mut app, lang, Step::Review);
    let h = health_texts(lang);
    for finding in [
        (t.finding_core_dropped)(name),
        t.finding_no_franchisor.to_owned(),
    ] {
        app.harness.get_by_label(&finding);
        app.harness.get_by_label(&(h.fix_name)(&finding));
    }
    click(&mut app, &(h.fix_name)(&(t.finding_core_dropped)(name)));
    assert_eq!(app.harness.state().step(), Step::Franchise);
}

#[test]
fn the_export_dialog_writes_the_agreement_terms_as_csv() {
    let lang = Lang::Pl;
    let t = texts(lang);
    let m = messages(lang);
    let mut app = planning::app_in(lang);
    plan_with_model(&mut app, lang, "Warunki", 0, "kindergarten");
    back_to_franchise(&mut app, lang);
    click_role(
        &mut app,
        Role::RadioButton,
        t.franchisor_kind(FranchisorKind::Snrss),
    );
    agree(&mut app, lang, TermId::Brand, TermStatus::Agreed);
    app.harness.get_by_label(tr(lang).menu_file).click();
    app.harness.run();
    app.harness.get_by_label_contains(m.cmd_export).click();
    app.harness.run();
    click_role(&mut app, Role::RadioButton, m.formats[4]);
    click_role(&mut app, Role::RadioButton, m.tables[1]);
    let output = match app.harness.state().modal() {
        Some(Modal::Export(dialog)) => {
            assert_eq!(dialog.options.csv_table, CsvTable::Agreement);
            dialog.output()
        }
        other => panic!("the export dialog is not open: {other:?}"),
    };
    click_role(&mut app, Role::Button, m.export_button);
    let text = std::fs::read_to_string(&output).expect("the CSV file exists");
    let brand = format!(
        "{};brand;{};agreed;",
        t.term(TermId::Brand),
        t.status(TermStatus::Agreed)
    );
    assert!(text.contains(&brand), "{text}");
    assert_eq!(text.lines().count(), 1 + TermId::ALL.len(), "{text}");
}

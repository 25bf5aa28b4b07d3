//! The content fixes as the reader sees them: in English a model page shows the English act
//! name beside the Polish citation, and the pilot's year says what it means.

#![allow(clippy::unwrap_used, clippy::expect_used, reason = "test code")]

mod catalogue_support;
mod common;

use catalogue_support::{app_on_model_step, c, click};
use egui::accesskit::Role;
use egui_kittest::kittest::{NodeT as _, Queryable as _};
use social_franchise_planner::i18n::{Lang, tr};
use social_franchise_planner::model::catalogue::Catalogue;

fn labels(app: &common::TestApp) -> Vec<String> {
    app.harness
        .query_all_by_role(Role::Label)
        .filter_map(|n| n.accesskit_node().value())
        .collect()
}

#[test]
fn an_english_model_page_shows_english_act_names_and_the_pilot_year() {
    let lang = Lang::En;
    let catalogue = Catalogue::built_in();
    let model = catalogue.get("kindergarten").expect("kindergarten model");
    let mut app = app_on_model_step(lang, 1);
    click(
        &mut app,
        Role::Button,
        &(c(lang).details_for)(model.name(lang)),
    );
    let shown = labels(&app);
    let basis = format!(
        "{} Education Law of 14 December 2016, art. 168",
        c(lang).legal_basis_label
    );
    assert!(
        shown
            .iter()
            .any(|l| l.starts_with(&basis) && l.contains("[PL: ustawa z 14 grudnia 2016 r.")),
        "{basis}\n{shown:#?}"
    );
    assert!(
        !shown
            .iter()
            .any(|l| l.starts_with(&format!("{} ustawa", c(lang).legal_basis_label))),
        "no citation is shown in Polish only"
    );
    let pilot = format!(
        "{} Spółdzielnia Socjalna „Aktywni” (pilot from 2015)",
        tr(lang).pilot_label
    );
    assert!(shown.contains(&pilot), "{pilot}\n{shown:#?}");
    // Source titles: the English title with the Polish original beside it.
    for source in &model.sources {
        let link = format!("🔗 {}", source.title_in(lang));
        assert!(link.contains("[PL: "), "{link}");
        app.harness.get_by_label(&link);
    }
}

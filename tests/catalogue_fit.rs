//! The fit recommendation in the real app: the questionnaire, the ranking with reasons,
//! and choosing a model from it.

#![allow(clippy::unwrap_used, clippy::expect_used, reason = "test code")]

mod catalogue_support;
mod common;

use catalogue_support::{app_on_model_step, c, click, has};
use egui::accesskit::Role;
use egui_kittest::kittest::{NodeT as _, Queryable as _};
use social_franchise_planner::i18n::Lang;
use social_franchise_planner::model::catalogue::Catalogue;
use social_franchise_planner::model::recommend::{Answers, recommend};
use social_franchise_planner::model::taxonomy::{FounderRoute, ServiceKind};
use social_franchise_planner::ui::catalogue::View;

fn answer(lang: Lang, question: &str, option: &str) -> String {
    (c(lang).answer_name)(question, option)
}

#[test]
fn answers_rank_the_models_with_reasons_and_a_result_can_be_chosen() {
    let lang = Lang::Pl;
    let t = c(lang);
    let catalogue = Catalogue::built_in();
    // Natural persons found the cooperative (the profile's fourth kind).
    let mut app = app_on_model_step(lang, 3);
    click(&mut app, Role::Button, t.tab_recommend);
    assert_eq!(app.harness.state().catalogue_screen().view, View::Recommend);
    let founder = app.harness.state().catalogue_screen().answers.founder;
    assert_eq!(
        founder,
        Some(FounderRoute::NaturalPersons),
        "from the profile"
    );
    assert!(
        app.harness.query_by_label(t.how_text).is_some(),
        "scoring explained"
    );

    let nursery = t.service(ServiceKind::Nursery);
    click(&mut app, Role::CheckBox, &answer(lang, t.q_demand, nursery));
    click(
        &mut app,
        Role::RadioButton,
        &answer(lang, t.q_premises, t.yes),
    );
    let expected = Answers {
        founder: Some(FounderRoute::NaturalPersons),
        demand: [ServiceKind::Nursery].into(),
        premises: Some(true),
        ..Answers::default()
    };
    assert_eq!(app.harness.state().catalogue_screen().answers, expected);

    let ranking = recommend(&expected, &catalogue.models);
    let top = catalogue.get(&ranking[0].model_id).unwrap();
    // Series models are founded by legal persons (content review F11), so for natural
    // persons the nursery is ruled out and a model open to them comes first.
    if let Some(nursery) = ranking.iter().find(|r| r.model_id == "nursery") {
        assert!(!nursery.eligible, "the nursery is for legal persons");
    }
    assert!(ranking[0].eligible, "an eligible model comes first");
    let rank_line = (t.rank_score)(1, ranking[0].score);
    assert!(
        app.harness.query_all_by_role(Role::Label).any(|n| n
            .accesskit_node()
            .value()
            .is_some_and(|v| v.starts_with(&rank_line))),
        "{rank_line}"
    );
    let first_reason = format!(
        "✔ {} (+{})",
        t.why(ranking[0].why[0]),
        ranking[0].why[0].points()
    );
    assert!(has(&app, Role::Label, &first_reason), "{first_reason}");
    let ruled_out = ranking.iter().any(|r| !r.eligible);
    assert_eq!(has(&app, Role::Label, t.ruled_out_heading), ruled_out);

    click(&mut app, Role::Button, &(t.choose_for)(top.name(lang)));
    assert_eq!(
        app.harness.state().plan().model_id.as_deref(),
        Some(top.id.as_str())
    );

    // Clearing the answers brings back the prompt instead of a ranking.
    click(&mut app, Role::Button, t.reset_answers);
    assert!(app.harness.state().catalogue_screen().answers.is_empty());
    assert!(app.harness.query_by_label(t.no_answers).is_some());
}

#[test]
fn details_from_the_ranking_open_the_model_page_in_english() {
    let lang = Lang::En;
    let t = c(lang);
    let catalogue = Catalogue::built_in();
    let mut app = app_on_model_step(lang, 0);
    click(&mut app, Role::Button, t.tab_recommend);
    let route = FounderRoute::LegalPersons;
    assert_eq!(
        app.harness.state().catalogue_screen().answers.founder,
        Some(route)
    );
    click(
        &mut app,
        Role::RadioButton,
        &answer(lang, t.q_budget, t.budgets[0]),
    );
    let answers = app.harness.state().catalogue_screen().answers.clone();
    let ranking = recommend(&answers, &catalogue.models);
    let first = catalogue.get(&ranking[0].model_id).unwrap();
    click(&mut app, Role::Button, &(t.details_for)(first.name(lang)));
    assert_eq!(
        app.harness.state().catalogue_screen().view,
        View::Model(first.id.clone())
    );
}

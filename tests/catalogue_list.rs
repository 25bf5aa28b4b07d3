//! The catalogue list in the real app: search that ignores diacritics, filters, grouping,
//! the comparison and a model's page.

#![allow(clippy::unwrap_used, clippy::expect_used, reason = "test code")]

mod catalogue_support;
mod common;

use common::type_into;

use catalogue_support::{app_on_model_step, c, click, has, names, pick, shown_models, sorted};
use egui::accesskit::Role;
use egui_kittest::kittest::{NodeT as _, Queryable as _};
use social_franchise_planner::i18n::{Lang, tr};
use social_franchise_planner::model::catalogue::{Catalogue, Family, Provenance};
use social_franchise_planner::model::search::{Filters, find};
use social_franchise_planner::model::taxonomy::FounderRoute;
use social_franchise_planner::ui::catalogue::View;

#[test]
fn search_ignores_polish_letters_and_case() {
    let lang = Lang::Pl;
    let catalogue = Catalogue::built_in();
    let mut app = app_on_model_step(lang, 0);
    assert_eq!(shown_models(&app).len(), catalogue.models.len());

    type_into(&mut app, c(lang).search_label, "zlobek");
    let expected = find(&catalogue.models, &Filters::default(), "zlobek");
    assert_eq!(sorted(shown_models(&app)), sorted(names(&expected, lang)));
    if let Some(nursery) = catalogue.get("nursery") {
        assert_eq!(shown_models(&app), [nursery.name(lang)], "only the nursery");
    }

    click(&mut app, Role::Button, c(lang).clear_filters);
    type_into(&mut app, c(lang).search_label, "LODZ");
    let expected = find(&catalogue.models, &Filters::default(), "łódź");
    assert!(!expected.is_empty() || catalogue.models.len() < 3);
    assert_eq!(sorted(shown_models(&app)), sorted(names(&expected, lang)));

    type_into(&mut app, c(lang).search_label, " nic-takiego");
    assert!(shown_models(&app).is_empty());
    assert!(app.harness.query_by_label(c(lang).no_results).is_some());
}

#[test]
fn filters_narrow_the_list_and_clear_restores_it() {
    let lang = Lang::Pl;
    let s = tr(lang);
    let catalogue = Catalogue::built_in();
    let mut app = app_on_model_step(lang, 0);

    pick(&mut app, c(lang).filter_family, s.families[1]);
    let service = Filters {
        family: Some(Family::Service),
        ..Filters::default()
    };
    let expected = names(&find(&catalogue.models, &service, ""), lang);
    assert!(!expected.is_empty() && expected.len() < catalogue.models.len());
    assert_eq!(sorted(shown_models(&app)), sorted(expected));
    assert_eq!(app.harness.state().catalogue_screen().filters, service);

    pick(&mut app, c(lang).filter_route, c(lang).routes[1]);
    let natural = Filters {
        founder_route: Some(FounderRoute::NaturalPersons),
        ..service
    };
    assert_eq!(
        sorted(shown_models(&app)),
        sorted(names(&find(&catalogue.models, &natural, ""), lang))
    );

    click(&mut app, Role::Button, c(lang).clear_filters);
    assert_eq!(shown_models(&app).len(), catalogue.models.len());
    assert!(app.harness.state().catalogue_screen().filters.is_empty());
}

#[test]
fn outside_models_form_their_own_labelled_group() {
    let lang = Lang::En;
    let catalogue = Catalogue::built_in();
    let app = app_on_model_step(lang, 0);
    assert!(app.harness.query_by_label(c(lang).about_text).is_some());
    let outside = catalogue
        .models
        .iter()
        .filter(|m| m.provenance == Provenance::OutsideSeries)
        .count();
    assert_eq!(
        app.harness.query_by_label(c(lang).group_outside).is_some(),
        outside > 0
    );
    assert!(app.harness.query_by_label(c(lang).group_series).is_some());
    assert!(app.harness.query_by_label(c(lang).group_imported).is_none());
    // The provenance is written out on every card, not shown by colour alone.
    let [_, _, outside_label] = tr(lang).provenances;
    let marked = app
        .harness
        .query_all_by_role(Role::Label)
        .filter(|n| {
            n.accesskit_node()
                .value()
                .is_some_and(|v| v.ends_with(&format!("· {outside_label}")))
        })
        .count();
    assert_eq!(marked, outside);
}

#[test]
fn two_models_compare_side_by_side_and_a_fourth_cannot_be_added() {
    let lang = Lang::Pl;
    let catalogue = Catalogue::built_in();
    let models: Vec<_> = catalogue.models.iter().take(4).collect();
    assert!(models.len() >= 2);
    let mut app = app_on_model_step(lang, 0);
    for model in models.iter().take(2) {
        click(
            &mut app,
            Role::CheckBox,
            &(c(lang).compare_for)(model.name(lang)),
        );
    }
    let picked: Vec<&str> = models.iter().take(2).map(|m| m.id.as_str()).collect();
    assert_eq!(app.harness.state().catalogue_screen().compare, picked);

    click(&mut app, Role::Button, &(c(lang).tab_compare)(2));
    assert_eq!(app.harness.state().catalogue_screen().view, View::Compare);
    for row in c(lang).compare_rows {
        assert!(has(&app, Role::Label, row), "row {row}");
    }
    for model in models.iter().take(2) {
        assert!(has(&app, Role::Label, model.name(lang)));
    }
    let items = models[0].checklist.len().to_string();
    assert!(has(&app, Role::Label, &items));

    // Removing one leaves too few to compare.
    click(
        &mut app,
        Role::Button,
        &(c(lang).compare_remove_for)(models[0].name(lang)),
    );
    assert_eq!(app.harness.state().catalogue_screen().compare.len(), 1);
    assert!(app.harness.query_by_label(c(lang).compare_intro).is_some());

    // Three at most: the fourth box is disabled.
    if models.len() == 4 {
        click(&mut app, Role::Button, c(lang).tab_catalogue);
        for model in [models[0], models[2]] {
            click(
                &mut app,
                Role::CheckBox,
                &(c(lang).compare_for)(model.name(lang)),
            );
        }
        assert_eq!(app.harness.state().catalogue_screen().compare.len(), 3);
        let fourth = (c(lang).compare_for)(models[3].name(lang));
        let node = app.harness.get_by_role_and_label(Role::CheckBox, &fourth);
        assert!(node.accesskit_node().is_disabled());
    }
}

#[test]
fn a_model_page_shows_its_sections_and_chooses_the_model() {
    let lang = Lang::Pl;
    let s = tr(lang);
    let catalogue = Catalogue::built_in();
    let model = catalogue.get("kindergarten").expect("kindergarten model");
    let mut app = app_on_model_step(lang, 1);
    click(
        &mut app,
        Role::Button,
        &(c(lang).details_for)(model.name(lang)),
    );
    assert_eq!(
        app.harness.state().catalogue_screen().view,
        View::Model("kindergarten".to_owned())
    );
    for section in c(lang).sections {
        assert!(has(&app, Role::Label, section), "section {section}");
    }
    let source = &model.sources[0];
    assert!(has(&app, Role::Link, &format!("🔗 {}", source.title)));
    let verify_marks = app
        .harness
        .query_all_by_role(Role::Label)
        .filter(|n| n.accesskit_node().value().as_deref() == Some(&format!("⚠ {}", s.to_verify)))
        .count();
    let facts_to_verify = [&model.target_group, &model.prerequisites, &model.funding]
        .iter()
        .flat_map(|facts| facts.iter())
        .filter(|f| f.verify)
        .count();
    assert!(verify_marks >= facts_to_verify && facts_to_verify > 0);

    click(&mut app, Role::Button, &format!("✔ {}", s.choose_model));
    assert_eq!(
        app.harness.state().plan().model_id.as_deref(),
        Some("kindergarten")
    );
    // Said at the top of the page and again at its end, where the second button was.
    assert_eq!(
        app.harness
            .query_all_by_label(c(lang).chosen_for_plan)
            .count(),
        2
    );
    click(&mut app, Role::Button, c(lang).back_to_catalogue);
    assert_eq!(app.harness.state().catalogue_screen().view, View::List);
}

#[test]
fn every_model_page_opens_in_both_languages() {
    let catalogue = Catalogue::built_in();
    for lang in Lang::ALL {
        let mut app = app_on_model_step(lang, 0);
        for model in &catalogue.models {
            click(
                &mut app,
                Role::Button,
                &(c(lang).details_for)(model.name(lang)),
            );
            assert!(has(&app, Role::Label, c(lang).sections[11]), "{}", model.id);
            click(&mut app, Role::Button, c(lang).back_to_catalogue);
        }
    }
}

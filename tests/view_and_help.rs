//! The View menu and help: glossary (F1), text size, theme and contrast, remembered in the
//! preferences.

#![allow(clippy::unwrap_used, clippy::expect_used, reason = "test code")]

mod common;

use common::TestApp;
use egui::accesskit::Role;
use egui_kittest::kittest::Queryable as _;
use social_franchise_planner::i18n::{Lang, tr};
use social_franchise_planner::prefs::ThemeChoice;

#[test]
fn f1_opens_the_glossary_and_search_ignores_diacritics() {
    let s = tr(Lang::Pl);
    let mut app = TestApp::new();
    app.harness.run();
    assert!(!app.harness.state().prefs().show_glossary);
    app.harness.key_press(egui::Key::F1);
    app.harness.run();
    assert!(app.harness.state().prefs().show_glossary);
    app.harness.get_by_label("PFRON");
    let search = app
        .harness
        .get_by_role_and_label(Role::TextInput, s.glossary_search);
    search.focus();
    app.harness.run();
    app.harness
        .get_by_role_and_label(Role::TextInput, s.glossary_search)
        .type_text("spoldzielnia socjalna");
    app.harness.run();
    app.harness.get_by_label("spółdzielnia socjalna");
    assert!(app.harness.query_by_label("PFRON").is_none());
    // The help button in the top bar closes it again.
    app.harness.get_by_label(s.help_button).click();
    app.harness.run();
    assert!(!app.harness.state().prefs().show_glossary);
}

#[test]
fn text_size_changes_with_ctrl_plus_and_minus() {
    let mut app = TestApp::new();
    app.harness.run();
    app.harness
        .key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Plus);
    app.harness.run();
    app.harness
        .key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Plus);
    app.harness.run();
    let zoom = app.harness.state().prefs().look.zoom;
    assert!((zoom - 1.2).abs() < 1e-4, "{zoom}");
    assert!((app.harness.ctx.zoom_factor() - 1.2).abs() < 1e-4);
    app.harness
        .key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Minus);
    app.harness.run();
    assert!((app.harness.state().prefs().look.zoom - 1.1).abs() < 1e-4);
    app.harness
        .key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Num0);
    app.harness.run();
    assert!((app.harness.state().prefs().look.zoom - 1.0).abs() < 1e-4);
}

#[test]
fn theme_and_high_contrast_are_chosen_in_the_view_menu() {
    let s = tr(Lang::Pl);
    let mut app = TestApp::new();
    app.harness.run();
    app.harness.get_by_label(s.menu_view).click();
    app.harness.run();
    app.harness.get_by_label(s.themes_light).click();
    app.harness.run();
    assert_eq!(app.harness.state().prefs().look.theme, ThemeChoice::Light);
    assert_eq!(app.harness.ctx.theme(), egui::Theme::Light);
    app.harness.get_by_label(s.menu_view).click();
    app.harness.run();
    app.harness.get_by_label(s.cmd_high_contrast).click();
    app.harness.run();
    assert!(app.harness.state().prefs().look.high_contrast);
    let text = app
        .harness
        .ctx
        .style_of(egui::Theme::Light)
        .visuals
        .override_text_color;
    assert_eq!(text, Some(egui::Color32::BLACK));
}

#[test]
fn profile_questions_say_why_they_are_asked() {
    let s = tr(Lang::Pl);
    let mut app = TestApp::new();
    app.harness.run();
    app.harness.get_by_label_contains(s.start_new).click();
    app.harness.run();
    for why in [s.why_plan_name, s.why_kind, s.why_organisation, s.why_place] {
        app.harness.get_by_label(&format!("ℹ {why}"));
    }
}

//! The fit recommendation: a short questionnaire, the scoring in plain words, and the
//! ranking with reasons for and against each model.

use std::collections::BTreeSet;

use super::filters::{GROUPS, PARTNERS, ROUTES, SERVICES};
use super::{CatalogueScreen, Context, View, section_heading};
use crate::command::Command;
use crate::i18n::catalogue::{CatStrings, cat_tr};
use crate::i18n::{Lang, tr};
use crate::model::recommend::{Answers, Budget, Recommendation, recommend};

/// Below this width the questions and the ranking are stacked instead of side by side.
const TWO_COLUMNS_FROM: f32 = 900.0;

/// Draws the questionnaire and the ranking (side by side on wide windows, so the ranking
/// changes in view as the questions are answered); returns the model the user chose.
pub fn ui(ui: &mut egui::Ui, cx: &Context<'_>, screen: &mut CatalogueScreen) -> Option<Command> {
    let c = cat_tr(cx.lang);
    ui.heading(c.rec_heading);
    ui.label(c.rec_intro);
    let from_profile = cx.plan.profile.kind.is_some();
    if ui.available_width() < TWO_COLUMNS_FROM {
        answers_ui(ui, c, screen, from_profile);
        return results_ui(ui, cx, screen);
    }
    let mut command = None;
    ui.columns(2, |columns| {
        let [left, right] = columns else {
            return;
        };
        // Columns lay their contents out justified, which would stretch the spaces of
        // every wrapped line; plain left-aligned text reads evenly.
        let plain = egui::Layout::top_down(egui::Align::Min);
        left.with_layout(plain, |ui| answers_ui(ui, c, screen, from_profile));
        command = right
            .with_layout(plain, |ui| results_ui(ui, cx, screen))
            .inner;
    });
    command
}

fn answers_ui(ui: &mut egui::Ui, c: &CatStrings, screen: &mut CatalogueScreen, from_profile: bool) {
    questions_ui(ui, c, &mut screen.answers, from_profile);
    ui.add_space(6.0);
    if ui
        .add_enabled(
            !screen.answers.is_empty(),
            egui::Button::new(c.reset_answers),
        )
        .clicked()
    {
        screen.answers = Answers::default();
    }
    ui.add_space(8.0);
    egui::Frame::group(ui.style()).show(ui, |ui| {
        ui.label(egui::RichText::new(c.how_heading).strong());
        ui.label(c.how_text);
    });
}

fn results_ui(
    ui: &mut egui::Ui,
    cx: &Context<'_>,
    screen: &mut CatalogueScreen,
) -> Option<Command> {
    let Context {
        lang, catalogue, ..
    } = *cx;
    let c = cat_tr(lang);
    section_heading(ui, c.results_heading);
    if screen.answers.is_empty() {
        ui.label(c.no_answers);
        return None;
    }
    let ranking = recommend(&screen.answers, &catalogue.models);
    let mut command = None;
    let mut ruled_out_shown = false;
    for entry in &ranking {
        if !entry.eligible && !ruled_out_shown {
            ruled_out_shown = true;
            section_heading(ui, c.ruled_out_heading);
        }
        let Some(model) = catalogue.get(&entry.model_id) else {
            continue;
        };
        let tied = ranking
            .iter()
            .any(|other| other.model_id != entry.model_id && other.rank == entry.rank);
        let chosen = cx.is_chosen(model);
        let name = model.name(lang);
        if let Some(action) = result_ui(ui, lang, entry, name, tied, chosen) {
            match action {
                ResultAction::Details => screen.view = View::Model(model.id.clone()),
                ResultAction::Choose => command = Some(Command::ChooseModel(model.id.clone())),
            }
        }
    }
    command
}

fn questions_ui(ui: &mut egui::Ui, c: &CatStrings, answers: &mut Answers, from_profile: bool) {
    question(ui, c.q_founder);
    let routes = ROUTES.map(|r| (r, c.route(r)));
    single_choice(ui, c, c.q_founder, &mut answers.founder, &routes);
    if from_profile {
        ui.label(egui::RichText::new(c.q_founder_note).weak().small());
    }
    question(ui, c.q_groups);
    let groups = GROUPS.map(|g| (g, c.group(g)));
    multi_choice(ui, c, c.q_groups, &mut answers.target_groups, &groups);
    question(ui, c.q_premises);
    single_choice(
        ui,
        c,
        c.q_premises,
        &mut answers.premises,
        &[(true, c.yes), (false, c.no)],
    );
    question(ui, c.q_demand);
    let services = SERVICES.map(|s| (s, c.service(s)));
    multi_choice(ui, c, c.q_demand, &mut answers.demand, &services);
    question(ui, c.q_partners);
    let partners = PARTNERS.map(|p| (p, c.partner(p)));
    multi_choice(ui, c, c.q_partners, &mut answers.partners, &partners);
    question(ui, c.q_budget);
    let budgets = Budget::ALL.map(|b| (b, c.budget(b)));
    single_choice(ui, c, c.q_budget, &mut answers.budget, &budgets);
    ui.label(egui::RichText::new(c.q_budget_note).weak().small());
}

fn question(ui: &mut egui::Ui, text: &str) {
    ui.add_space(6.0);
    ui.label(egui::RichText::new(text).strong());
}

/// Radio buttons for one answer or "don't know". Each button's accessible name carries
/// the question, so equal answers to different questions stay distinguishable.
fn single_choice<T: Copy + PartialEq>(
    ui: &mut egui::Ui,
    c: &CatStrings,
    question: &str,
    value: &mut Option<T>,
    options: &[(T, &'static str)],
) {
    ui.horizontal_wrapped(|ui| {
        for (option, label) in options {
            let selected = *value == Some(*option);
            if ui
                .radio(selected, *label)
                .accessible_name((c.answer_name)(question, label))
                .clicked()
            {
                *value = Some(*option);
            }
        }
        if ui
            .radio(value.is_none(), c.dont_know)
            .accessible_name((c.answer_name)(question, c.dont_know))
            .clicked()
        {
            *value = None;
        }
    });
}

/// Check boxes for any number of answers.
fn multi_choice<T: Copy + Ord>(
    ui: &mut egui::Ui,
    c: &CatStrings,
    question: &str,
    values: &mut BTreeSet<T>,
    options: &[(T, &'static str)],
) {
    ui.horizontal_wrapped(|ui| {
        for (option, label) in options {
            let mut ticked = values.contains(option);
            if ui
                .checkbox(&mut ticked, *label)
                .accessible_name((c.answer_name)(question, label))
                .changed()
            {
                if ticked {
                    values.insert(*option);
                } else {
                    values.remove(option);
                }
            }
        }
    });
}

/// What the user did with one result.
enum ResultAction {
    Details,
    Choose,
}

fn result_ui(
    ui: &mut egui::Ui,
    lang: Lang,
    entry: &Recommendation,
    name: &str,
    tied: bool,
    chosen: bool,
) -> Option<ResultAction> {
    let c = cat_tr(lang);
    let mut action = None;
    egui::Frame::group(ui.style()).show(ui, |ui| {
        ui.set_width(ui.available_width());
        ui.horizontal_wrapped(|ui| {
            let mut rank = (c.rank_score)(entry.rank, entry.score);
            if tied {
                rank.push_str(&format!(" {}", c.tie));
            }
            ui.label(egui::RichText::new(rank).weak());
            ui.label(egui::RichText::new(name).strong());
        });
        if !entry.why.is_empty() {
            ui.label(egui::RichText::new(c.why_label).small());
        }
        for why in &entry.why {
            ui.label(format!("✔ {} (+{})", c.why(*why), why.points()));
        }
        if !entry.why_not.is_empty() {
            ui.label(egui::RichText::new(c.why_not_label).small());
        }
        for why_not in &entry.why_not {
            let text = c.why_not(*why_not);
            let line = if why_not.is_hard() {
                format!("⛔ {text}")
            } else if why_not.points() == 0 {
                format!("⚠ {text}")
            } else {
                format!("✖ {text} ({})", why_not.points())
            };
            ui.label(line);
        }
        ui.horizontal(|ui| {
            if ui
                .button(c.details)
                .accessible_name((c.details_for)(name))
                .clicked()
            {
                action = Some(ResultAction::Details);
            }
            if chosen {
                ui.label(egui::RichText::new(tr(lang).chosen_model).strong());
            } else if ui
                .button(tr(lang).choose_model)
                .accessible_name((c.choose_for)(name))
                .clicked()
            {
                action = Some(ResultAction::Choose);
            }
        });
    });
    action
}

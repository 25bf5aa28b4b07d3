//! The catalogue on the "Choose model" step: the list with search and filters, a model's
//! page, the comparison, the fit recommendation, and importing own models.

pub mod card;
pub mod compare;
pub mod detail;
pub mod filters;
pub mod fit;
pub mod list;

use std::collections::BTreeSet;

use crate::command::Command;
use crate::i18n::catalogue::cat_tr;
use crate::i18n::{Lang, tr};
use crate::model::catalogue::{Catalogue, ModelEntry};
use crate::model::plan::Plan;
use crate::model::recommend::Answers;
use crate::model::search::Filters;

/// At most this many models are compared side by side.
pub const MAX_COMPARE: usize = 3;

/// Which part of the catalogue is on screen.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub enum View {
    /// The list of models.
    #[default]
    List,
    /// The page of the model with this id.
    Model(String),
    /// The comparison of the picked models.
    Compare,
    /// The questionnaire and the ranking.
    Recommend,
}

/// The catalogue's screen state. It lives only in the window, never in the plan file.
#[derive(Clone, Debug, Default)]
pub struct CatalogueScreen {
    /// What is on screen.
    pub view: View,
    /// The search text.
    pub query: String,
    /// The filters.
    pub filters: Filters,
    /// Ids of the models picked for the comparison, in the order picked.
    pub compare: Vec<String>,
    /// The questionnaire's answers.
    pub answers: Answers,
    /// True once the founder answer was suggested from the plan's profile.
    founder_suggested: bool,
    /// Ids of the models imported from files.
    pub imported: BTreeSet<String>,
}

impl CatalogueScreen {
    /// A screen that marks the models with these ids as imported.
    pub fn new(imported: BTreeSet<String>) -> Self {
        Self {
            imported,
            ..Self::default()
        }
    }

    /// True when the model with this id was imported from a file.
    pub fn is_imported(&self, id: &str) -> bool {
        self.imported.contains(id)
    }

    /// Adds the model to the comparison, or removes it when it is there already. Adding
    /// fails (returns false) when [`MAX_COMPARE`] models are picked.
    pub fn toggle_compare(&mut self, id: &str) -> bool {
        if let Some(index) = self.compare.iter().position(|c| c == id) {
            self.compare.remove(index);
            true
        } else if self.compare.len() < MAX_COMPARE {
            self.compare.push(id.to_owned());
            true
        } else {
            false
        }
    }

    /// Suggests the founder answer from the plan's profile, once.
    fn suggest_founder(&mut self, plan: &Plan) {
        if !self.founder_suggested {
            self.founder_suggested = true;
            if self.answers.founder.is_none() {
                self.answers.founder = plan.profile.kind.map(|kind| kind.founder_route());
            }
        }
    }
}

/// What every catalogue view reads: the language, the models and the plan.
#[derive(Clone, Copy, Debug)]
pub struct Context<'a> {
    /// The window's language.
    pub lang: Lang,
    /// The models the app offers.
    pub catalogue: &'a Catalogue,
    /// The plan being edited (for its chosen model and profile).
    pub plan: &'a Plan,
}

impl Context<'_> {
    /// True when `model` is the plan's chosen model.
    pub fn is_chosen(&self, model: &ModelEntry) -> bool {
        self.plan.model_id.as_deref() == Some(model.id.as_str())
    }
}

/// Draws the catalogue; returns the command to apply (choose a model, import a file).
pub fn ui(ui: &mut egui::Ui, cx: &Context<'_>, screen: &mut CatalogueScreen) -> Option<Command> {
    let mut command = tabs_ui(ui, cx.lang, screen);
    ui.separator();
    if let View::Model(id) = &screen.view
        && cx.catalogue.get(id).is_none()
    {
        screen.view = View::List;
    }
    let picked = match screen.view.clone() {
        View::List => list::ui(ui, cx, screen),
        View::Model(_) => detail::ui(ui, cx, screen),
        View::Compare => compare::ui(ui, cx, screen),
        View::Recommend => {
            screen.suggest_founder(cx.plan);
            fit::ui(ui, cx, screen)
        }
    };
    if picked.is_some() {
        command = picked;
    }
    command
}

fn tabs_ui(ui: &mut egui::Ui, lang: Lang, screen: &mut CatalogueScreen) -> Option<Command> {
    let c = cat_tr(lang);
    let mut command = None;
    ui.horizontal_wrapped(|ui| {
        let compare = (c.tab_compare)(screen.compare.len());
        let tabs = [
            (View::List, c.tab_catalogue.to_owned()),
            (View::Compare, compare),
            (View::Recommend, c.tab_recommend.to_owned()),
        ];
        for (view, label) in tabs {
            let current = match screen.view {
                View::Model(_) => View::List,
                ref other => other.clone(),
            };
            let response = ui.selectable_label(current == view, label);
            // The list focuses its first model; other views focus their tab.
            if current == view && current != View::List {
                crate::ui::autofocus(ui, &response);
            }
            if response.clicked() {
                screen.view = view;
            }
        }
        ui.separator();
        if ui
            .button(c.import_button)
            .on_hover_text(c.import_tip)
            .clicked()
        {
            command = Some(Command::ImportModel);
        }
    });
    command
}

/// The labels of a model's family and provenance.
pub fn family_and_provenance(lang: Lang, model: &ModelEntry) -> (&'static str, &'static str) {
    let s = tr(lang);
    (s.family(model.family), s.provenance(model.provenance))
}

/// "Family · provenance", plus the imported mark when the model came from a file.
pub fn origin_line(lang: Lang, model: &ModelEntry, imported: bool) -> String {
    let (family, provenance) = family_and_provenance(lang, model);
    if imported {
        format!("{family} · {provenance} · {}", cat_tr(lang).imported_badge)
    } else {
        format!("{family} · {provenance}")
    }
}

/// The pilot cooperative as one line of text, when there is one.
pub fn pilot_text(model: &ModelEntry, lang: Lang) -> Option<String> {
    let pilot = model.pilot.as_ref()?;
    let mut text = pilot.name.clone();
    if let Some(place) = &pilot.place {
        text.push_str(&format!(", {place}"));
    }
    if let Some(year) = pilot.year {
        text.push_str(&format!(" ({})", (crate::i18n::tr(lang).pilot_year)(year)));
    }
    Some(text)
}

/// A list of closed-vocabulary names joined with commas, or "no data".
pub fn joined(names: impl Iterator<Item = &'static str>, none: &str) -> String {
    let names: Vec<&str> = names.collect();
    if names.is_empty() {
        none.to_owned()
    } else {
        names.join(", ")
    }
}

/// "✔ Chosen" for the plan's model, else a button that chooses `model`; `name_it` gives the
/// button the model's name for screen readers (where several such buttons are on screen).
pub fn choose_ui(
    ui: &mut egui::Ui,
    cx: &Context<'_>,
    model: &ModelEntry,
    name_it: bool,
) -> Option<Command> {
    let s = tr(cx.lang);
    if cx.is_chosen(model) {
        ui.label(egui::RichText::new(cat_tr(cx.lang).chosen_for_plan).strong());
        return None;
    }
    let text = egui::RichText::new(format!("✔ {}", s.choose_model)).strong();
    let mut button = ui.button(text);
    if name_it {
        button = button.accessible_name((cat_tr(cx.lang).choose_for)(model.name(cx.lang)));
    }
    button
        .clicked()
        .then(|| Command::ChooseModel(model.id.clone()))
}

/// A section heading inside the catalogue screens.
pub fn section_heading(ui: &mut egui::Ui, text: &str) {
    ui.add_space(6.0);
    ui.label(egui::RichText::new(text).strong().size(17.0));
}

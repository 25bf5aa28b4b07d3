//! Two or three models side by side.

use super::detail::fact_ui;
use super::{CatalogueScreen, Context, View, choose_ui, family_and_provenance, joined, pilot_text};
use crate::command::Command;
use crate::i18n::Lang;
use crate::i18n::catalogue::{CatStrings, cat_tr};
use crate::model::catalogue::ModelEntry;
use crate::model::text::Fact;

/// Width of the first column (the row labels).
const LABEL_COLUMN: f32 = 170.0;

/// Draws the comparison of the picked models; returns [`Command::ChooseModel`] when one of
/// them is chosen.
pub fn ui(ui: &mut egui::Ui, cx: &Context<'_>, screen: &mut CatalogueScreen) -> Option<Command> {
    let Context {
        lang, catalogue, ..
    } = *cx;
    let c = cat_tr(lang);
    ui.heading(c.compare_heading);
    let models: Vec<&ModelEntry> = screen
        .compare
        .iter()
        .filter_map(|id| catalogue.get(id))
        .collect();
    if models.len() < 2 {
        ui.label(c.compare_intro);
        for model in &models {
            ui.label(format!("• {}", model.name(lang)));
        }
        return None;
    }
    #[expect(clippy::cast_precision_loss, reason = "at most three columns")]
    let columns = models.len() as f32;
    let width = ((ui.available_width() - LABEL_COLUMN) / columns - 16.0).max(160.0);
    let mut command = None;
    egui::Grid::new("compare_grid")
        .num_columns(models.len() + 1)
        .striped(true)
        .min_col_width(LABEL_COLUMN.min(width))
        .max_col_width(width)
        .spacing([12.0, 8.0])
        .show(ui, |ui| {
            command = header_rows(ui, cx, &models, screen);
            rows(ui, lang, c, &models, screen);
        });
    command
}

/// Each model's name, its page and remove buttons, and "Choose" (or "chosen").
fn header_rows(
    ui: &mut egui::Ui,
    cx: &Context<'_>,
    models: &[&ModelEntry],
    screen: &mut CatalogueScreen,
) -> Option<Command> {
    let lang = cx.lang;
    let c = cat_tr(lang);
    let mut command = None;
    ui.label("");
    for model in models {
        let name = model.name(lang);
        ui.vertical(|ui| {
            ui.label(egui::RichText::new(name).strong());
            ui.horizontal(|ui| {
                if ui
                    .small_button(c.details)
                    .accessible_name((c.details_for)(name))
                    .clicked()
                {
                    screen.view = View::Model(model.id.clone());
                }
                if ui
                    .small_button(c.compare_remove)
                    .accessible_name((c.compare_remove_for)(name))
                    .clicked()
                {
                    screen.toggle_compare(&model.id);
                }
            });
            if let Some(chosen) = choose_ui(ui, cx, model, true) {
                command = Some(chosen);
            }
        });
    }
    ui.end_row();
    command
}

fn rows(
    ui: &mut egui::Ui,
    lang: Lang,
    c: &CatStrings,
    models: &[&ModelEntry],
    screen: &CatalogueScreen,
) {
    let [
        family,
        provenance,
        pilot,
        groups,
        services,
        partners,
        prerequisites,
        routes,
        premises,
        items,
        risks,
    ] = c.compare_rows;
    text_row(ui, family, models, |m| {
        family_and_provenance(lang, m).0.to_owned()
    });
    text_row(ui, provenance, models, |m| {
        let provenance = family_and_provenance(lang, m).1;
        if screen.is_imported(&m.id) {
            format!("{provenance} · {}", c.imported_badge)
        } else {
            provenance.to_owned()
        }
    });
    text_row(ui, pilot, models, |m| {
        pilot_text(m, lang).unwrap_or_else(|| c.none.to_owned())
    });
    text_row(ui, groups, models, |m| {
        super::card::target_group_text(lang, m)
    });
    text_row(ui, services, models, |m| {
        joined(m.fit.services.iter().map(|s| c.service(*s)), c.none)
    });
    text_row(ui, partners, models, |m| {
        joined(m.fit.partners.iter().map(|p| c.partner(*p)), c.none)
    });
    facts_row(ui, lang, prerequisites, models, |m| {
        m.prerequisites.as_slice()
    });
    text_row(ui, routes, models, |m| {
        joined(m.fit.founder_routes.iter().map(|r| c.route(*r)), c.none)
    });
    text_row(ui, premises, models, |m| {
        if m.fit.needs_premises {
            c.premises_needed.to_owned()
        } else {
            c.premises_not_needed.to_owned()
        }
    });
    text_row(ui, items, models, |m| m.checklist.len().to_string());
    facts_row(ui, lang, risks, models, |m| m.risks.as_slice());
}

fn row_label(ui: &mut egui::Ui, label: &str) {
    ui.label(egui::RichText::new(label).strong());
}

fn text_row(
    ui: &mut egui::Ui,
    label: &str,
    models: &[&ModelEntry],
    value: impl Fn(&ModelEntry) -> String,
) {
    row_label(ui, label);
    for model in models {
        ui.label(value(model));
    }
    ui.end_row();
}

fn facts_row(
    ui: &mut egui::Ui,
    lang: Lang,
    label: &str,
    models: &[&ModelEntry],
    facts: impl Fn(&ModelEntry) -> &[Fact],
) {
    row_label(ui, label);
    for model in models {
        ui.vertical(|ui| {
            let list = facts(model);
            if list.is_empty() {
                ui.label(cat_tr(lang).none);
            }
            for fact in list {
                fact_ui(ui, lang, fact);
            }
        });
    }
    ui.end_row();
}

//! Step 4: the readiness self-assessment. Ten statements scored 0–2, the total against the
//! pass mark, and for weak answers a checklist item to add with one click.

use crate::command::Command;
use crate::i18n::Lang;
use crate::i18n::planning::readiness::{ReadinessTexts, texts};
use crate::model::plan::Plan;
use crate::model::readiness::{QUESTIONS, Question, suggested_entry, suggested_id};

/// Draws the assessment; edits the plan in place and returns a command to show an item.
pub fn ui(ui: &mut egui::Ui, lang: Lang, plan: &mut Plan) -> Option<Command> {
    let t = texts(lang);
    ui.heading(t.heading);
    ui.label(t.intro);
    summary_ui(ui, t, plan);
    let chart = crate::model::charts::ReadinessChart::of(&plan.readiness);
    super::chart_readiness::ui(ui, lang, &chart);
    ui.add_space(8.0);
    let mut command = None;
    for (number, question) in QUESTIONS.iter().enumerate() {
        egui::Frame::group(ui.style()).show(ui, |ui| {
            ui.set_width(ui.available_width());
            if let Some(c) = question_ui(ui, lang, plan, number + 1, question) {
                command = Some(c);
            }
        });
    }
    ui.add_space(8.0);
    let missing: Vec<&Question> = plan
        .readiness
        .weak()
        .into_iter()
        .filter(|q| !plan.has_suggestion(q))
        .collect();
    if missing.is_empty() {
        ui.label(egui::RichText::new(t.no_suggestions).weak());
    } else if ui.button((t.add_all)(missing.len())).clicked() {
        for question in missing {
            plan.add_suggestion(question);
        }
    }
    command
}

fn summary_ui(ui: &mut egui::Ui, t: &ReadinessTexts, plan: &Plan) {
    let summary = plan.readiness.summary();
    ui.label(egui::RichText::new((t.threshold_note)(summary.threshold(), summary.max)).weak());
    ui.horizontal_wrapped(|ui| {
        ui.label(egui::RichText::new((t.score)(summary)).strong().size(17.0));
        #[expect(clippy::cast_precision_loss, reason = "points are small")]
        let fraction = summary.points as f32 / summary.max.max(1) as f32;
        ui.add(egui::ProgressBar::new(fraction).desired_width(200.0));
        if !summary.is_complete() {
            ui.label((t.verdict_incomplete)(summary.answered, summary.questions));
        } else if summary.passes() {
            ui.label(t.verdict_pass);
        } else {
            ui.label(egui::RichText::new(t.verdict_low).color(super::theme::WARNING));
        }
    });
}

fn question_ui(
    ui: &mut egui::Ui,
    lang: Lang,
    plan: &mut Plan,
    number: usize,
    question: &Question,
) -> Option<Command> {
    let t = texts(lang);
    let title = question.title.get(lang);
    ui.label(egui::RichText::new(format!("{number}. {title}")).strong());
    ui.label(question.statement.get(lang));
    let current = plan.readiness.score(question.id);
    ui.horizontal_wrapped(|ui| {
        for (points, answer) in (0u8..).zip(t.answers) {
            let text = format!("{points} – {answer}");
            let response = ui
                .radio(current == Some(points), text)
                .accessible_name(format!("{title}: {answer}"));
            super::autofocus(ui, &response);
            if response.clicked() {
                plan.readiness.set(question.id, points);
            }
        }
    });
    let weak = current.is_some_and(|p| p < crate::model::readiness::MAX_POINTS);
    let entry = suggested_entry(question)?;
    let item = entry.text.get(lang).to_owned();
    let mut command = None;
    // The suggestion's line is always laid out (hidden while not needed), so that answering
    // never moves the questions below under the mouse.
    ui.scope(|ui| {
        if !weak {
            ui.set_invisible();
        }
        suggestion_ui(ui, t, plan, question, &item, &mut command);
    });
    command
}

fn suggestion_ui(
    ui: &mut egui::Ui,
    t: &ReadinessTexts,
    plan: &mut Plan,
    question: &Question,
    item: &str,
    command: &mut Option<Command>,
) {
    ui.horizontal_wrapped(|ui| {
        if plan.has_suggestion(question) {
            ui.label((t.suggestion_there)(item));
            let show = ui
                .small_button(t.show_on_list)
                .accessible_name((t.show_on_list_name)(item));
            if show.clicked() {
                *command = Some(Command::ShowChecklistItem(suggested_id(question)));
            }
        } else if ui.button((t.suggestion_add)(item)).clicked() {
            plan.add_suggestion(question);
        }
    });
}

//! The selected checklist item's details: what and why, legal basis, "to verify" mark and
//! source, then status, owner, due date (fixed or relative to a milestone), note and evidence,
//! in keyboard (Tab) order.

use chrono::NaiveDate;

use super::checklist_view::ChecklistFrame;
use super::fields::{claim_focus, focus_when_drawn};
use crate::i18n::planning::checklist::{ChecklistTexts, texts};
use crate::i18n::{Lang, tr};
use crate::model::checklist::Origin;
use crate::model::milestones::Milestone;
use crate::model::plan::{ChecklistEntry, Status};

/// Draws the details of the selected item, or a hint when none is selected.
pub fn ui(ui: &mut egui::Ui, f: &mut ChecklistFrame<'_>) {
    let (lang, today) = (f.lang, f.today);
    let t = texts(lang);
    let selected = f.view.selected.clone();
    let milestones = &f.plan.milestones;
    let entry = selected
        .as_deref()
        .and_then(|id| f.plan.checklist.iter_mut().find(|e| e.id == id));
    let Some(entry) = entry else {
        f.view.selected = None;
        ui.label(egui::RichText::new(t.select_hint).weak());
        return;
    };
    let outside = f.view.outside.contains(&entry.id);
    let focus = std::mem::take(&mut f.view.focus_detail);
    let remove = entry_ui(
        ui,
        lang,
        entry,
        &mut f.view.evidence_text,
        (today, outside, milestones, focus),
    );
    if remove && let Some(id) = selected {
        if outside {
            f.plan.checklist.retain(|e| e.id != id);
        } else {
            f.plan.remove_custom_item(&id);
        }
        f.view.selected = None;
    }
}

/// Draws one entry; returns true when the user removes it.
fn entry_ui(
    ui: &mut egui::Ui,
    lang: Lang,
    entry: &mut ChecklistEntry,
    evidence_text: &mut String,
    (today, outside, milestones, focus): (NaiveDate, bool, &[Milestone], bool),
) -> bool {
    let t = texts(lang);
    let id = entry.id.clone();
    ui.push_id(("detail", id), |ui| {
        let custom = entry.origin == Origin::Custom;
        header_ui(ui, lang, entry, focus && custom);
        facts_ui(ui, t, lang, entry);
        ui.separator();
        status_ui(ui, t, entry, focus && !custom);
        let owner = ui.label(t.owner_label);
        ui.add(
            egui::TextEdit::singleline(&mut entry.owner)
                .hint_text(t.owner_hint)
                .desired_width(f32::INFINITY),
        )
        .labelled_by(owner.id);
        super::milestones::due_ui(ui, lang, entry, milestones, today);
        let note = ui.label(t.note_label);
        ui.add(
            egui::TextEdit::multiline(&mut entry.note)
                .desired_rows(3)
                .desired_width(f32::INFINITY),
        )
        .labelled_by(note.id);
        evidence_ui(ui, t, entry, evidence_text);
        ui.add_space(8.0);
        if outside {
            let s = tr(lang);
            ui.label(
                egui::RichText::new(format!("⚠ {}", s.outside_template))
                    .color(super::theme::WARNING),
            );
            ui.label(egui::RichText::new(s.outside_template_tip).weak().small());
            ui.button(s.remove_outside_template).clicked()
        } else if entry.origin == Origin::Custom {
            ui.button(t.remove_item).clicked()
        } else {
            ui.label(egui::RichText::new(t.cannot_remove).weak().small());
            false
        }
    })
    .inner
}

fn header_ui(ui: &mut egui::Ui, lang: Lang, entry: &mut ChecklistEntry, focus: bool) {
    let (s, t) = (tr(lang), texts(lang));
    if entry.origin == Origin::Custom {
        let label = ui.label(t.text_label);
        let mut text = entry.text.get(lang).to_owned();
        let response = ui
            .add(egui::TextEdit::singleline(&mut text).desired_width(f32::INFINITY))
            .labelled_by(label.id);
        take_focus(&response, focus);
        if response.changed() {
            // A custom item is written in one language; keep both copies the same.
            entry.text.pl.clone_from(&text);
            entry.text.en = text;
        }
    } else {
        ui.label(
            egui::RichText::new(entry.text.get(lang))
                .strong()
                .size(17.0),
        );
    }
    let phase = s.phase(entry.phase);
    let [common, model, custom] = t.origins;
    let origin = match entry.origin {
        Origin::Common => common,
        Origin::Model => model,
        Origin::Custom => custom,
    };
    ui.label(egui::RichText::new(format!("{} {phase} · {origin}", t.phase_label)).weak());
}

fn facts_ui(ui: &mut egui::Ui, t: &ChecklistTexts, lang: Lang, entry: &ChecklistEntry) {
    if let Some(why) = &entry.why {
        ui.horizontal_wrapped(|ui| {
            ui.label(egui::RichText::new(t.why_label).strong());
            ui.label(why.get(lang));
        });
    }
    if let Some(basis) = entry
        .legal_basis
        .as_deref()
        .filter(|b| !b.trim().is_empty())
    {
        ui.horizontal_wrapped(|ui| {
            ui.label(egui::RichText::new(t.legal_label).strong());
            ui.label(crate::model::legal::citation_text(basis, lang));
        });
    }
    if entry.verify {
        super::verify_badge(ui, tr(lang).to_verify);
        ui.label(egui::RichText::new(t.verify_note).weak().small());
    }
    if let Some(url) = &entry.source {
        ui.horizontal_wrapped(|ui| {
            ui.label(egui::RichText::new(t.source_label).strong());
            ui.hyperlink_to(link_text(url), url).on_hover_text(url);
        });
    }
}

fn status_ui(ui: &mut egui::Ui, t: &ChecklistTexts, entry: &mut ChecklistEntry, focus: bool) {
    ui.label(egui::RichText::new(t.status_label).strong());
    ui.horizontal_wrapped(|ui| {
        for status in Status::ALL {
            let radio = ui.radio(entry.status == status, t.status(status));
            take_focus(&radio, focus && entry.status == status);
            if radio.clicked() {
                entry.status = status;
            }
        }
    });
    if entry.status == Status::NotApplicable {
        let label = ui.label(t.reason_label);
        ui.add(egui::TextEdit::singleline(&mut entry.na_reason).desired_width(f32::INFINITY))
            .labelled_by(label.id);
        if entry.lacks_reason() {
            ui.label(egui::RichText::new(t.reason_missing).color(super::theme::WARNING));
        }
    }
}

/// Gives `response` the keyboard focus (and brings it into view) when `wanted`.
fn take_focus(response: &egui::Response, wanted: bool) {
    if wanted {
        response.request_focus();
        response.scroll_to_me(None);
    }
}

fn evidence_ui(
    ui: &mut egui::Ui,
    t: &ChecklistTexts,
    entry: &mut ChecklistEntry,
    evidence_text: &mut String,
) {
    let label = ui.label(t.evidence_label);
    let mut remove = None;
    for (index, evidence) in entry.evidence.iter().enumerate() {
        ui.horizontal_wrapped(|ui| {
            let button = ui
                .button("🗑")
                .accessible_name((t.evidence_remove)(evidence));
            if button.clicked() {
                remove = Some(index);
            }
            if evidence.starts_with("http://") || evidence.starts_with("https://") {
                ui.hyperlink_to(evidence, evidence);
            } else {
                ui.label(evidence);
            }
        });
    }
    if let Some(index) = remove.filter(|i| *i < entry.evidence.len()) {
        entry.evidence.remove(index);
    }
    ui.horizontal_wrapped(|ui| {
        let field = ui
            .add(
                egui::TextEdit::singleline(evidence_text)
                    .hint_text(t.evidence_hint)
                    .desired_width(260.0_f32.min(ui.available_width())),
            )
            .labelled_by(label.id);
        let key = egui::Id::unique("evidence_field");
        claim_focus(ui, &field, key);
        let entered = field.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
        if (ui.button(t.evidence_add).clicked() || entered) && !evidence_text.trim().is_empty() {
            entry.evidence.push(evidence_text.trim().to_owned());
            evidence_text.clear();
            // Back to the field, for the next piece of evidence.
            focus_when_drawn(ui.ctx(), key);
        }
    });
}

/// A short text for a link: its host, with "…" when the URL goes on.
pub fn link_text(url: &str) -> String {
    let rest = url
        .strip_prefix("https://")
        .or_else(|| url.strip_prefix("http://"))
        .unwrap_or(url);
    let host = rest.split(['/', '?', '#']).next().unwrap_or(rest);
    let host = host.strip_prefix("www.").unwrap_or(host);
    if host.len() < rest.trim_end_matches('/').len() {
        format!("{host}/…")
    } else {
        host.to_owned()
    }
}

#[cfg(test)]
mod tests {
    use super::link_text;

    #[test]
    fn links_show_their_host() {
        assert_eq!(
            link_text("https://www.biznes.gov.pl/pl/opisy"),
            "biznes.gov.pl/…"
        );
        assert_eq!(link_text("http://spoldzielnie.org/"), "spoldzielnie.org");
        assert_eq!(link_text("https://doczz.pl"), "doczz.pl");
    }
}

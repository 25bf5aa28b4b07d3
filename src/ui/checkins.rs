//! Check-ins after launch, in a collapsible section of the checklist step (beside the
//! milestones): one fold per quarterly check-in, and in it, per monitoring indicator, the
//! target, the value reached and a note. Values are counts and amounts only; the section says
//! so, and a value that is not one stays in its field, flagged, without reaching the plan.

use chrono::NaiveDate;

use super::fields::typed_field;
use crate::i18n::Lang;
use crate::i18n::planning::checkins::{CheckInTexts, texts};
use crate::model::checkins::{CheckIn, Indicator, IndicatorValue, read_value};
use crate::model::dates::format_date;
use crate::model::health::CHECKIN_SOON_DAYS;
use crate::model::plan::Plan;

fn open_id() -> egui::Id {
    egui::Id::unique("checkins_section_open")
}

/// True when a check-in needs the team now: one is overdue or the next is near.
fn is_pressing(plan: &Plan, today: NaiveDate) -> bool {
    plan.overdue_checkin(today).is_some()
        || plan
            .next_checkin(today)
            .is_some_and(|c| (c.date - today).num_days() < CHECKIN_SOON_DAYS)
}

fn is_open(ui: &egui::Ui, plan: &Plan, today: NaiveDate) -> bool {
    ui.data(|d| d.get_temp(open_id()))
        .unwrap_or_else(|| is_pressing(plan, today))
}

fn in_header_id() -> egui::Id {
    egui::Id::unique("checkins_toggle_in_header")
}

/// The button folding the check-ins section out and in, for the caller's row beside the
/// heading. It is open at first only when a check-in is overdue or near. Where the row has no
/// room for it (an 800-point window), it is left to [`fallback_toggle_ui`], in the milestones
/// section, so the heading keeps to one row.
pub fn toggle_ui(ui: &mut egui::Ui, lang: Lang, plan: &Plan, today: NaiveDate) {
    let name = (texts(lang).section)(plan.checkins.len(), held(plan));
    let font = egui::TextStyle::Button.resolve(ui.style());
    let needed = ui
        .painter()
        .layout_no_wrap(format!("⏷ {name}"), font, egui::Color32::PLACEHOLDER)
        .size()
        .x
        + 2.0 * ui.spacing().button_padding.x
        + ui.spacing().item_spacing.x;
    let fits = needed <= ui.available_size_before_wrap().x;
    ui.data_mut(|d| d.insert_temp(in_header_id(), (fits, today)));
    if fits {
        button_ui(ui, &name, plan, today);
    }
}

/// The same button inside the milestones section (the start of operations is set there),
/// when [`toggle_ui`] found no room for it beside the heading this frame and the check-ins
/// are folded in (folded out, the button is at the top of their section).
pub fn fallback_toggle_ui(ui: &mut egui::Ui, lang: Lang, plan: &Plan) {
    let Some((false, today)) = ui.data(|d| d.get_temp::<(bool, NaiveDate)>(in_header_id())) else {
        return;
    };
    if is_open(ui, plan, today) {
        return; // The open section has the button at its top.
    }
    let name = (texts(lang).section)(plan.checkins.len(), held(plan));
    button_ui(ui, &name, plan, today);
}

fn held(plan: &Plan) -> usize {
    plan.checkins.iter().filter(|c| c.is_held()).count()
}

fn button_ui(ui: &mut egui::Ui, name: &str, plan: &Plan, today: NaiveDate) {
    let open = is_open(ui, plan, today);
    let sign = if open { "⏷" } else { "⏵" };
    let button = ui
        .selectable_label(open, format!("{sign} {name}"))
        .accessible_name(name);
    if button.clicked() {
        ui.data_mut(|d| d.insert_temp(open_id(), !open));
    }
}

/// Draws the check-ins when [`toggle_ui`] folded them out; edits the plan in place.
pub fn section_ui(ui: &mut egui::Ui, lang: Lang, plan: &mut Plan, today: NaiveDate) {
    if !is_open(ui, plan, today) {
        return;
    }
    let t = texts(lang);
    let in_header = ui
        .data(|d| d.get_temp::<(bool, NaiveDate)>(in_header_id()))
        .is_none_or(|(fits, _)| fits);
    egui::Frame::group(ui.style()).show(ui, |ui| {
        ui.set_width(ui.available_width());
        if !in_header {
            button_ui(
                ui,
                &(t.section)(plan.checkins.len(), held(plan)),
                plan,
                today,
            );
        }
        ui.label(egui::RichText::new(t.intro).weak());
        if plan.checkins.is_empty() {
            ui.label(t.no_start);
            return;
        }
        if plan.indicators.is_empty() {
            ui.label(t.no_indicators);
        }
        let height = (ui.available_height() * 0.4).max(180.0);
        let first_open = plan
            .overdue_checkin(today)
            .or_else(|| plan.next_checkin(today))
            .map(|c| c.number);
        egui::ScrollArea::vertical()
            .id_salt("checkins_scroll")
            .max_height(height)
            .auto_shrink([false, true])
            .show(ui, |ui| {
                // The step's focus goes to the list's first row, not to a check-in's field.
                super::without_autofocus(ui, |ui| {
                    let indicators = &plan.indicators;
                    for checkin in &mut plan.checkins {
                        let open = first_open == Some(checkin.number);
                        checkin_ui(ui, (lang, t, indicators), checkin, (today, open));
                    }
                });
            });
    });
}

/// The language, its texts and the plan's indicators.
type Words<'a> = (Lang, &'static CheckInTexts, &'a [Indicator]);

/// One check-in as a fold; `when` is today and whether it starts open.
fn checkin_ui(ui: &mut egui::Ui, words: Words<'_>, checkin: &mut CheckIn, when: (NaiveDate, bool)) {
    let (lang, t, _) = words;
    let (today, open) = when;
    let date = format_date(checkin.date, lang);
    let heading = format!("{} · {date}", (t.title)(checkin.number, checkin.months()));
    let (state, color) = if checkin.is_held() {
        (t.held.to_owned(), super::theme::SUCCESS)
    } else if checkin.date < today {
        (t.overdue.to_owned(), super::theme::ERROR)
    } else {
        let days = (checkin.date - today).num_days();
        ((t.in_days)(days), ui.visuals().weak_text_color())
    };
    let font = egui::TextStyle::Body.resolve(ui.style());
    let mut title = egui::text::LayoutJob::default();
    title.append(
        &heading,
        0.0,
        egui::TextFormat::simple(font.clone(), ui.visuals().text_color()),
    );
    // A space in the text too, so that a screen reader says the state as a word of its own.
    title.append(
        &format!(" {state}"),
        8.0,
        egui::TextFormat::simple(font, color),
    );
    egui::CollapsingHeader::new(title)
        .id_salt(("checkin", checkin.number))
        .default_open(open)
        .show(ui, |ui| {
            let number = checkin.number;
            for (row, value) in checkin.values.iter_mut().enumerate() {
                value_ui(ui, words, value, (number, row));
            }
        });
}

/// One indicator's row: its text, then the target, the value reached and the note.
fn value_ui(ui: &mut egui::Ui, words: Words<'_>, value: &mut IndicatorValue, at: (u8, usize)) {
    let (lang, t, indicators) = words;
    let (number, row) = at;
    let indicator = value.indicator.get(lang).to_owned();
    let mark = match indicators.iter().find(|i| i.text == value.indicator) {
        None => format!(" {}", t.not_in_model),
        Some(found) if found.verify => format!(" ({})", t.to_verify),
        Some(_) => String::new(),
    };
    ui.add_space(4.0);
    ui.label(egui::RichText::new(format!("{indicator}{mark}")).strong());
    let mut invalid = false;
    ui.horizontal_wrapped(|ui| {
        for (label, field, key) in [
            (t.target, &mut value.target, "target"),
            (t.actual, &mut value.actual, "actual"),
        ] {
            ui.label(label);
            let id = ui.make_persistent_id(("checkin_value", number, row, key));
            let out = typed_field(
                ui,
                id,
                field,
                100.0,
                t.value_hint,
                String::clone,
                read_value,
            );
            out.response
                .accessible_name((t.field_of)(label, &indicator, number));
            invalid |= out.invalid;
        }
        ui.label(t.note);
        ui.add(
            egui::TextEdit::singleline(&mut value.note)
                .hint_text(t.note_hint)
                .desired_width(220.0),
        )
        .accessible_name((t.field_of)(t.note, &indicator, number));
    });
    if invalid {
        ui.label(egui::RichText::new(t.invalid_value).color(super::theme::ERROR));
    }
}

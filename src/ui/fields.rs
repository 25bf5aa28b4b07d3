//! Text fields that edit typed values (dates, counts, amounts). While a field has focus it
//! keeps exactly what the user types; every valid text updates the value at once; when the
//! focus leaves, the field shows the value in its usual form again. Text that cannot be read
//! ("31.02.2027") stays in the field, flagged, until the user fixes it: it is never silently
//! replaced.

use chrono::NaiveDate;

use crate::model::dates::{format_date, parse_date};
use crate::model::money::{Money, format_money, parse_money};
use crate::model::text::Lang;

/// What a typed field reports after drawing.
#[derive(Debug)]
pub struct FieldOutput {
    /// The text field's response.
    pub response: egui::Response,
    /// True when the text typed cannot be read (the value is left as it was).
    pub invalid: bool,
}

/// A field editing `value` through `format` and `parse` (`parse` gets trimmed text).
pub fn typed_field<T: PartialEq>(
    ui: &mut egui::Ui,
    id: egui::Id,
    value: &mut T,
    width: f32,
    hint: &str,
    format: impl Fn(&T) -> String,
    parse: impl Fn(&str) -> Option<T>,
) -> FieldOutput {
    // While focused, or while unreadable, the field shows what was typed.
    let mut text = ui
        .data(|d| d.get_temp::<String>(id))
        .unwrap_or_else(|| format(value));
    let width = width.max(text_width(ui, &text));
    // A minimum as well as a wish: in a grid, a cell's room on the first frame is the
    // narrowest column, and a field that took only that would keep its column that narrow.
    let response = ui.add(
        egui::TextEdit::singleline(&mut text)
            .id(id)
            .hint_text(hint)
            .desired_width(width)
            .min_size(egui::vec2(width, 0.0)),
    );
    super::autofocus(ui, &response);
    if response.changed()
        && let Some(new) = parse(text.trim())
        && new != *value
    {
        *value = new;
    }
    let invalid = parse(text.trim()).is_none();
    if response.has_focus() || invalid {
        ui.data_mut(|d| d.insert_temp(id, text));
    } else {
        ui.data_mut(|d| d.remove::<String>(id));
    }
    FieldOutput { response, invalid }
}

/// The width a field needs to show `text` whole (an amount is never cut).
fn text_width(ui: &egui::Ui, text: &str) -> f32 {
    let font = egui::TextStyle::Body.resolve(ui.style());
    let galley = ui
        .painter()
        .layout_no_wrap(text.to_owned(), font, egui::Color32::PLACEHOLDER);
    galley.size().x + 2.0 * ui.spacing().button_padding.x + 8.0
}

/// Asks the widget named `key` to take the keyboard focus when it is next drawn (for a row
/// that does not exist yet, such as a line just added).
pub fn focus_when_drawn(ctx: &egui::Context, key: egui::Id) {
    ctx.data_mut(|d| d.insert_temp(pending_focus_id(), key));
}

/// Gives `response` the keyboard focus if [`focus_when_drawn`] asked for `key`.
pub fn claim_focus(ui: &egui::Ui, response: &egui::Response, key: egui::Id) {
    let wanted = ui.data(|d| d.get_temp::<egui::Id>(pending_focus_id()));
    if wanted == Some(key) {
        ui.data_mut(|d| d.remove::<egui::Id>(pending_focus_id()));
        response.request_focus();
        response.scroll_to_me(None);
    }
}

fn pending_focus_id() -> egui::Id {
    egui::Id::unique("fields_pending_focus")
}

/// A due-date field: `dd.mm.rrrr` in Polish, `yyyy-mm-dd` in English; empty means no date.
pub fn date_field(
    ui: &mut egui::Ui,
    id: egui::Id,
    value: &mut Option<NaiveDate>,
    lang: Lang,
    hint: &str,
) -> FieldOutput {
    typed_field(
        ui,
        id,
        value,
        110.0,
        hint,
        |v| v.map(|d| format_date(d, lang)).unwrap_or_default(),
        |t| {
            if t.is_empty() {
                Some(None)
            } else {
                parse_date(t).map(Some)
            }
        },
    )
}

/// A head-count field; zero shows as an empty field with "0" as hint.
pub fn count_field(ui: &mut egui::Ui, id: egui::Id, value: &mut u32) -> FieldOutput {
    count_field_width(ui, id, value, 60.0)
}

/// A head-count field `width` points wide (e.g. as wide as its column's heading).
pub fn count_field_width(
    ui: &mut egui::Ui,
    id: egui::Id,
    value: &mut u32,
    width: f32,
) -> FieldOutput {
    typed_field(
        ui,
        id,
        value,
        width,
        "0",
        |v| {
            if *v == 0 {
                String::new()
            } else {
                v.to_string()
            }
        },
        |t| {
            if t.is_empty() {
                Some(0)
            } else {
                t.parse().ok()
            }
        },
    )
}

/// An amount field; zero shows as an empty field.
pub fn money_field(ui: &mut egui::Ui, id: egui::Id, value: &mut Money, lang: Lang) -> FieldOutput {
    typed_field(
        ui,
        id,
        value,
        130.0,
        &format_money(Money::ZERO, lang),
        |v| {
            if *v == Money::ZERO {
                String::new()
            } else {
                format_money(*v, lang)
            }
        },
        |t| {
            if t.is_empty() {
                Some(Money::ZERO)
            } else {
                parse_money(t)
            }
        },
    )
}

#[cfg(test)]
mod tests {
    use egui::accesskit::Role;
    use egui_kittest::Harness;
    use egui_kittest::kittest::Queryable as _;

    use super::{count_field, date_field, money_field};
    use crate::model::money::Money;
    use crate::model::text::Lang;

    #[derive(Default)]
    struct State {
        date: Option<chrono::NaiveDate>,
        count: u32,
        money: Money,
        invalid_date: bool,
    }

    fn harness() -> Harness<'static, State> {
        Harness::new_ui_state(
            |ui, state: &mut State| {
                let out = date_field(
                    ui,
                    egui::Id::unique("date"),
                    &mut state.date,
                    Lang::Pl,
                    "dd.mm.rrrr",
                );
                out.response.accessible_name("Termin");
                state.invalid_date = out.invalid;
                count_field(ui, egui::Id::unique("count"), &mut state.count)
                    .response
                    .accessible_name("Liczba");
                money_field(ui, egui::Id::unique("money"), &mut state.money, Lang::Pl)
                    .response
                    .accessible_name("Kwota");
            },
            State::default(),
        )
    }

    fn type_into(h: &mut Harness<'static, State>, label: &str, text: &str) {
        h.get_by_role_and_label(Role::TextInput, label).focus();
        h.run();
        h.get_by_role_and_label(Role::TextInput, label)
            .type_text(text);
        h.run();
    }

    #[test]
    fn typed_values_update_the_state_and_bad_text_is_flagged() {
        let mut h = harness();
        h.run();
        type_into(&mut h, "Termin", "31.1");
        assert_eq!(h.state().date, None);
        assert!(h.state().invalid_date);
        type_into(&mut h, "Termin", ".2027");
        assert_eq!(h.state().date, chrono::NaiveDate::from_ymd_opt(2027, 1, 31));
        assert!(!h.state().invalid_date);
        type_into(&mut h, "Liczba", "12");
        assert_eq!(h.state().count, 12);
        type_into(&mut h, "Kwota", "31 229,5");
        assert_eq!(h.state().money, Money(3_122_950));
    }

    #[test]
    fn an_impossible_date_stays_in_the_field_until_fixed() {
        let mut h = harness();
        h.run();
        type_into(&mut h, "Termin", "31.02.2027");
        // The focus moves on: the text stays, flagged, and the value is untouched.
        type_into(&mut h, "Liczba", "3");
        let field = h.get_by_role_and_label(Role::TextInput, "Termin");
        assert!(!field.is_focused());
        assert_eq!(field.value().as_deref(), Some("31.02.2027"));
        assert!(h.state().invalid_date);
        assert_eq!(h.state().date, None);
        // Fixed: the value is set and the flag goes.
        h.get_by_role_and_label(Role::TextInput, "Termin").focus();
        h.run();
        h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
        h.run();
        type_into(&mut h, "Termin", "28.02.2027");
        type_into(&mut h, "Liczba", "4");
        assert_eq!(h.state().date, chrono::NaiveDate::from_ymd_opt(2027, 2, 28));
        assert!(!h.state().invalid_date);
    }
}

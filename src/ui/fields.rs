//! Text fields that edit typed values (dates, counts, amounts). While a field has focus it
//! keeps exactly what the user types; every valid text updates the value at once; when the
//! focus leaves, the field shows the value in its usual form again.

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
    let focused = ui.memory(|m| m.has_focus(id));
    let mut text = if focused {
        ui.data(|d| d.get_temp::<String>(id))
            .unwrap_or_else(|| format(value))
    } else {
        format(value)
    };
    let response = ui.add(
        egui::TextEdit::singleline(&mut text)
            .id(id)
            .hint_text(hint)
            .desired_width(width),
    );
    super::autofocus(ui, &response);
    if response.changed()
        && let Some(new) = parse(text.trim())
        && new != *value
    {
        *value = new;
    }
    let invalid = parse(text.trim()).is_none();
    if response.has_focus() {
        ui.data_mut(|d| d.insert_temp(id, text));
    } else {
        ui.data_mut(|d| d.remove::<String>(id));
    }
    FieldOutput { response, invalid }
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
    typed_field(
        ui,
        id,
        value,
        60.0,
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
}

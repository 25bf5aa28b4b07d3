//! The search field and the filter drop-downs above the catalogue list.

use super::CatalogueScreen;
use crate::i18n::catalogue::{CatStrings, cat_tr};
use crate::i18n::{Lang, tr};
use crate::model::catalogue::Family;
use crate::model::search::Filters;
use crate::model::taxonomy::{FounderRoute, PartnerKind, ServiceKind, TargetGroup};

/// Every target group, in the order shown.
pub const GROUPS: [TargetGroup; 9] = [
    TargetGroup::DomesticViolence,
    TargetGroup::Addiction,
    TargetGroup::Autism,
    TargetGroup::Homelessness,
    TargetGroup::Disability,
    TargetGroup::LongTermUnemployed,
    TargetGroup::CisParticipants,
    TargetGroup::WtzParticipants,
    TargetGroup::MentalIllness,
];

/// Every service kind, in the order shown.
pub const SERVICES: [ServiceKind; 8] = [
    ServiceKind::Care,
    ServiceKind::Catering,
    ServiceKind::Nursery,
    ServiceKind::Kindergarten,
    ServiceKind::Tourism,
    ServiceKind::Maintenance,
    ServiceKind::Crafts,
    ServiceKind::Renovation,
];

/// Every partner kind, in the order shown.
pub const PARTNERS: [PartnerKind; 8] = [
    PartnerKind::Municipality,
    PartnerKind::Owes,
    PartnerKind::Ops,
    PartnerKind::Pup,
    PartnerKind::Cis,
    PartnerKind::Parish,
    PartnerKind::Ngo,
    PartnerKind::Therapy,
];

/// Both founder routes.
pub const ROUTES: [FounderRoute; 2] = [FounderRoute::LegalPersons, FounderRoute::NaturalPersons];

/// Draws the search field, the filters and the "clear" button.
pub fn ui(ui: &mut egui::Ui, lang: Lang, screen: &mut CatalogueScreen) {
    let c = cat_tr(lang);
    ui.horizontal(|ui| {
        let label = ui.label(c.search_label);
        ui.add(
            egui::TextEdit::singleline(&mut screen.query)
                .hint_text(c.search_hint)
                .desired_width(360.0),
        )
        .labelled_by(label.id);
    });
    ui.horizontal_wrapped(|ui| {
        filter_combos(ui, lang, c, &mut screen.filters);
    });
    let active = !screen.filters.is_empty() || !screen.query.trim().is_empty();
    if ui
        .add_enabled(active, egui::Button::new(c.clear_filters))
        .clicked()
    {
        screen.filters = Filters::default();
        screen.query.clear();
    }
}

fn filter_combos(ui: &mut egui::Ui, lang: Lang, c: &CatStrings, filters: &mut Filters) {
    let [integration, service] = tr(lang).families;
    let families = [
        (Family::Integration, integration),
        (Family::Service, service),
    ];
    combo(ui, c.filter_family, c.any, &mut filters.family, &families);
    let groups = GROUPS.map(|g| (g, c.group(g)));
    combo(
        ui,
        c.filter_group,
        c.any,
        &mut filters.target_group,
        &groups,
    );
    let routes = ROUTES.map(|r| (r, c.route(r)));
    combo(
        ui,
        c.filter_route,
        c.any,
        &mut filters.founder_route,
        &routes,
    );
    let services = SERVICES.map(|s| (s, c.service(s)));
    combo(ui, c.filter_service, c.any, &mut filters.service, &services);
}

/// A labelled drop-down choosing one value or "any".
fn combo<T: Copy + PartialEq>(
    ui: &mut egui::Ui,
    label: &str,
    any: &str,
    value: &mut Option<T>,
    options: &[(T, &'static str)],
) {
    let selected = value
        .and_then(|v| options.iter().find(|(o, _)| *o == v))
        .map_or(any, |(_, name)| *name);
    // The label and its drop-down wrap to the next line together.
    let spacing = ui.spacing();
    let chrome = 2.0 * spacing.button_padding.x + spacing.icon_width + 2.0 * spacing.item_spacing.x;
    let needed = crate::ui::text_width(ui, label, egui::TextStyle::Body)
        + crate::ui::text_width(ui, selected, egui::TextStyle::Button)
        + chrome;
    crate::ui::keep_together(ui, needed);
    let label = ui.label(label);
    egui::ComboBox::from_id_salt(label.id)
        .selected_text(selected)
        .show_ui(ui, |ui| {
            ui.selectable_value(value, None, any);
            for (option, name) in options {
                ui.selectable_value(value, Some(*option), *name);
            }
        })
        .response
        .labelled_by(label.id);
    ui.add_space(8.0);
}

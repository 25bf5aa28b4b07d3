//! Searching and filtering the catalogue: a text search that ignores case and Polish
//! diacritics, and filters on the closed vocabularies of the fit tags.

use super::catalogue::{Family, ModelEntry};
use super::taxonomy::{FounderRoute, ServiceKind, TargetGroup};

/// The filters of the catalogue screen; `None` means "any".
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Filters {
    /// Integration or service models only.
    pub family: Option<Family>,
    /// Models that employ this group.
    pub target_group: Option<TargetGroup>,
    /// Models that suit this founder route (models that name no route are kept).
    pub founder_route: Option<FounderRoute>,
    /// Models that sell this kind of service.
    pub service: Option<ServiceKind>,
}

impl Filters {
    /// True when no filter is set.
    pub fn is_empty(&self) -> bool {
        *self == Self::default()
    }

    /// True when `model` passes every filter that is set.
    pub fn accepts(&self, model: &ModelEntry) -> bool {
        let fit = &model.fit;
        self.family.is_none_or(|family| model.family == family)
            && self
                .target_group
                .is_none_or(|group| fit.target_groups.contains(&group))
            && self.founder_route.is_none_or(|route| {
                fit.founder_routes.is_empty() || fit.founder_routes.contains(&route)
            })
            && self
                .service
                .is_none_or(|service| fit.services.contains(&service))
    }
}

/// Lower-cases `text` and replaces letters with diacritics by their base letter, so that
/// "ŻŁOBEK" and "zlobek" compare equal.
pub fn normalise(text: &str) -> String {
    text.chars()
        .flat_map(char::to_lowercase)
        .map(fold_diacritic)
        .collect()
}

/// The base letter of a lower-case letter with a diacritic (Polish first, then common
/// Latin letters users may type from names); other characters are returned unchanged.
fn fold_diacritic(c: char) -> char {
    match c {
        'ą' | 'á' | 'à' | 'â' | 'ä' | 'ã' => 'a',
        'ć' | 'č' | 'ç' => 'c',
        'ę' | 'é' | 'è' | 'ê' | 'ë' | 'ě' => 'e',
        'í' | 'ì' | 'î' | 'ï' => 'i',
        'ł' => 'l',
        'ń' | 'ñ' | 'ň' => 'n',
        'ó' | 'ò' | 'ô' | 'ö' | 'õ' => 'o',
        'ś' | 'š' => 's',
        'ú' | 'ù' | 'û' | 'ü' | 'ů' => 'u',
        'ý' | 'ÿ' => 'y',
        'ź' | 'ż' | 'ž' => 'z',
        'ř' => 'r',
        'ť' => 't',
        'ď' => 'd',
        other => other,
    }
}

/// The normalised text the search looks in: names, summary, target group and services,
/// in both languages.
pub fn search_text(model: &ModelEntry) -> String {
    let mut parts: Vec<&str> = vec![
        &model.name.pl,
        &model.name.en,
        &model.summary.pl,
        &model.summary.en,
    ];
    for fact in model.target_group.iter().chain(&model.services) {
        parts.push(&fact.pl);
        parts.push(&fact.en);
    }
    normalise(&parts.join("\n"))
}

/// True when every word of `query` occurs in the model's search text. An empty query
/// matches every model.
pub fn matches_query(model: &ModelEntry, query: &str) -> bool {
    let query = normalise(query);
    let words: Vec<&str> = query.split_whitespace().collect();
    if words.is_empty() {
        return true;
    }
    let haystack = search_text(model);
    words.iter().all(|word| haystack.contains(word))
}

/// The models that pass `filters` and match `query`, in catalogue order.
pub fn find<'a>(models: &'a [ModelEntry], filters: &Filters, query: &str) -> Vec<&'a ModelEntry> {
    models
        .iter()
        .filter(|model| filters.accepts(model) && matches_query(model, query))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::{Filters, find, matches_query, normalise};
    use crate::model::catalogue::{Catalogue, Family, ModelEntry};
    use crate::model::taxonomy::{FounderRoute, ServiceKind, TargetGroup};
    use crate::model::text::{Fact, Text};

    /// A built-in model changed into a small test model.
    fn model(id: &str, name: &str, family: Family) -> ModelEntry {
        let mut model = Catalogue::built_in().models.remove(0);
        model.id = id.to_owned();
        model.name = Text::new(name, name);
        model.summary = Text::new("Opis", "Summary");
        model.family = family;
        model.target_group.clear();
        model.services.clear();
        model.fit = Default::default();
        model
    }

    #[test]
    fn normalise_folds_polish_letters_and_case() {
        assert_eq!(normalise("ŻŁOBEK"), "zlobek");
        assert_eq!(normalise("Łódź"), "lodz");
        assert_eq!(normalise("ąćęłńóśźż ĄĆĘŁŃÓŚŹŻ"), "acelnoszz acelnoszz");
        assert_eq!(
            normalise("Spółdzielnia „Nazaret”"),
            "spoldzielnia „nazaret”"
        );
    }

    #[test]
    fn search_ignores_diacritics_and_case_in_both_directions() {
        let nursery = model("nursery", "Spółdzielnia prowadząca żłobek", Family::Service);
        assert!(matches_query(&nursery, "zlobek"));
        assert!(matches_query(&nursery, "ŻŁOBEK"));
        assert!(matches_query(&nursery, "Żłobek spółdzielnia"));
        assert!(!matches_query(&nursery, "przedszkole"));
        let mut pub_model = model("pub", "Pub", Family::Integration);
        pub_model.summary = Text::new("Pierwszy lokal otwarto w Łodzi i w Łódź Kaliskiej.", "x");
        assert!(matches_query(&pub_model, "LODZ"));
        assert!(matches_query(&pub_model, "łodzi"));
    }

    #[test]
    fn search_covers_target_group_and_services_but_not_other_sections() {
        let mut entry = model("a", "Model A", Family::Integration);
        entry.target_group.push(Fact {
            pl: "Osoby w kryzysie bezdomności".to_owned(),
            en: "People experiencing homelessness".to_owned(),
            verify: false,
        });
        entry.services.push(Fact {
            pl: "Catering dla szkół".to_owned(),
            en: "School catering".to_owned(),
            verify: false,
        });
        entry.risks.push(Fact {
            pl: "Sezonowość".to_owned(),
            en: "Seasonality".to_owned(),
            verify: false,
        });
        assert!(matches_query(&entry, "bezdomnosci"));
        assert!(matches_query(&entry, "homelessness"));
        assert!(matches_query(&entry, "catering szkol"));
        assert!(!matches_query(&entry, "sezonowosc"));
        assert!(matches_query(&entry, "   "));
        assert!(
            !matches_query(&entry, "catering teatr"),
            "every word must match"
        );
    }

    #[test]
    fn filters_combine() {
        let mut a = model("a", "A", Family::Integration);
        a.fit.target_groups = vec![TargetGroup::Addiction];
        a.fit.services = vec![ServiceKind::Catering];
        a.fit.founder_routes = vec![FounderRoute::LegalPersons];
        let mut b = model("b", "B", Family::Service);
        b.fit.services = vec![ServiceKind::Nursery];
        b.fit.founder_routes = vec![FounderRoute::LegalPersons, FounderRoute::NaturalPersons];
        let c = model("c", "C", Family::Service);
        let models = vec![a, b, c];
        let ids = |filters: Filters, query: &str| -> Vec<String> {
            find(&models, &filters, query)
                .into_iter()
                .map(|m| m.id.clone())
                .collect()
        };
        assert_eq!(ids(Filters::default(), ""), ["a", "b", "c"]);
        let service = Filters {
            family: Some(Family::Service),
            ..Filters::default()
        };
        assert_eq!(ids(service, ""), ["b", "c"]);
        let natural = Filters {
            founder_route: Some(FounderRoute::NaturalPersons),
            ..Filters::default()
        };
        assert_eq!(
            ids(natural, ""),
            ["b", "c"],
            "c names no route, so it stays"
        );
        let catering = Filters {
            service: Some(ServiceKind::Catering),
            ..Filters::default()
        };
        assert_eq!(ids(catering, ""), ["a"]);
        let addiction_service = Filters {
            family: Some(Family::Service),
            target_group: Some(TargetGroup::Addiction),
            ..Filters::default()
        };
        assert!(ids(addiction_service, "").is_empty());
        assert_eq!(ids(Filters::default(), "B"), ["b"]);
        assert!(Filters::default().is_empty());
        assert!(!catering.is_empty());
    }
}

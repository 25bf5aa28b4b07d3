//! Terms users meet in the wizard and in the law, explained in plain words.

use super::text::Lang;

/// One glossary entry.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Term {
    /// The term as used in Polish (abbreviations stay Polish in both languages).
    pub term: &'static str,
    /// What the abbreviation stands for, or the term in English.
    pub expansion_pl: &'static str,
    /// The English counterpart.
    pub expansion_en: &'static str,
    /// Explanation in Polish.
    pub pl: &'static str,
    /// Explanation in English.
    pub en: &'static str,
}

impl Term {
    /// The expansion in `lang`.
    pub fn expansion(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::Pl => self.expansion_pl,
            Lang::En => self.expansion_en,
        }
    }

    /// The explanation in `lang`.
    pub fn explanation(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::Pl => self.pl,
            Lang::En => self.en,
        }
    }
}

/// The glossary, sorted by term.
pub const GLOSSARY: &[Term] = &[
    Term {
        term: "CIS",
        expansion_pl: "Centrum Integracji Społecznej",
        expansion_en: "Social Integration Centre",
        pl: "Placówka prowadzona przez gminę lub organizację, w której osoby wykluczone przechodzą kilkumiesięczny program powrotu do pracy i życia społecznego. Sama nie prowadzi działalności gospodarczej, dlatego jej absolwenci często znajdują pracę w spółdzielni socjalnej.",
        en: "A centre run by a municipality or an organisation where excluded people follow a programme of several months to return to work and community life. It does not run a business itself, so its graduates often find work in a social cooperative.",
    },
    Term {
        term: "franczyza społeczna",
        expansion_pl: "replikacja sprawdzonego modelu",
        expansion_en: "social franchise",
        pl: "Sposób replikacji sprawdzonego rozwiązania społecznego: właściciel modelu przekazuje wiedzę i doświadczenie, podręcznik, markę i wsparcie, a nowy podmiot wdraża model u siebie. W odróżnieniu od franczyzy komercyjnej celem jest rozwiązanie problemu społecznego, a opłaty bywają obniżone lub zniesione.",
        en: "A way of replicating a proven social solution: the model's owner passes on know-how, a manual, the brand and support, and a new organisation puts the model in place locally. Unlike commercial franchising the aim is to solve a social problem, and fees are often reduced or waived.",
    },
    Term {
        term: "franczyzodawca / franczyzobiorca",
        expansion_pl: "właściciel modelu / ten, kto go replikuje",
        expansion_en: "franchisor / franchisee",
        pl: "Franczyzodawca to podmiot, który opracował i przetestował model oraz udostępnia go innym. Franczyzobiorca to ten, kto model przejmuje i wdraża u siebie – w tym programie to Ty.",
        en: "The franchisor developed and tested the model and makes it available to others. The franchisee takes the model over and puts it in place locally – in this program, that is you.",
    },
    Term {
        term: "JST",
        expansion_pl: "jednostka samorządu terytorialnego",
        expansion_en: "local government unit",
        pl: "Gmina, powiat lub województwo. Gmina może być założycielem spółdzielni socjalnej osób prawnych, zlecać jej zadania i udostępniać lokal; granice prowadzenia przez gminę działalności gospodarczej określają przepisy o gospodarce komunalnej (do sprawdzenia).",
        en: "A municipality (gmina), county (powiat) or region (województwo). A municipality may found a legal-persons social cooperative, commission tasks from it and lend it premises; how far a municipality may run a business itself is set by the municipal-economy rules (to be verified).",
    },
    Term {
        term: "KIS",
        expansion_pl: "Klub Integracji Społecznej",
        expansion_en: "Social Integration Club",
        pl: "Lżejsza forma niż CIS: klub prowadzony przez gminę lub organizację, który pomaga osobom wykluczonym wrócić do aktywności i pracy.",
        en: "A lighter form than a CIS: a club run by a municipality or an organisation that helps excluded people return to activity and work.",
    },
    Term {
        term: "KRS",
        expansion_pl: "Krajowy Rejestr Sądowy",
        expansion_en: "National Court Register",
        pl: "Rejestr, w którym spółdzielnia musi zostać wpisana; osobowość prawną uzyskuje z chwilą wpisu. Wniosek składa się elektronicznie przez Portal Rejestrów Sądowych.",
        en: "The register in which the cooperative must be entered; it becomes a legal person on entry. The application is filed online through the court registers portal.",
    },
    Term {
        term: "lustracja",
        expansion_pl: "badanie spółdzielni",
        expansion_en: "cooperative audit",
        pl: "Okresowe badanie legalności, gospodarności i rzetelności działania spółdzielni, przeprowadzane przez związek rewizyjny (zwykle co trzy lata).",
        en: "A periodic audit of the cooperative's legality, economy and reliability, carried out by an audit union (usually every three years).",
    },
    Term {
        term: "OPS / MOPS / GOPS",
        expansion_pl: "ośrodek pomocy społecznej",
        expansion_en: "social assistance centre",
        pl: "Gminna instytucja pomocy społecznej. Zna osoby potrzebujące wsparcia, może kierować je do spółdzielni, potwierdzać ich sytuację i zlecać usługi, np. opiekuńcze.",
        en: "The municipal social assistance office. It knows the people who need support, can refer them to the cooperative, confirm their situation and commission services such as care.",
    },
    Term {
        term: "OWES",
        expansion_pl: "Ośrodek Wsparcia Ekonomii Społecznej",
        expansion_en: "Social Economy Support Centre",
        pl: "Organizacja, która doradza przy zakładaniu i prowadzeniu podmiotów ekonomii społecznej, szkoli i udziela dotacji na nowe miejsca pracy. W pilotażach modeli wdrożenie wspierał OWES z przydzielonym tutorem.",
        en: "An organisation that advises on founding and running social-economy entities, trains and gives grants for new jobs. In the model pilots, an OWES with an assigned tutor supported the implementation.",
    },
    Term {
        term: "PES",
        expansion_pl: "podmiot ekonomii społecznej",
        expansion_en: "social economy entity",
        pl: "Wspólna nazwa m.in. spółdzielni socjalnych, fundacji, stowarzyszeń i innych organizacji, które łączą działalność społeczną z ekonomiczną.",
        en: "A common name for social cooperatives, foundations, associations and other organisations that combine social and economic activity.",
    },
    Term {
        term: "PFRON",
        expansion_pl: "Państwowy Fundusz Rehabilitacji Osób Niepełnosprawnych",
        expansion_en: "State Fund for the Rehabilitation of Disabled Persons",
        pl: "Państwowy fundusz, który dofinansowuje zatrudnienie i aktywizację osób z niepełnosprawnościami, m.in. jednorazowe środki na przystąpienie do spółdzielni socjalnej i dopłaty do wynagrodzeń.",
        en: "A state fund that co-finances the employment and activation of people with disabilities, including one-off funds for joining a social cooperative and wage subsidies.",
    },
    Term {
        term: "PUP",
        expansion_pl: "powiatowy urząd pracy",
        expansion_en: "county labour office",
        pl: "Urząd, który rejestruje osoby bezrobotne, wydaje zaświadczenia o ich statusie i rozdziela środki Funduszu Pracy, m.in. na tworzenie miejsc pracy.",
        en: "The office that registers unemployed people, certifies their status and distributes Labour Fund money, among other things for creating jobs.",
    },
    Term {
        term: "reintegracja",
        expansion_pl: "reintegracja społeczna i zawodowa",
        expansion_en: "social and vocational reintegration",
        pl: "Działania, które pomagają osobom wykluczonym odbudować umiejętność pełnienia ról społecznych (reintegracja społeczna) oraz zdobyć kwalifikacje do samodzielnej pracy (reintegracja zawodowa). To ustawowe zadanie spółdzielni socjalnej.",
        en: "Activities that help excluded people rebuild their ability to take part in community life (social reintegration) and gain the skills to work on their own (vocational reintegration). It is a statutory task of a social cooperative.",
    },
    Term {
        term: "spółdzielnia socjalna",
        expansion_pl: "spółdzielnia socjalna",
        expansion_en: "social cooperative",
        pl: "Spółdzielnia, której celem jest praca i reintegracja osób zagrożonych wykluczeniem. Zakładają ją osoby fizyczne albo co najmniej dwie osoby prawne (organizacje pozarządowe, gminy, powiaty, kościelne osoby prawne).",
        en: "A cooperative whose purpose is work and reintegration for people at risk of exclusion. It is founded either by natural persons or by at least two legal persons (NGOs, municipalities, counties, church legal persons).",
    },
    Term {
        term: "status przedsiębiorstwa społecznego",
        expansion_pl: "status nadawany przez wojewodę",
        expansion_en: "social enterprise status",
        pl: "Status przyznawany decyzją wojewody podmiotom, które spełniają warunki ustawy o ekonomii społecznej. Daje dostęp do dodatkowego wsparcia, np. zwrotu składek i preferencji w zamówieniach.",
        en: "A status granted by the voivode's decision to organisations that meet the conditions of the social economy act. It opens access to extra support, such as contribution refunds and preferences in public contracts.",
    },
    Term {
        term: "tutor",
        expansion_pl: "doradca wdrożenia",
        expansion_en: "implementation adviser",
        pl: "Doradca wyznaczony przez OWES, który towarzyszy spółdzielni podczas wdrażania modelu i pomaga rozwiązywać bieżące problemy.",
        en: "An adviser appointed by the OWES who accompanies the cooperative while it puts the model in place and helps with everyday problems.",
    },
    Term {
        term: "WTZ",
        expansion_pl: "warsztaty terapii zajęciowej",
        expansion_en: "occupational therapy workshops",
        pl: "Placówki terapii dla dorosłych z niepełnosprawnościami, przygotowujące do pracy. Spółdzielnia socjalna może być dla ich uczestników kolejnym krokiem – prawdziwym miejscem pracy.",
        en: "Therapy centres for disabled adults that prepare them for work. A social cooperative can be their participants' next step – a real job.",
    },
    Term {
        term: "ZAZ",
        expansion_pl: "zakład aktywności zawodowej",
        expansion_en: "vocational activity establishment",
        pl: "Zakład, który zatrudnia głównie osoby ze znacznym lub umiarkowanym stopniem niepełnosprawności i łączy pracę z rehabilitacją.",
        en: "An establishment that mainly employs people with significant or moderate disabilities and combines work with rehabilitation.",
    },
    Term {
        term: "związek rewizyjny",
        expansion_pl: "związek spółdzielni",
        expansion_en: "audit union",
        pl: "Związek spółdzielni, który przeprowadza lustracje. Spółdzielnie socjalne zrzeszone w związku rewizyjnym nie płacą składek na Krajową Radę Spółdzielczą.",
        en: "A union of cooperatives that carries out audits. Social cooperatives that belong to an audit union do not pay contributions to the National Cooperative Council.",
    },
];

/// Lower-cases and strips Polish diacritics, so "lodz" finds "Łódź".
pub fn fold(text: &str) -> String {
    text.chars()
        .flat_map(char::to_lowercase)
        .map(|c| match c {
            'ą' => 'a',
            'ć' => 'c',
            'ę' => 'e',
            'ł' => 'l',
            'ń' => 'n',
            'ó' => 'o',
            'ś' => 's',
            'ź' | 'ż' => 'z',
            other => other,
        })
        .collect()
}

/// The entries whose term, expansion or explanation contains `query` (in either language,
/// ignoring case and diacritics); all entries for an empty query.
pub fn search(query: &str) -> Vec<&'static Term> {
    let query = fold(query.trim());
    GLOSSARY
        .iter()
        .filter(|t| {
            query.is_empty()
                || [t.term, t.expansion_pl, t.expansion_en, t.pl, t.en]
                    .iter()
                    .any(|text| fold(text).contains(&query))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::{GLOSSARY, fold, search};

    #[test]
    fn entries_are_complete_and_sorted() {
        for term in GLOSSARY {
            for text in [
                term.term,
                term.expansion_pl,
                term.expansion_en,
                term.pl,
                term.en,
            ] {
                assert!(!text.trim().is_empty(), "{}", term.term);
            }
        }
        let keys: Vec<String> = GLOSSARY.iter().map(|t| fold(t.term)).collect();
        let mut sorted = keys.clone();
        sorted.sort();
        assert_eq!(keys, sorted);
    }

    #[test]
    fn the_terms_the_wizard_uses_are_explained() {
        for wanted in [
            "OWES", "PUP", "OPS", "PFRON", "JST", "KRS", "CIS", "KIS", "WTZ", "ZAZ",
        ] {
            assert!(GLOSSARY.iter().any(|t| t.term.contains(wanted)), "{wanted}");
        }
        for wanted in [
            "lustracja",
            "franczyza społeczna",
            "franczyzodawca",
            "franczyzobiorca",
        ] {
            assert!(GLOSSARY.iter().any(|t| t.term.contains(wanted)), "{wanted}");
        }
    }

    #[test]
    fn search_ignores_case_and_diacritics() {
        assert_eq!(fold("ŻŁÓBEK Łódź"), "zlobek lodz");
        let found = search("spoldzielnia socjalna");
        assert!(found.iter().any(|t| t.term == "spółdzielnia socjalna"));
        assert!(search("pfron").iter().any(|t| t.term == "PFRON"));
        assert_eq!(search("").len(), GLOSSARY.len());
        assert!(search("qqqq").is_empty());
    }
}

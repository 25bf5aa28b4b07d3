//! Legal citations of checklist items: the one citation style the catalogue uses, its check,
//! and the English rendering (English act name with the Polish citation beside it).
//!
//! A citation is one or more parts joined by `"; "`. Each part is a Polish act title exactly
//! as listed in [`ACTS`] (with its consolidated text, or the note that it is still to be
//! checked), then either `", art. …"` or `", artykuł do sprawdzenia: <reason>"` with a reason
//! from [`VERIFY_REASONS`]. Example:
//! `ustawa z 27 kwietnia 2006 r. o spółdzielniach socjalnych (Dz.U. 2026 poz. 48), art. 5 ust. 1`.

use super::text::Lang;

/// The publication note of acts whose consolidated text is not given in the reference notes.
pub const TEXT_TO_VERIFY: &str = "(tekst jednolity do sprawdzenia)";

/// The marker of a part whose article is not known yet.
pub const ARTICLE_TO_VERIFY: &str = "artykuł do sprawdzenia";

/// An act the catalogue cites: its Polish citation title and its English name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Act {
    /// The Polish title with its publication (Dz.U.) or [`TEXT_TO_VERIFY`].
    pub pl: &'static str,
    /// The act's name in English.
    pub en: &'static str,
}

/// Every act the built-in catalogue may cite.
pub const ACTS: &[Act] = &[
    Act {
        pl: "ustawa z 27 kwietnia 2006 r. o spółdzielniach socjalnych (Dz.U. 2026 poz. 48)",
        en: "Social Cooperatives Act of 27 April 2006",
    },
    Act {
        pl: "ustawa z 16 września 1982 r. – Prawo spółdzielcze (tekst jednolity do sprawdzenia)",
        en: "Cooperative Law of 16 September 1982",
    },
    Act {
        pl: "ustawa z 5 sierpnia 2022 r. o ekonomii społecznej (Dz.U. 2022 poz. 1812, tekst pierwotny)",
        en: "Social Economy Act of 5 August 2022",
    },
    Act {
        pl: "ustawa z 13 czerwca 2003 r. o zatrudnieniu socjalnym (tekst jednolity do sprawdzenia)",
        en: "Social Employment Act of 13 June 2003",
    },
    Act {
        pl: "ustawa o rynku pracy i służbach zatrudnienia (tekst jednolity do sprawdzenia)",
        en: "Labour Market and Employment Services Act (2025)",
    },
    Act {
        pl: "ustawa z 27 sierpnia 1997 r. o rehabilitacji zawodowej i społecznej oraz zatrudnianiu osób niepełnosprawnych (tekst jednolity do sprawdzenia)",
        en: "Act of 27 August 1997 on the Vocational and Social Rehabilitation and Employment of Persons with Disabilities",
    },
    Act {
        pl: "ustawa z 11 września 2019 r. – Prawo zamówień publicznych (tekst jednolity do sprawdzenia)",
        en: "Public Procurement Law of 11 September 2019",
    },
    Act {
        pl: "ustawa o działalności pożytku publicznego i o wolontariacie (tekst jednolity do sprawdzenia)",
        en: "Public Benefit and Volunteer Work Act (2003)",
    },
    Act {
        pl: "ustawa z 4 lutego 2011 r. o opiece nad dziećmi w wieku do lat 3 (tekst jednolity do sprawdzenia)",
        en: "Act of 4 February 2011 on the Care of Children under the Age of 3",
    },
    Act {
        pl: "ustawa z 14 grudnia 2016 r. – Prawo oświatowe (tekst jednolity do sprawdzenia)",
        en: "Education Law of 14 December 2016",
    },
    Act {
        pl: "ustawa z 27 października 2017 r. o finansowaniu zadań oświatowych (tekst jednolity do sprawdzenia)",
        en: "Act of 27 October 2017 on the Financing of Educational Tasks",
    },
    Act {
        pl: "ustawa z 29 sierpnia 1997 r. o usługach hotelarskich oraz usługach pilotów wycieczek i przewodników turystycznych (tekst jednolity do sprawdzenia)",
        en: "Act of 29 August 1997 on Hotel Services and the Services of Tour Leaders and Tourist Guides",
    },
    Act {
        pl: "ustawa z 24 listopada 2017 r. o imprezach turystycznych i powiązanych usługach turystycznych (tekst jednolity do sprawdzenia)",
        en: "Act of 24 November 2017 on Package Travel and Linked Travel Arrangements",
    },
    Act {
        pl: "ustawa z 25 sierpnia 2006 r. o bezpieczeństwie żywności i żywienia (tekst jednolity do sprawdzenia)",
        en: "Food and Nutrition Safety Act of 25 August 2006",
    },
    Act {
        pl: "ustawa o podatku dochodowym od osób prawnych (tekst jednolity do sprawdzenia)",
        en: "Corporate Income Tax Act",
    },
    Act {
        pl: "ustawa o podatku od towarów i usług (tekst jednolity do sprawdzenia)",
        en: "Value Added Tax Act",
    },
    Act {
        pl: "ustawa o Krajowym Rejestrze Sądowym (tekst jednolity do sprawdzenia)",
        en: "National Court Register Act",
    },
    Act {
        pl: "ustawa o zasadach ewidencji i identyfikacji podatników i płatników (tekst jednolity do sprawdzenia)",
        en: "Act on the Registration and Identification of Taxpayers and Remitters",
    },
    Act {
        pl: "ustawa o przeciwdziałaniu praniu pieniędzy oraz finansowaniu terroryzmu (tekst jednolity do sprawdzenia)",
        en: "Anti-Money Laundering and Counter-Terrorist Financing Act",
    },
    Act {
        pl: "ustawa o rachunkowości (tekst jednolity do sprawdzenia)",
        en: "Accounting Act",
    },
    Act {
        pl: "Kodeks pracy (tekst jednolity do sprawdzenia)",
        en: "Labour Code",
    },
    Act {
        pl: "ustawa o samorządzie gminnym (tekst jednolity do sprawdzenia)",
        en: "Municipal Self-Government Act",
    },
    Act {
        pl: "ustawa o samorządzie powiatowym (tekst jednolity do sprawdzenia)",
        en: "County Self-Government Act",
    },
    Act {
        pl: "ustawa o przeciwdziałaniu przemocy domowej (tekst jednolity do sprawdzenia)",
        en: "Act on Counteracting Domestic Violence",
    },
    Act {
        pl: "ustawa o pomocy społecznej (tekst jednolity do sprawdzenia)",
        en: "Social Assistance Act",
    },
    Act {
        pl: "rozporządzenie Komisji (UE) w sprawie pomocy de minimis (numer i tekst do sprawdzenia)",
        en: "Commission Regulation (EU) on de minimis aid",
    },
];

/// Why an article is not given, in Polish and English.
pub const VERIFY_REASONS: &[(&str, &str)] = &[
    (
        "notatki źródłowe nie podają artykułu",
        "the reference notes give no article",
    ),
    (
        "ustawa zastąpiła w 2025 r. ustawę o promocji zatrudnienia, a nowe przepisy nie zostały potwierdzone",
        "the act replaced the employment-promotion act in 2025 and its provisions are not confirmed yet",
    ),
    (
        "przepisy zmieniano w latach 2023–2024",
        "the provisions were amended in 2023–2024",
    ),
];

/// Problems with `basis` against the citation style, as short English sentences.
pub fn citation_problems(basis: &str) -> Vec<String> {
    let mut problems = Vec::new();
    for part in basis.split("; ") {
        if parse_part(part).is_none() {
            problems.push(format!(
                "{part:?} is not \"<act from the list>, art. …\" or \"<act>, {ARTICLE_TO_VERIFY}: <reason>\""
            ));
        }
    }
    problems
}

/// True when `basis` names no article in at least one part (it says "to verify" instead).
pub fn has_article_to_verify(basis: &str) -> bool {
    basis
        .split("; ")
        .filter_map(parse_part)
        .any(|(_, article)| matches!(article, Article::ToVerify(_)))
}

/// The citation as shown in `lang`: unchanged in Polish; in English each act's English name
/// with the Polish citation beside it. Parts outside the style are shown as they are.
pub fn citation_text(basis: &str, lang: Lang) -> String {
    if lang == Lang::Pl {
        return basis.to_owned();
    }
    basis
        .split("; ")
        .map(|part| match parse_part(part) {
            Some((act, Article::Given(article))) => {
                format!("{}, art. {article} [PL: {}]", act.en, act.pl)
            }
            Some((act, Article::ToVerify((_, en)))) => {
                format!("{}, article to verify: {en} [PL: {}]", act.en, act.pl)
            }
            None => part.to_owned(),
        })
        .collect::<Vec<_>>()
        .join("; ")
}

enum Article<'a> {
    Given(&'a str),
    ToVerify((&'static str, &'static str)),
}

fn parse_part(part: &str) -> Option<(&'static Act, Article<'_>)> {
    let act = ACTS.iter().find(|act| part.starts_with(act.pl))?;
    let rest = part.get(act.pl.len()..)?;
    if let Some(article) = rest.strip_prefix(", art. ") {
        let well_formed =
            article.starts_with(|c: char| c.is_ascii_digit()) && article.trim() == article;
        return well_formed.then_some((act, Article::Given(article)));
    }
    let reason = rest.strip_prefix(&format!(", {ARTICLE_TO_VERIFY}: "))?;
    let known = VERIFY_REASONS.iter().find(|(pl, _)| *pl == reason)?;
    Some((act, Article::ToVerify(*known)))
}

#[cfg(test)]
mod tests {
    use super::{ACTS, citation_problems, citation_text, has_article_to_verify};
    use crate::model::text::Lang;

    const USS: &str =
        "ustawa z 27 kwietnia 2006 r. o spółdzielniach socjalnych (Dz.U. 2026 poz. 48)";

    #[test]
    fn styled_citations_pass() {
        assert!(citation_problems(&format!("{USS}, art. 5 ust. 1")).is_empty());
        let two = format!("{USS}, art. 10; {}, art. 5", ACTS[1].pl);
        assert!(
            citation_problems(&two).is_empty(),
            "{:?}",
            citation_problems(&two)
        );
        let open = format!("{USS}, artykuł do sprawdzenia: notatki źródłowe nie podają artykułu");
        assert!(citation_problems(&open).is_empty());
        assert!(has_article_to_verify(&open));
        assert!(!has_article_to_verify(&format!("{USS}, art. 4")));
    }

    #[test]
    fn citations_outside_the_style_fail() {
        for bad in [
            "ustawa o spółdzielniach socjalnych",
            "ustawa o spółdzielniach socjalnych, art. 4",
            "prawo pracy",
            USS,
            &format!("{USS}, art. "),
            &format!("{USS}, artykuł do sprawdzenia: bo tak"),
        ] {
            assert!(!citation_problems(bad).is_empty(), "{bad}");
        }
    }

    #[test]
    fn english_shows_english_name_and_polish_citation() {
        let basis = format!("{USS}, art. 5 ust. 1");
        let en = citation_text(&basis, Lang::En);
        assert!(en.starts_with("Social Cooperatives Act"), "{en}");
        assert!(en.contains(USS), "{en}");
        assert_eq!(citation_text(&basis, Lang::Pl), basis);
        let open = format!("{USS}, artykuł do sprawdzenia: notatki źródłowe nie podają artykułu");
        assert!(citation_text(&open, Lang::En).contains("article to verify"));
    }
}

//! Polish texts of the franchise step.

use super::FranchiseTexts;

/// The Polish table.
pub const PL: FranchiseTexts = FranchiseTexts {
    heading: "Franczyza",
    intro: "Co przejmujesz z modelu bez zmian (rdzeń), co dostosowujesz do miejsca, kto przekazuje \
        model i na czym polega umowa. Na tej podstawie przygotujesz podsumowanie dla \
        franczyzodawcy.",
    no_model: "Najpierw wybierz model w kroku „Model” – elementy zależą od modelu.",
    fidelity: |kept, total, adaptations| {
        format!("Rdzeń modelu zachowany: {kept} z {total}; adaptacje: {adaptations}")
    },
    franchisor_heading: "Franczyzodawca: kto przekazuje model",
    franchisor_kinds: [
        "Spółdzielnia pilotażowa",
        "SNRSS",
        "OWES",
        "Inna organizacja",
        "Nikt – otwarta replikacja na podstawie podręcznika",
    ],
    franchisor_name: "Nazwa organizacji",
    franchisor_contact: "Kontakt do organizacji",
    contact_hint: "Adres biura, ogólny e-mail lub telefon organizacji – bez danych prywatnych osób.",
    know_how_source: "Skąd weźmiesz wiedzę o modelu",
    verify_owner: "do sprawdzenia z właścicielem modelu",
    elements_heading: "Elementy modelu: zachowaj, dostosuj albo pomiń",
    kinds: ["rdzeń", "do dostosowania"],
    provenances: [
        "potwierdzone w źródle",
        "wniosek z potwierdzonych faktów",
        "nasza propozycja",
    ],
    decisions: ["Zachowaj", "Dostosuj", "Pomiń"],
    change_label: "Co się zmienia",
    adapt_reason_label: "Dlaczego",
    drop_reason_label: "Powód pominięcia",
    drop_core_warning: "To element rdzenia: bez niego plan nie replikuje modelu w tym zakresie.",
    agreement_heading: "Umowa: warunki i ich stan",
    agreement_hint: "Umowa franczyzy nie jest uregulowana w kodeksie cywilnym; zawiera się ją w \
        ramach swobody umów (art. 353¹ KC). Czy weszły już przepisy o franczyzie – do \
        sprawdzenia. Zawrzyj umowę na piśmie.",
    terms: [
        "Strony",
        "Okres i przedłużenie",
        "Terytorium",
        "Nazwa i marka",
        "Podręcznik i przekazanie wiedzy o modelu",
        "Szkolenia",
        "Wsparcie bieżące (mentoring, wizyty)",
        "Opłaty (jednorazowe, okresowe albo żadne)",
        "Standardy jakości i kontrola wierności modelowi",
        "Sprawozdawczość (tylko liczby) i ochrona danych",
        "Poufność i własność intelektualna",
        "Zmiany modelu i informacja zwrotna dla sieci",
        "Spory",
        "Wyjście i rozwiązanie umowy: nazwa i klienci",
    ],
    statuses: ["Uzgodnione", "Do negocjacji", "Nie dotyczy"],
    support_heading: "Wsparcie od franczyzodawcy",
    support_what: |n| format!("Wsparcie {n}: co"),
    support_note: |n| format!("Wsparcie {n}: jak często lub ile"),
    add_support: "➕ Dodaj wsparcie",
    fees_heading: "Opłaty",
    fees_hint: "Krok „Budżet” liczy te opłaty w kosztach: nie wpisuj ich tam drugi raz.",
    fee_name: |n| format!("Opłata {n}: za co"),
    fee_amount: |n| format!("Opłata {n}: kwota"),
    fee_kinds: ["jednorazowa", "okresowa"],
    add_fee: "➕ Dodaj opłatę",
    reporting_heading: "Sprawozdania dla franczyzodawcy (tylko liczby)",
    reporting_what: |n| format!("Sprawozdanie {n}: co"),
    reporting_how_often: |n| format!("Sprawozdanie {n}: jak często"),
    add_reporting: "➕ Dodaj sprawozdanie",
    remove: |n| format!("Usuń wiersz {n}"),
    missing_drop_reason: "Podaj powód pominięcia elementu.",
    franchisor_commits: "Franczyzodawca zobowiązuje się do",
    replicator_commits: "Franczyzodawca oczekuje w zamian",
    finding_core_dropped: |name| {
        format!("Pominięty element rdzenia: {name} – plan nie replikuje modelu w tym zakresie.")
    },
    finding_no_franchisor: "Nie wybrano franczyzodawcy (ani otwartej replikacji).",
    finding_open_without_know_how: "Otwarta replikacja: napisz, skąd weźmiesz wiedzę o modelu.",
    finding_terms_open: |n| format!("Warunki umowy do negocjacji: {n}"),
    finding_terms_open_near_start: |n, days| {
        let span = |d: u64| {
            if d == 1 {
                "1 dzień".to_owned()
            } else {
                format!("{d} dni")
            }
        };
        let when = match days {
            0 => "Działalność rusza dziś".to_owned(),
            1.. => format!("Do rozpoczęcia działalności: {}", span(days.unsigned_abs())),
            _ => format!(
                "Działalność miała ruszyć {} temu",
                span(days.unsigned_abs())
            ),
        };
        format!(
            "{when}, a warunki umowy franczyzowej do negocjacji: {n}. Uzgodnij je przed startem."
        )
    },
    finding_fees_not_in_budget: |n| {
        format!(
            "Opłaty bez kwoty: {n} – budżet liczy opłaty z kroku Franczyza, więc wpisz kwotę \
             albo usuń wiersz, jeśli opłaty nie ma."
        )
    },
    fees_in_budget: "Opłaty dla franczyzodawcy (z kroku Franczyza, liczone w kosztach)",
    columns: [
        "Element",
        "Decyzja",
        "Dlaczego / powód",
        "Warunek",
        "Stan",
        "Uwagi",
    ],
    decisions_dropped: |ids| format!("Nowy model nie ma elementów, o których była decyzja: {ids}"),
};

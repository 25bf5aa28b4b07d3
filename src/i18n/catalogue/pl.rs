//! Polish catalogue strings.

use super::{CatStrings, ImportTexts, ReasonTexts};
use crate::i18n::plural_pl;

/// The Polish table.
pub const PL: CatStrings = CatStrings {
    tab_catalogue: "📋 Katalog",
    tab_compare: |n| format!("Porównanie ({n})"),
    tab_recommend: "⭐ Który model pasuje?",
    import_button: "📄 Importuj własny model…",
    import_tip: "Dodaj do katalogu model z pliku JSON zapisanego w formacie modeli tego programu \
        (np. od franczyzodawcy lub OWES).",
    about_heading: "O katalogu",
    about_text: "Seria SNRSS „Innowacyjne modele spółdzielni socjalnych” powstała w projekcie \
        „W sieci dobrych połączeń” (2012–2015) i obejmuje dziesięć modeli spółdzielni \
        zakładanych przez osoby prawne. Źródła wymieniają osiem z nich: cztery integracyjne \
        (przemoc domowa, spektrum autyzmu, bezdomność, uzależnienia) i cztery usługowe \
        (turystyka, spółdzielnia przy CIS, żłobek, przedszkole). Dwóch pozostałych modeli \
        nie udało się ustalić i celowo ich nie wymyślamy. Modele pokrewne spoza serii \
        pokazujemy osobno, z wyraźnym oznaczeniem.",
    about_count: |n| format!("Katalog zawiera {n} z 10 modeli serii."),
    search_label: "Szukaj:",
    search_hint: "np. żłobek, Łódź, catering",
    filter_family: "Rodzaj modelu:",
    filter_group: "Grupa docelowa:",
    filter_route: "Kto zakłada:",
    filter_service: "Usługa:",
    any: "Wszystkie",
    clear_filters: "Wyczyść wyszukiwanie i filtry",
    shown_count: |shown, total| {
        let word = plural_pl(total, "modelu", "modeli", "modeli");
        format!("Pokazano {shown} z {total} {word}.")
    },
    no_results: "Żaden model nie pasuje do wyszukiwania i filtrów. Spróbuj krótszego słowa \
        albo wyczyść filtry.",
    group_series: "Modele z serii SNRSS",
    group_outside: "Modele pokrewne spoza serii",
    group_outside_note: "Według źródeł nie należą do serii „Innowacyjne modele spółdzielni \
        socjalnych” (przy modelu dla uczestników WTZ to prawdopodobne, ale do sprawdzenia). \
        Pokazujemy je, bo są podobne i też można je replikować.",
    group_imported: "Własne modele (zaimportowane)",
    group_imported_note: "Modele dodane z plików. Program sprawdził ich format i kompletność, \
        ale nie ich treść – za nią odpowiada autor pliku.",
    imported_badge: "własny",
    details: "ℹ Szczegóły",
    details_for: |name| format!("Szczegóły: {name}"),
    choose_for: |name| format!("Wybierz ten model: {name}"),
    answer_name: |question, answer| format!("{question} – {answer}"),
    compare_toggle: "Porównaj",
    compare_for: |name| format!("Porównaj: {name}"),
    compare_full: "Porównać można najwyżej trzy modele naraz.",
    back_to_catalogue: "◀ Wróć do katalogu",
    sections: [
        "Grupa docelowa",
        "Diagnoza lokalna",
        "Cele",
        "Usługi",
        "Partnerzy",
        "Warunki wstępne",
        "Co ten model dodaje do listy zadań",
        "Ryzyka",
        "Monitoring",
        "Oddziaływanie",
        "Finansowanie",
        "Źródła",
    ],
    manual_label: "Podręcznik z serii:",
    no_pilot: "Spółdzielnia pilotażowa: nieustalona (nie podajemy nazwy bez źródła).",
    legal_basis_label: "Podstawa prawna:",
    item_source: "źródło",
    empty_section: "Katalog nie ma tu jeszcze danych.",
    verify_legend: "⚠ „do sprawdzenia” oznacza fakt, którego nie potwierdzono w aktualnym \
        tekście prawa lub w oryginalnej publikacji. Sprawdź go, zanim na nim oprzesz decyzję.",
    chosen_for_plan: "✔ Ten model jest wybrany w Twoim planie.",
    chosen_line: |name| format!("✔ Wybrany model: {name}"),
    none_chosen: "Nie wybrano jeszcze modelu. Wybierz go z listy, ze strony modelu, z porównania albo z odpowiedzi na pytania „Który model pasuje?”.",
    compare_heading: "Porównanie modeli",
    compare_intro: "Zaznacz „Porównaj” przy dwóch lub trzech modelach w katalogu, a zobaczysz \
        je tu obok siebie.",
    compare_rows: [
        "Rodzaj",
        "Pochodzenie",
        "Spółdzielnia pilotażowa",
        "Grupy docelowe",
        "Usługi",
        "Partnerzy",
        "Warunki wstępne",
        "Kto może założyć",
        "Lokal",
        "Zadania dodawane do listy zadań",
        "Ryzyka",
    ],
    compare_remove: "✖ Usuń",
    compare_remove_for: |name| format!("Usuń z porównania: {name}"),
    premises_needed: "potrzebny własny lokal",
    premises_not_needed: "własny lokal nie jest konieczny",
    none: "brak danych",
    rec_heading: "Który model pasuje do Twojej sytuacji?",
    rec_intro: "Odpowiedz na kilka pytań. Każde możesz pominąć – pytanie bez odpowiedzi \
        nie zmienia wyniku.",
    q_founder: "Kto założy spółdzielnię?",
    q_founder_note: "Podpowiedź wzięta z profilu planu; możesz ją zmienić.",
    q_groups: "Które grupy osób zagrożonych wykluczeniem są w Twojej okolicy i potrzebują pracy?",
    q_premises: "Czy masz lokal dla spółdzielni?",
    q_demand: "Na jakie usługi jest popyt w Twojej okolicy?",
    q_partners: "Kto może Cię wesprzeć?",
    q_budget: "Jaki masz budżet na start?",
    q_budget_note: "Katalog nie podaje kosztów modeli, więc budżet liczy się tylko przy \
        modelach, które potrzebują własnego lokalu.",
    yes: "Tak",
    no: "Nie",
    dont_know: "Nie wiem",
    budgets: [
        "Niski (prawie bez własnych środków)",
        "Średni (są środki własne lub dotacja w zasięgu)",
        "Wysoki (wystarczy na przygotowanie lokalu)",
    ],
    how_heading: "Jak liczymy punkty?",
    how_text: "Każda odpowiedź, która przemawia za modelem, dodaje punkty, a każda, która \
        przemawia przeciw niemu, je odejmuje:\n\
        • grupa, dla której model tworzy miejsca pracy, jest w Twojej okolicy: +2 za każdą; żadnej nie ma: -2;\n\
        • jest popyt na usługę modelu: +2 za każdą; na żadną nie ma popytu: -2;\n\
        • model potrzebuje lokalu i go masz: +2; nie masz: -3; model nie potrzebuje \
        lokalu, a Ty go nie masz: +1;\n\
        • partner, na którym model się opiera, jest pod ręką: +1; brakuje go: -1;\n\
        • model pasuje do tego, kto zakłada spółdzielnię: +1;\n\
        • niski budżet, a model potrzebuje lokalu, którego nie masz: -2.\n\
        Model przewidziany tylko dla innych założycieli (osób prawnych albo fizycznych) \
        trafia na koniec listy bez względu na punkty, bo to warunek konieczny. Ranking to \
        podpowiedź, nie decyzja: przeczytaj opis modelu i porozmawiaj z OWES.",
    results_heading: "Ranking",
    no_answers: "Odpowiedz na co najmniej jedno pytanie, a pokażemy ranking modeli.",
    rank_score: |rank, score| {
        let sign = if score > 0 { "+" } else { "" };
        format!("Miejsce {rank} · {sign}{score} pkt")
    },
    tie: "(ex aequo)",
    ruled_out_heading: "Nie pasują – wymóg, którego nie spełniasz",
    why_label: "Za:",
    why_not_label: "Przeciw:",
    reset_answers: "Wyczyść odpowiedzi",
    groups: [
        "osoby doznające przemocy domowej",
        "osoby uzależnione",
        "osoby ze spektrum autyzmu",
        "osoby w kryzysie bezdomności",
        "osoby z niepełnosprawnościami",
        "osoby długotrwale bezrobotne",
        "uczestnicy CIS i KIS",
        "uczestnicy WTZ",
        "osoby chorujące psychicznie",
    ],
    services: [
        "usługi opiekuńcze",
        "gastronomia i catering",
        "żłobek lub klub dziecięcy",
        "przedszkole",
        "turystyka",
        "sprzątanie i utrzymanie terenów",
        "rękodzieło i wytwórczość",
        "remonty i budowa",
    ],
    partners: [
        "gmina lub powiat",
        "OWES",
        "OPS (pomoc społeczna)",
        "PUP (urząd pracy)",
        "CIS (centrum integracji społecznej)",
        "parafia",
        "organizacja pozarządowa",
        "placówka terapeutyczna",
    ],
    routes: ["osoby prawne", "osoby fizyczne"],
    reasons: ReasonTexts {
        route_fits: |route| format!("Model pasuje do założycieli: {route}."),
        group_present: |group| {
            format!("Grupa, dla której model tworzy miejsca pracy, jest w Twojej okolicy: {group}.")
        },
        service_wanted: |service| format!("Jest popyt na usługę modelu: {service}."),
        partner_at_hand: |partner| format!("Partner, na którym model się opiera: {partner}."),
        premises_available: "Model potrzebuje lokalu, a Ty go masz.",
        no_premises_needed: "Model nie wymaga własnego lokalu.",
        route_excluded: |route| {
            format!("Model nie jest przewidziany dla założycieli: {route}. To warunek konieczny.")
        },
        route_unknown: "Katalog nie podaje, kto może założyć spółdzielnię w tym modelu – \
            do sprawdzenia.",
        no_group: "Żadnej z grup, dla których model tworzy miejsca pracy, nie zaznaczono jako obecnej w Twojej okolicy.",
        no_demand: "Nie zaznaczono popytu na żadną z usług modelu.",
        partner_missing: |partner| {
            format!("Brakuje partnera, na którym model się opiera: {partner}.")
        },
        premises_missing: "Model potrzebuje lokalu, a Ty go nie masz.",
        low_budget: "Model potrzebuje lokalu, a przy niskim budżecie trudno go przygotować.",
    },
    import: ImportTexts {
        done: |name, path| format!("Zaimportowano model „{name}”. Kopia zapisana w: {path}"),
        failed: |reason, path| {
            format!(
                "Nie zaimportowano modelu: {reason}. Katalog i folder własnych modeli \
                 pozostały bez zmian. Plik: {path}"
            )
        },
        skipped: |reason, path| format!("Pominięto plik własnego modelu ({reason}): {path}"),
    },
};

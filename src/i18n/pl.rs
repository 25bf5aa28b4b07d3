//! Polish strings (the default language).

use super::{Lang, Strings, plural_pl};

/// The Polish table.
pub(super) const PL: Strings = Strings {
    lang: Lang::Pl,
    app_title: "Planer franczyzy społecznej",
    unsaved_marker: "•",
    untitled: "Plan bez nazwy",
    menu_file: "Plik",
    language: "Język",
    cmd_new: "Nowy plan",
    cmd_new_tip: "Zacznij nowy plan replikacji",
    cmd_open: "Otwórz…",
    cmd_open_tip: "Otwórz zapisany plan",
    cmd_save: "Zapisz",
    cmd_save_tip: "Zapisz plan w jego pliku",
    cmd_save_as: "Zapisz jako…",
    cmd_save_as_tip: "Zapisz plan w nowym pliku",
    cmd_quit: "Zakończ",
    cmd_quit_tip: "Zamknij program",
    back: "Wstecz",
    next: "Dalej",
    steps: [
        "Start",
        "Profil",
        "Model",
        "Franczyza",
        "Gotowość",
        "Lista zadań",
        "Zespół",
        "Budżet",
        "Podsumowanie",
    ],
    step_indicator: "Kroki kreatora",
    step_of: |n, total| format!("Krok {n} z {total}:"),
    missing_plan_name: "Nadaj planowi nazwę.",
    missing_kind: "Wskaż, kto zakłada spółdzielnię.",
    missing_model: "Wybierz model do replikacji.",
    start_intro: "Ten program prowadzi krok po kroku przez replikację sprawdzonego modelu \
        spółdzielni socjalnej jako franczyzy społecznej: kto zakłada, który model pasuje, \
        co trzeba zrobić i kiedy. Plan zapisuje się jako plik, który można otworzyć ponownie \
        i przekazać innym.",
    start_new: "Zacznij nowy plan",
    start_continue: "Wróć do bieżącego planu",
    open_heading: "Otwórz zapisany plan",
    plans_in_folder: "Plany w folderze:",
    no_plans_in_folder: "W tym folderze nie ma jeszcze planów.",
    plan_count: |n| format!("{n} {}", plural_pl(n, "plan", "plany", "planów")),
    path_label: "Ścieżka do pliku planu",
    browse: "Przeglądaj…",
    browse_tip: "Wybierz plik w oknie systemowym",
    open_button: "Otwórz",
    cancel: "Anuluj",
    ok: "OK",
    profile_heading: "Kto replikuje model?",
    plan_name_label: "Nazwa planu",
    kind_label: "Kto zakłada spółdzielnię",
    kinds: [
        "Organizacja pozarządowa (fundacja, stowarzyszenie)",
        "Samorząd (gmina, powiat)",
        "Kościelna osoba prawna (parafia, Caritas, zakon)",
        "Grupa osób fizycznych",
    ],
    organisation_label: "Nazwa organizacji lub grupy",
    place_label: "Miejscowość lub gmina",
    route_legal: "Spółdzielnię zakładają osoby prawne – potrzebne są co najmniej dwie.",
    route_natural: "Spółdzielnię zakładają osoby fizyczne – co najmniej połowa z nich musi \
        należeć do osób wymienionych w art. 4 ust. 1 ustawy o spółdzielniach socjalnych.",
    model_heading: "Który model chcesz replikować?",
    model_intro: "Modele integracyjne budują miejsca pracy dla konkretnej grupy osób; \
        modele usługowe wychodzą od usługi potrzebnej w gminie.",
    families: ["Model integracyjny", "Model usługowy"],
    provenances: [
        "Seria SNRSS – pilotaż potwierdzony",
        "Seria SNRSS – pilotaż nieustalony",
        "Spoza serii",
    ],
    pilot_label: "Spółdzielnia pilotażowa:",
    pilot_year: |year| format!("pilotaż od {year} r."),
    target_group_label: "Dla kogo:",
    to_verify: "do sprawdzenia",
    choose_model: "Wybierz ten model",
    chosen_model: "✔ Wybrany",
    checklist_heading: "Co trzeba zrobić",
    checklist_empty: "Lista jest pusta – najpierw wybierz model.",
    note_hint: "Notatka",
    phases: [
        "Przygotowanie",
        "Założenie i rejestracja",
        "Organizacja i zarządzanie",
        "Reintegracja i nadwyżka",
        "Wymogi branżowe (rejestry, opinie, zezwolenia)",
        "Finansowanie",
        "Działanie i monitoring",
    ],
    progress: |done, total| {
        let word = plural_pl(total, "zadania", "zadań", "zadań");
        format!("Zrobione: {done} z {total} {word}")
    },
    review_heading: "Podsumowanie planu",
    review_kind: "Zakłada:",
    review_model: "Model:",
    review_progress: "Postęp:",
    review_file: "Plik:",
    not_set: "(nie podano)",
    never_saved: "(jeszcze nie zapisano)",
    save_as_heading: "Zapisz plan jako",
    file_exists: "Taki plik już istnieje – zostanie zastąpiony.",
    save_button: "Zapisz plan",
    saved: |path| format!("Zapisano plan: {path}"),
    opened: |path| format!("Otwarto plan: {path}"),
    open_failed: |reason, path| format!("Nie udało się otworzyć planu: {reason}. Plik: {path}"),
    save_failed: |reason, path| {
        format!("Nie udało się zapisać planu: {reason}. Zmiany są nadal w programie. Plik: {path}")
    },
    unknown_model: |id| {
        format!(
            "Modelu „{id}” nie ma w katalogu tej wersji programu – plan otwarto bez jego opisu."
        )
    },
    error_heading: "Coś poszło nie tak",
    unsaved_heading: "Niezapisane zmiany",
    unsaved_body: "Plan ma zmiany, które nie zostały zapisane. Zapisać je teraz?",
    dont_save: "Nie zapisuj",
    cmd_close: "Zamknij plan",
    cmd_close_tip: "Zamknij ten plan i wróć do ekranu startowego",
    cmd_undo: "Cofnij",
    cmd_undo_tip: "Cofnij ostatnią zmianę w planie",
    cmd_redo: "Ponów",
    cmd_redo_tip: "Przywróć cofniętą zmianę",
    menu_edit: "Edycja",
    menu_recent: "Ostatnio otwierane",
    recent_empty: "(brak)",
    recent_clear: "Wyczyść listę",
    recover_heading: "Odzyskać niezapisaną pracę?",
    recover_restore: "Przywróć",
    recover_discard: "Odrzuć",
    disk_changed_heading: "Plik zmienił się na dysku",
    disk_changed_body: "Od chwili otwarcia ktoś inny zapisał ten plik (np. na dysku współdzielonym). Zastąpienie go usunie tamte zmiany; możesz też zapisać swój plan pod inną nazwą.",
    disk_changed_overwrite: "Zastąp plik",
    recover_body: |name, when, file| {
        format!(
            "Znaleziono automatyczną kopię planu „{name}” z {when}, nowszą niż zapisany plik. Plik planu: {file}"
        )
    },
    upgraded: |version| {
        format!(
            "Plan zapisano w starszym formacie (wersja {version}); przy zapisie zostanie zaktualizowany."
        )
    },
    cli_ok: |name, model, done, total, path| {
        format!("OK: plan „{name}” (model: {model}, zrobione {done} z {total}) – {path}")
    },
    cli_invalid: |reason, path| format!("BŁĄD: {reason} – {path}"),
    cli_unknown_model: |id| format!("modelu „{id}” nie ma w katalogu"),
    cli_upgraded: |from, to, path| {
        format!("ZAKTUALIZOWANO: wersja {from} → {to}, kopia w pliku .bak – {path}")
    },
    cli_current: |path| format!("AKTUALNY: plan ma już bieżący format – {path}"),
    menu_view: "Widok",
    cmd_zoom_in: "Powiększ tekst",
    cmd_zoom_out: "Pomniejsz tekst",
    cmd_zoom_reset: "Normalny rozmiar tekstu",
    cmd_zoom_tip: "Rozmiar tekstu jest zapamiętywany",
    theme_label: "Motyw",
    themes_system: "Jak w systemie",
    themes_light: "Jasny",
    themes_dark: "Ciemny",
    cmd_high_contrast: "Wysoki kontrast",
    cmd_high_contrast_tip: "Czarny tekst na białym tle (lub odwrotnie) i wyraźniejsze obramowania",
    cmd_glossary: "Słowniczek pojęć",
    cmd_glossary_tip: "Objaśnienia skrótów i pojęć: OWES, PUP, KRS, lustracja…",
    glossary_heading: "Słowniczek",
    glossary_search: "Szukaj w słowniczku",
    glossary_none: "Nic nie znaleziono.",
    help_button: "❓ Pomoc (F1)",
    why_asked: "Dlaczego o to pytamy?",
    why_plan_name: "Nazwa pojawia się w tytule okna, na liście planów i w eksportach – wybierz taką, po której rozpoznasz plan za kilka miesięcy.",
    why_kind: "Od tego zależy ścieżka założenia spółdzielni: osoby prawne (co najmniej dwie) albo osoby fizyczne. Każda ścieżka ma inne dokumenty i obowiązki, więc lista zadań będzie inna.",
    why_organisation: "Organizacja, gmina lub grupa, która prowadzi replikację – trafi do nagłówka planu i eksportów.",
    why_place: "Miejsce działania spółdzielni – ważne dla diagnozy lokalnych potrzeb, partnerów i właściwego urzędu.",
    autosave_failed: |reason| {
        format!(
            "Nie udało się zapisać kopii automatycznej ({reason}). Zapisz plan ręcznie (Ctrl+S)."
        )
    },
    cli_warning: |reason, path| format!("OSTRZEŻENIE: {reason} – {path}"),
    outside_template: "nie ma go już na liście modelu",
    outside_template_tip: "Tego zadania nie ma już na liście wybranego modelu (lub dla tej ścieżki założenia). Zostało w planie, bo wpisano w nim dane – możesz je usunąć.",
    remove_outside_template: "Usuń z planu",
    change_template_title: "Zmienić listę zadań?",
    change_template_body: |count| {
        format!(
            "Zadań z wpisanymi danymi, których nie ma na nowej liście: {count}. Zostaną w planie z oznaczeniem „nie ma go już na liście modelu” i wrócą na listę, jeśli zmienisz wybór z powrotem."
        )
    },
    change_template_confirm: "Zmień",
    read_only_title: "Plik tylko do odczytu",
    read_only_body: |path| {
        format!(
            "Plik planu jest tylko do odczytu: {path}. Zastąpić go mimo to (uprawnienia zostaną zachowane)?"
        )
    },
    read_only_replace: "Zastąp mimo to",
};

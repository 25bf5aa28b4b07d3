//! Tests of the checklist details in exports (owner, due date, "not applicable" reasons,
//! evidence, own items, guidance) and of the section order.

use super::test_support::{doc, english, plan, section, tables, text, words};
use super::{ExportOptions, Format, SectionKind};
use crate::model::text::Text;

#[test]
fn sections_come_in_a_reading_order() {
    let kinds: Vec<SectionKind> = doc(&plan(), &ExportOptions::default())
        .sections
        .iter()
        .map(|s| s.kind)
        .collect();
    assert_eq!(
        kinds,
        [
            SectionKind::Profile,
            SectionKind::Model,
            SectionKind::Health,
            SectionKind::Readiness,
            SectionKind::Team,
            SectionKind::Budget,
            SectionKind::Schedule,
            SectionKind::Checklist,
        ]
    );
}

#[test]
fn checklist_rows_carry_owner_due_date_reason_evidence_and_own_items() {
    let pl = doc(&plan(), &ExportOptions::default());
    let rows: Vec<_> = tables(section(&pl, SectionKind::Checklist))
        .into_iter()
        .flat_map(|t| &t.rows)
        .collect();
    let [first, second, custom, statute, ..] = rows.as_slice() else {
        panic!("{rows:?}");
    };
    assert_eq!(first[3].text, "Koordynatorka projektu");
    assert_eq!(first[4].text, "15.10.2026");
    assert!(first[4].marks.is_empty(), "done items are never overdue");
    assert_eq!(statute[4].text, "20.11.2026");
    assert_eq!(statute[4].marks, ["po terminie"]);
    assert!(second[4].marks.is_empty(), "due in a week is not overdue");
    assert_eq!(custom[1].marks, ["własne zadanie"]);
    let links = first[5].links.as_ref().unwrap();
    assert_eq!(links.label, "Dowody wykonania");
    assert_eq!(links.items.len(), 4);
    let report = rows.last().unwrap();
    assert_eq!(report[2].text, "Nie dotyczy");
    assert_eq!(report[5].details[0].label, "Dlaczego nie dotyczy");
    assert!(
        report[5].details[0]
            .value
            .starts_with("Spółdzielnia zacznie")
    );

    let en = doc(&plan(), &english());
    let en_rows = &tables(section(&en, SectionKind::Checklist))[0].rows;
    assert_eq!(en_rows[0][4].text, "2026-10-15", "ISO dates in English");
    assert_eq!(en_rows[2][1].marks, ["own item"]);
}

#[test]
fn a_reason_is_asked_for_and_progress_leaves_out_what_does_not_apply() {
    let mut plan = plan();
    let html = text(&plan, &ExportOptions::default(), Format::Html);
    assert!(html.contains("<p>Zrobione: 1 z 6 (nie dotyczy: 1)</p>"));
    assert!(html.contains("Wszystkie zadania (1) oznaczono jako „Nie dotyczy”."));
    let report = plan
        .checklist
        .iter_mut()
        .find(|e| e.id == "report")
        .unwrap();
    report.na_reason = "  ".to_owned();
    let html = text(&plan, &ExportOptions::default(), Format::Html);
    assert!(html.contains("Nie dotyczy<span class=\"mark\">brak powodu</span>"));
    assert!(
        html.contains("<p>Zrobione: 1 z 7</p>"),
        "without a reason it still counts"
    );
    assert!(!html.contains("Dlaczego nie dotyczy"));
}

#[test]
fn evidence_links_only_for_web_addresses_and_everything_escaped() {
    let html = text(&plan(), &ExportOptions::default(), Format::Html);
    assert!(
        html.contains(
            "<li><a class=\"url\" href=\"https://example.org/ankieta?id=1&amp;wersja=2\">"
        )
    );
    assert!(html.contains("<li><span class=\"url\">javascript:alert(1)</span></li>"));
    assert!(html.contains("<span class=\"url\">Protokół nr 5/2026 &lt;zarząd&gt;</span>"));
    assert!(!html.contains("href=\"javascript"));
    let md = text(&plan(), &ExportOptions::default(), Format::Markdown);
    assert!(md.contains("<br><https://example.org/ankieta?id=1&wersja=2><br>"));
    assert!(md.contains("<br>Protokół nr 5/2026 \\<zarząd\\><br>javascript:alert(1)<br>"));
}

#[test]
fn csv_fills_owner_due_date_status_reason_and_evidence() {
    let csv = text(&plan(), &ExportOptions::default(), Format::Csv);
    let mut lines = csv.split("\r\n");
    assert_eq!(
        lines.next().unwrap(),
        "\u{feff}Lp.;Etap;Zadanie;Własne zadanie;Stan;Dlaczego nie dotyczy;Odpowiada;Termin;\
         Notatki;Dowody wykonania;Dlaczego to ważne;Podstawa prawna;Źródło;Do sprawdzenia"
    );
    assert!(csv.contains("\r\n1;Przygotowanie;Zrób diagnozę lokalnych potrzeb;;Zrobione;;Koordynatorka projektu;15.10.2026;"));
    // A phone number would become a formula; a formula in evidence stays text.
    assert!(csv.contains(";'+48 600 100 200 (Zarząd);04.12.2026;"));
    assert!(csv.contains(";'@koordynatorka;15.12.2026;"));
    assert!(csv.contains(
        "\r\n3;Przygotowanie;Porozmawiaj z wójtem;tak;Do zrobienia;;Prezes stowarzyszenia;"
    ));
    assert!(csv.contains(";Nie dotyczy;Spółdzielnia zacznie działać w 2027 r., więc w tym roku nie składa sprawozdania.;"));
    assert!(csv.contains("\"https://example.org/ankieta?id=1&wersja=2\nProtokół nr 5/2026 <zarząd>\njavascript:alert(1)\n=HYPERLINK(\"\"https://zly.example\"\";\"\"klik\"\")\""));
    let mut only_formula = plan();
    only_formula.checklist[1].evidence = vec!["=HYPERLINK(\"x\")".to_owned()];
    let csv = text(&only_formula, &ExportOptions::default(), Format::Csv);
    assert!(csv.contains(";\"'=HYPERLINK(\"\"x\"\")\";"), "{csv}");
    let en = text(&plan(), &english(), Format::Csv);
    assert!(en.contains(";Koordynatorka projektu;2026-10-15;"));
}

#[test]
fn guidance_comes_from_the_common_checklist_or_the_plan_copy() {
    let mut plan = plan();
    let options = ExportOptions::default();
    // An item the catalogue no longer has keeps the guidance the plan copied.
    let entry = plan.checklist.iter_mut().find(|e| e.id == "grant").unwrap();
    entry.id = "old_grant_item".to_owned();
    entry.why = Some(Text::new("Skopiowane wyjaśnienie", "Copied explanation"));
    entry.legal_basis = Some("art. 1 (kopia)".to_owned());
    entry.verify = true;
    let pl = doc(&plan, &options);
    let checklist = words(section(&pl, SectionKind::Checklist));
    assert!(checklist.contains("Dlaczego to ważne: Skopiowane wyjaśnienie"));
    assert!(checklist.contains("Podstawa prawna: art. 1 (kopia)"));
    let grant_row = tables(section(&pl, SectionKind::Checklist))
        .into_iter()
        .flat_map(|t| &t.rows)
        .find(|row| row[1].text.starts_with("Złóż wniosek"))
        .unwrap();
    assert_eq!(grant_row[1].marks, ["do sprawdzenia"]);
    // The common checklist's item gives its source and reason.
    assert!(checklist.contains("Źródło: https://doczz.pl/doc/2252167/"));
    // Own items never get guidance.
    let custom = plan
        .checklist
        .iter_mut()
        .find(|e| e.id == "custom_1")
        .unwrap();
    custom.id = "name_owes_tutor_copy".to_owned();
    let rows = doc(&plan, &options);
    let custom_row = tables(section(&rows, SectionKind::Checklist))[0].rows[2].clone();
    assert!(custom_row[1].details.is_empty());
}

//! Tests of the document builder and of what each renderer makes of it.

use chrono::{NaiveDate, TimeZone as _};

use super::{
    Block, CellKind, ExportDoc, ExportOptions, Format, Section, SectionKind, Separator, build,
    export,
};
use crate::io::plan_file::parse_plan;
use crate::model::catalogue::{Catalogue, parse_model};
use crate::model::plan::{Plan, Status};
use crate::model::text::Lang;

fn catalogue() -> Catalogue {
    let model = parse_model(include_str!("../../tests/golden/fixture_model.json")).unwrap();
    Catalogue::from_models(vec![model])
}

fn plan() -> Plan {
    parse_plan(include_bytes!("../../tests/golden/fixture_plan.json")).unwrap()
}

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 27).unwrap()
}

fn text(plan: &Plan, options: ExportOptions, format: Format) -> String {
    String::from_utf8(export(plan, &catalogue(), &options, format, today()).unwrap()).unwrap()
}

fn section(doc: &ExportDoc, kind: SectionKind) -> &Section {
    doc.sections.iter().find(|s| s.kind == kind).unwrap()
}

fn tables(section: &Section) -> Vec<&super::Table> {
    let tables = section.blocks.iter().filter_map(|b| match b {
        Block::Table(t) => Some(t),
        _ => None,
    });
    tables.collect()
}

#[test]
fn checklist_is_grouped_by_phase_in_order_and_numbered() {
    let doc = build(&plan(), &catalogue(), &ExportOptions::default(), today());
    let checklist = section(&doc, SectionKind::Checklist);
    let headings: Vec<&str> = checklist
        .blocks
        .iter()
        .filter_map(|b| match b {
            Block::Subheading(h) => Some(h.as_str()),
            _ => None,
        })
        .collect();
    assert_eq!(
        headings,
        [
            "Przygotowanie",
            "Założenie i rejestracja",
            "Finansowanie",
            "Działanie i monitoring"
        ]
    );
    let numbers: Vec<&str> = tables(checklist)
        .iter()
        .flat_map(|t| t.rows.iter().map(|r| r[0].text.as_str()))
        .collect();
    assert_eq!(numbers, ["1", "2", "3", "4", "5", "6", "7"]);
    let first = &tables(checklist)[0].rows[0];
    assert_eq!(first[1].text, "Zrób diagnozę lokalnych potrzeb");
    assert_eq!(first[2].kind, CellKind::Status(Status::Done));
    assert_eq!(first[2].text, "Zrobione");
    assert!(checklist.new_page);
}

#[test]
fn guidance_comes_from_the_catalogue_only_when_asked() {
    let with = text(&plan(), ExportOptions::default(), Format::Html);
    assert!(with.contains("Bez diagnozy nie wiadomo"));
    assert!(with.contains("Prawo spółdzielcze art. 5"));
    assert!(with.contains("https://example.org/diagnoza?a=1&amp;b=2"));
    // Items of the common checklist bring its guidance too.
    assert!(with.contains("W pilotażach model wdrażała spółdzielnia razem z OWES"));
    assert!(with.contains("https://doczz.pl/doc/2252167/"));
    let options = ExportOptions {
        include_guidance: false,
        ..ExportOptions::default()
    };
    let without = text(&plan(), options, Format::Html);
    assert!(!without.contains("Bez diagnozy nie wiadomo"));
    assert!(!without.contains("Prawo spółdzielcze art. 5"));
    assert!(!without.contains("W pilotażach model wdrażała"));
    // Facts still to verify keep their mark either way.
    assert!(without.contains("<span class=\"mark\">do sprawdzenia</span>"));
    let csv = text(&plan(), options, Format::Csv);
    assert!(!csv.contains("Dlaczego to ważne"));
    assert!(text(&plan(), ExportOptions::default(), Format::Csv).contains("Dlaczego to ważne"));
}

#[test]
fn items_not_started_can_be_left_out_with_a_note() {
    let options = ExportOptions {
        include_not_started: false,
        ..ExportOptions::default()
    };
    let doc = build(&plan(), &catalogue(), &options, today());
    let checklist = section(&doc, SectionKind::Checklist);
    let rows: Vec<_> = tables(checklist)
        .into_iter()
        .flat_map(|t| &t.rows)
        .collect();
    assert_eq!(rows.len(), 4);
    assert!(
        rows.iter()
            .all(|r| r[2].kind != CellKind::Status(Status::Todo))
    );
    // Numbers stay those of the full list, so printouts can be compared.
    let numbers: Vec<&str> = rows.iter().map(|r| r[0].text.as_str()).collect();
    assert_eq!(numbers, ["1", "2", "4", "7"]);
    let md = text(&plan(), options, Format::Markdown);
    assert!(md.contains("Pominięte zadania jeszcze nierozpoczęte: 3."));
    assert!(
        !md.contains("### Finansowanie\n"),
        "a phase with nothing left is dropped"
    );
    assert_eq!(doc.checklist.rows.len(), 4);
}

#[test]
fn headings_only_keeps_phase_headings_and_drops_items() {
    let options = ExportOptions {
        headings_only: true,
        ..ExportOptions::default()
    };
    let doc = build(&plan(), &catalogue(), &options, today());
    assert!(doc.sections.iter().all(|s| tables(s).is_empty()));
    assert!(doc.sections.iter().all(|s| !s.new_page));
    let html = text(&plan(), options, Format::Html);
    assert!(html.contains("<h3>Założenie i rejestracja</h3>"));
    assert!(html.contains("Zrobione: 0 z 2"));
    assert!(!html.contains("Przygotuj statut"));
    assert!(!html.contains("Bez diagnozy"));
    assert!(html.contains("tylko nagłówki"));
    // CSV always lists the items.
    assert_eq!(doc.checklist.rows.len(), 7);
}

#[test]
fn model_section_shows_provenance_pilot_and_sources() {
    let html = text(&plan(), ExportOptions::default(), Format::Html);
    assert!(html.contains("seria SNRSS – pilotaż potwierdzony"));
    assert!(
        html.contains(
            "Spółdzielnia testowa „Przykład” (dane testowe) (Zażółć, pilotaż od 2012 r.)"
        )
    );
    assert!(html.contains("<a class=\"url\" href=\"https://example.org/model\">"));
    assert!(html.contains("Podręcznik testowy – Zespół testowy"));

    let mut model = catalogue().models[0].clone();
    model.pilot = None;
    model.manual = None;
    let no_pilot = Catalogue::from_models(vec![model]);
    let bytes = export(
        &plan(),
        &no_pilot,
        &ExportOptions::default(),
        Format::Html,
        today(),
    )
    .unwrap();
    let html = String::from_utf8(bytes).unwrap();
    assert!(!html.contains("Spółdzielnia pilotażowa"));
    assert!(!html.contains("Podręcznik serii"));
}

#[test]
fn a_plan_with_every_optional_part_empty_still_exports() {
    let created = chrono::Utc
        .with_ymd_and_hms(2026, 11, 27, 12, 0, 0)
        .unwrap();
    let empty = Plan::new("", created);
    let doc = build(&empty, &catalogue(), &ExportOptions::default(), today());
    assert_eq!(doc.title, "Plan bez nazwy");
    assert!(doc.meta.iter().any(|r| r.value == "nie podano"));
    let html = text(&empty, ExportOptions::default(), Format::Html);
    assert!(html.contains("Model nie został jeszcze wybrany."));
    assert!(html.contains("Lista zadań jest pusta."));
    assert!(!html.contains("<table class=\"items\">"));
    let md = text(&empty, ExportOptions::default(), Format::Markdown);
    assert!(md.contains("Lista zadań jest pusta."));
    let csv = text(&empty, ExportOptions::default(), Format::Csv);
    assert_eq!(csv.matches("\r\n").count(), 1, "header only: {csv:?}");
}

#[test]
fn an_unknown_model_is_named_not_described() {
    let mut plan = plan();
    plan.model_id = Some("gone_model".to_owned());
    let html = text(&plan, ExportOptions::default(), Format::Html);
    assert!(html.contains("Modelu „gone_model” nie ma w katalogu"));
    assert!(
        !html.contains("Bez diagnozy"),
        "no guidance without the model"
    );
}

#[test]
fn english_export_is_english_throughout() {
    let options = ExportOptions {
        lang: Lang::En,
        ..ExportOptions::default()
    };
    let html = text(&plan(), options, Format::Html);
    assert!(html.starts_with("<!DOCTYPE html>\n<html lang=\"en\">"));
    for expected in [
        "Checklist",
        "Assess local needs",
        "In progress",
        "27 November 2026",
    ] {
        assert!(html.contains(expected), "{expected}");
    }
    for polish in ["Lista zadań", "Zrobione", "do sprawdzenia"] {
        assert!(!html.contains(polish), "{polish}");
    }
    let pl = text(&plan(), ExportOptions::default(), Format::Html);
    assert!(pl.contains("<html lang=\"pl\">") && pl.contains("27.11.2026"));
}

#[test]
fn user_text_is_inert_in_html_and_markdown() {
    let mut plan = plan();
    plan.name = "<script>alert(1)</script>".to_owned();
    plan.profile.organisation = "<img src=x onerror=alert(1)>".to_owned();
    plan.profile.place = "\"quotes\" & ampersands 'single'".to_owned();
    plan.checklist[0].note = "</td></tr></table><script>x</script>".to_owned();
    let html = text(&plan, ExportOptions::default(), Format::Html);
    assert!(!html.contains("<script"), "{html}");
    assert!(!html.contains("<img"));
    assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    assert!(html.contains("&lt;img src=x onerror=alert(1)&gt;"));
    assert!(html.contains("&quot;quotes&quot; &amp; ampersands &#39;single&#39;"));
    assert!(html.contains("&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;"));
    let md = text(&plan, ExportOptions::default(), Format::Markdown);
    assert!(md.starts_with("# \\<script\\>alert(1)\\</script\\>\n"));
    assert!(md.contains("\\<img src=x onerror=alert(1)\\>"));
    for (at, _) in md.match_indices('<') {
        let escaped = md[..at].ends_with('\\');
        let ours = ["<br>", "<https://", "<http://"]
            .iter()
            .any(|ours| md[at..].starts_with(ours));
        assert!(escaped || ours, "raw < at {at}: {md}");
    }
    assert!(
        md.contains("wersja 2 \\| do zarządu"),
        "pipes cannot split a table cell"
    );
}

#[test]
fn spreadsheet_formulas_in_notes_are_neutralised() {
    let mut plan = plan();
    let notes = ["=SUM(A1)", "+1", "-2", "@x", "\tx", "\rx"];
    for (entry, note) in plan.checklist.iter_mut().zip(notes) {
        entry.note = note.to_owned();
    }
    let options = ExportOptions {
        separator: Separator::Comma,
        ..ExportOptions::default()
    };
    let csv = text(&plan, options, Format::Csv);
    for expected in [
        ",'=SUM(A1),",
        ",'+1,",
        ",'-2,",
        ",'@x,",
        ",'\tx,",
        ",\"'\rx\",",
    ] {
        assert!(csv.contains(expected), "{expected:?} in {csv:?}");
    }
}

#[test]
fn polish_letters_survive_every_text_format() {
    for format in Format::TEXT {
        let out = text(&plan(), ExportOptions::default(), format);
        assert!(
            out.contains("Zrób diagnozę lokalnych potrzeb"),
            "{format:?}"
        );
        assert!(out.contains("Założenie i rejestracja"), "{format:?}");
        assert!(
            out.contains("Ankieta w 3 sołectwach – gotowe"),
            "{format:?}"
        );
        if format != Format::Csv {
            assert!(out.contains("Łódź"), "{format:?}");
        }
    }
    let csv = export(
        &plan(),
        &catalogue(),
        &ExportOptions::default(),
        Format::Csv,
        today(),
    )
    .unwrap();
    assert!(csv.starts_with(&[0xEF, 0xBB, 0xBF]));
}

#[test]
fn html_is_self_contained_and_printable() {
    let html = text(&plan(), ExportOptions::default(), Format::Html);
    assert!(html.contains("<meta charset=\"utf-8\">"));
    assert!(html.contains("@page { size: A4;"));
    assert!(html.contains("break-before: page"));
    assert!(html.contains("<section id=\"model\">"));
    assert!(html.contains("<section id=\"checklist\" class=\"new-page\">"));
    // A phase's progress line stays on the page of its table.
    assert!(html.contains("<p class=\"lead\">Zrobione: 1 z 3</p>\n<table class=\"items\">"));
    for external in [
        "<script", "<link", "<img", "<iframe", "@import", "href=\"#", "xlink",
    ] {
        assert!(!html.contains(external), "{external}");
    }
    // The pictures' patterns are the only `url(…)`s, each pointing inside the page.
    assert!(html.contains("<svg "));
    for (at, _) in html.match_indices("url(") {
        assert!(
            html[at..].starts_with("url(#fig-"),
            "{}",
            &html[at..at + 30]
        );
    }
}

#[test]
fn formats_and_separators_parse() {
    assert_eq!(Format::from_code("MD"), Some(Format::Markdown));
    assert_eq!(Format::from_code("odt"), None);
    assert_eq!(Separator::from_code(","), Some(Separator::Comma));
    assert_eq!(
        Separator::from_code("semicolon"),
        Some(Separator::Semicolon)
    );
    assert_eq!(Separator::from_code("\t"), None);
    let exts: Vec<_> = Format::ALL.iter().map(|f| f.extension()).collect();
    assert_eq!(exts, ["html", "docx", "pdf", "md", "csv", "ics"]);
    assert_eq!(Format::from_code("ICS"), Some(Format::Ics));
    assert!(!Format::Ics.has_outline());
    assert_eq!(Format::from_code("DOCX"), Some(Format::Docx));
    assert_eq!(Format::from_code("pdf"), Some(Format::Pdf));
}

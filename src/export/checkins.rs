//! The check-ins after launch in the exports: a section of its own (one table row per
//! indicator of each check-in) and the same rows as a CSV table. Plans without check-ins
//! export as before.

use super::{Block, Cell, CellKind, Context, Grid, Para, Section, SectionKind, Table, format_date};
use crate::i18n::planning::checkins::texts;

/// One row per indicator of each check-in (one row for a check-in without indicators):
/// check-in, date, indicator, target, value reached, note.
fn rows(cx: &Context<'_>) -> Vec<[String; 6]> {
    let (lang, t) = (cx.options.lang, texts(cx.options.lang));
    let mut rows = Vec::new();
    for checkin in &cx.plan.checkins {
        let name = (t.name)(checkin.number);
        let date = format_date(checkin.date, lang);
        if checkin.values.is_empty() {
            rows.push([
                name.clone(),
                date.clone(),
                String::new(),
                String::new(),
                String::new(),
                String::new(),
            ]);
        }
        for value in &checkin.values {
            rows.push([
                name.clone(),
                date.clone(),
                value.indicator.get(lang).trim().to_owned(),
                value.target.trim().to_owned(),
                value.actual.trim().to_owned(),
                value.note.trim().to_owned(),
            ]);
        }
    }
    rows
}

/// The check-ins, when the plan has any.
pub(super) fn section(cx: &Context<'_>) -> Option<Section> {
    if cx.plan.checkins.is_empty() {
        return None;
    }
    let t = texts(cx.options.lang);
    let held = cx.plan.checkins.iter().filter(|c| c.is_held()).count();
    let mut blocks = vec![Block::Paragraph(Para::text((t.section)(
        cx.plan.checkins.len(),
        held,
    )))];
    if !cx.options.headings_only {
        blocks.push(Block::Paragraph(Para::text(t.intro)));
        let kinds = [
            CellKind::Text,
            CellKind::Date,
            CellKind::Text,
            CellKind::Number,
            CellKind::Number,
            CellKind::Text,
        ];
        let cells = rows(cx)
            .into_iter()
            .map(|row| {
                row.into_iter()
                    .zip(kinds)
                    .map(|(text, kind)| Cell::of(kind, text))
                    .collect()
            })
            .collect();
        blocks.push(Block::Table(Table::new(&t.columns, cells)));
    }
    Some(Section {
        kind: SectionKind::CheckIns,
        heading: t.export_heading.to_owned(),
        new_page: false,
        blocks,
    })
}

/// The check-ins as one flat table for CSV.
pub(super) fn checkins_grid(cx: &Context<'_>) -> Grid {
    Grid {
        columns: texts(cx.options.lang).columns.map(str::to_owned).to_vec(),
        rows: rows(cx).into_iter().map(Vec::from).collect(),
    }
}

#[cfg(test)]
mod tests {
    use chrono::NaiveDate;

    use crate::export::{CsvTable, ExportOptions, Format, SectionKind, build, export};
    use crate::io::loader::load_bytes;
    use crate::model::catalogue::Catalogue;
    use crate::model::milestones::OPERATIONS_START;
    use crate::model::plan::Plan;

    fn plan() -> Plan {
        let bytes = include_bytes!("../../tests/fixtures/plan_v5.json");
        load_bytes(bytes, &Catalogue::built_in()).unwrap().plan
    }

    fn text(plan: &Plan, format: Format, options: &ExportOptions) -> String {
        let today = NaiveDate::from_ymd_opt(2026, 12, 5).unwrap();
        let bytes = export(plan, &Catalogue::built_in(), options, format, today).unwrap();
        String::from_utf8(bytes).unwrap()
    }

    #[test]
    fn markdown_and_html_have_a_check_in_section_with_the_figures() {
        let plan = plan();
        let options = ExportOptions::default();
        let md = text(&plan, Format::Markdown, &options);
        assert!(md.contains("## Przeglądy po uruchomieniu"), "{md}");
        assert!(md.contains(
            "| Przegląd 1 | 01.08.2027 | Liczba dzieci zapisanych do żłobka i wykorzystanie \
             miejsc. | 12 | 9 | Dwa miejsca zwolnią się we wrześniu. |"
        ));
        assert_eq!(md.matches("| Przegląd 8 | 01.05.2029 |").count(), 3);
        let html = text(&plan, Format::Html, &options);
        assert!(
            html.contains("id=\"checkins\""),
            "the section has its anchor"
        );
        assert!(html.contains("Dwa miejsca zwolnią się we wrześniu."));
    }

    #[test]
    fn the_csv_check_in_table_has_one_row_per_indicator_of_each_check_in() {
        let plan = plan();
        let options = ExportOptions {
            csv_table: CsvTable::CheckIns,
            ..ExportOptions::default()
        };
        let csv = text(&plan, Format::Csv, &options);
        let lines: Vec<&str> = csv.split("\r\n").filter(|l| !l.is_empty()).collect();
        assert_eq!(lines.len(), 1 + 8 * 3);
        assert!(lines[0].ends_with("Przegląd;Data;Wskaźnik;Cel;Osiągnięto;Uwagi"));
        assert!(lines[1].ends_with(";12;9;Dwa miejsca zwolnią się we wrześniu."));
        assert_eq!(CsvTable::from_code("checkins"), Some(CsvTable::CheckIns));
    }

    #[test]
    fn no_start_of_operations_no_section_and_an_outline_has_no_table() {
        let mut plan = plan();
        let outline = ExportOptions {
            headings_only: true,
            ..ExportOptions::default()
        };
        let today = NaiveDate::from_ymd_opt(2026, 12, 5).unwrap();
        let doc = build(&plan, &Catalogue::built_in(), &outline, today);
        let section = doc
            .sections
            .iter()
            .find(|s| s.kind == SectionKind::CheckIns)
            .unwrap();
        assert_eq!(section.blocks.len(), 1, "only the count");
        // Cleared, the check-in with figures stays (its last date); cleared figures too, none.
        plan.set_milestone_date(OPERATIONS_START, None);
        assert_eq!(plan.checkins.len(), 2);
        plan.checkins.clear();
        let doc = build(&plan, &Catalogue::built_in(), &outline, today);
        assert!(doc.sections.iter().all(|s| s.kind != SectionKind::CheckIns));
    }
}

//! The section builders of the title block, the profile, the chosen model and the checklist.

use chrono::NaiveDate;

use super::checklist::{Item, items, phase_name};
use super::{Block, Context, Para, Row, Section, SectionKind, Table, format_date};
use crate::model::catalogue::{ModelEntry, Pilot};
use crate::model::plan::ChecklistEntry;
use crate::model::progress::Progress;
use crate::model::taxonomy::{FounderRoute, Phase};
use crate::model::text::Fact;

/// The rows of the title block.
pub(super) fn title_rows(cx: &Context<'_>, today: NaiveDate) -> Vec<Row> {
    let s = cx.s;
    let profile = &cx.plan.profile;
    let model = match (cx.model, cx.plan.model_id.as_deref()) {
        (Some(model), _) => model.name(cx.options.lang).to_owned(),
        (None, Some(id)) => id.to_owned(),
        (None, None) => String::new(),
    };
    let mut rows = vec![
        Row::new(s.organisation, &profile.organisation, s.not_given),
        Row::new(s.place, &profile.place, s.not_given),
        Row::new(s.model, &model, s.not_given),
        Row::new(
            s.exported_on,
            &format_date(today, cx.options.lang),
            s.not_given,
        ),
    ];
    if cx.options.headings_only {
        rows.push(Row::new(s.scope, s.headings_only, s.not_given));
    }
    rows
}

/// Who replicates, and where.
pub(super) fn profile(cx: &Context<'_>) -> Option<Section> {
    let s = cx.s;
    let profile = &cx.plan.profile;
    let kind = profile.kind.map(|kind| s.kind(kind));
    let mut rows = vec![Row::new(s.kind, kind.unwrap_or_default(), s.not_given)];
    if let Some(kind) = profile.kind {
        let [legal, natural] = s.routes;
        let route = match kind.founder_route() {
            FounderRoute::LegalPersons => legal,
            FounderRoute::NaturalPersons => natural,
        };
        rows.push(Row::new(s.route, route, s.not_given));
    }
    rows.push(Row::new(s.organisation, &profile.organisation, s.not_given));
    rows.push(Row::new(s.place, &profile.place, s.not_given));
    Some(Section {
        kind: SectionKind::Profile,
        heading: s.profile_heading.to_owned(),
        new_page: false,
        blocks: vec![Block::Rows(rows)],
    })
}

/// The chosen model: what it is, where it comes from, its pilot (only when confirmed) and
/// its sources. It follows the profile on the first page.
pub(super) fn model(cx: &Context<'_>) -> Option<Section> {
    let s = cx.s;
    let blocks = match (cx.plan.model_id.as_deref(), cx.model) {
        (Some(_), Some(model)) => model_blocks(cx, model),
        (Some(id), None) => vec![Block::Paragraph(Para::text((s.unknown_model)(id)))],
        (None, _) => vec![Block::Paragraph(Para::text(s.no_model))],
    };
    Some(Section {
        kind: SectionKind::Model,
        heading: s.model_heading.to_owned(),
        new_page: false,
        blocks,
    })
}

fn model_blocks(cx: &Context<'_>, model: &ModelEntry) -> Vec<Block> {
    let s = cx.s;
    let lang = cx.options.lang;
    let family = s.family(model.family);
    let provenance = s.provenance(model.provenance);
    let mut rows = vec![
        Row::new(s.model, model.name(lang), s.not_given),
        Row::new(s.family, family, s.not_given),
        Row::new(s.provenance, provenance, s.not_given),
    ];
    if let Some(pilot) = &model.pilot {
        rows.push(Row::new(s.pilot, &pilot_text(pilot, lang), s.not_given));
    }
    if let Some(manual) = &model.manual {
        let text = format!("{} – {}", manual.title.trim(), manual.author.trim());
        rows.push(Row::new(s.manual, &text, s.not_given));
    }
    let mut blocks = vec![Block::Rows(rows)];
    if cx.options.headings_only {
        return blocks;
    }
    let summary = model.summary.get(lang).trim();
    if !summary.is_empty() {
        blocks.push(Block::Paragraph(Para::text(summary)));
    }
    for (heading, facts) in [
        (s.target_group, &model.target_group),
        (s.prerequisites, &model.prerequisites),
    ] {
        if !facts.is_empty() {
            blocks.push(Block::Subheading(heading.to_owned()));
            blocks.push(Block::List(facts.iter().map(|f| fact(cx, f)).collect()));
        }
    }
    if !model.sources.is_empty() {
        let sources = model.sources.iter().map(|source| Para {
            text: source.title_in(cx.options.lang),
            mark: None,
            url: Some(source.url.trim().to_owned()),
        });
        blocks.push(Block::Subheading(s.sources.to_owned()));
        blocks.push(Block::List(sources.collect()));
    }
    blocks
}

/// "Name (place, year)", leaving out what is unknown.
fn pilot_text(pilot: &Pilot, lang: crate::model::text::Lang) -> String {
    let mut details = Vec::new();
    if let Some(place) = pilot.place.as_deref().map(str::trim)
        && !place.is_empty()
    {
        details.push(place.to_owned());
    }
    if let Some(year) = pilot.year {
        details.push((crate::i18n::tr(lang).pilot_year)(year));
    }
    if details.is_empty() {
        pilot.name.trim().to_owned()
    } else {
        format!("{} ({})", pilot.name.trim(), details.join(", "))
    }
}

fn fact(cx: &Context<'_>, fact: &Fact) -> Para {
    Para::marked(
        fact.get(cx.options.lang).trim(),
        fact.verify.then_some(cx.s.to_verify),
    )
}

/// The checklist by phase: progress, then one table per phase (or only the headings).
pub(super) fn checklist(cx: &Context<'_>) -> Option<Section> {
    let s = cx.s;
    let all = items(cx);
    let mut blocks = vec![Block::Paragraph(Para::text(if all.is_empty() {
        s.checklist_empty.to_owned()
    } else {
        progress_line(cx, all.iter().map(|item| item.entry))
    }))];
    let skipped = all.iter().filter(|item| !item.shown).count();
    if skipped > 0 {
        blocks.push(Block::Paragraph(Para::text((s.skipped)(skipped))));
    }
    for phase in Phase::ALL {
        let in_phase: Vec<&Item<'_>> = all.iter().filter(|i| i.entry.phase == phase).collect();
        let shown: Vec<&Item<'_>> = in_phase.iter().copied().filter(|i| i.shown).collect();
        if shown.is_empty() {
            continue;
        }
        blocks.push(Block::Subheading(phase_name(s, phase).to_owned()));
        blocks.push(Block::Paragraph(Para::text(progress_line(
            cx,
            in_phase.iter().map(|item| item.entry),
        ))));
        if !cx.options.headings_only {
            blocks.push(Block::Table(phase_table(cx, &shown)));
        }
    }
    Some(Section {
        kind: SectionKind::Checklist,
        heading: s.checklist_heading.to_owned(),
        new_page: !cx.options.headings_only,
        blocks,
    })
}

/// "Done: X of Y", where Y leaves out the items that do not apply, and says how many those are.
fn progress_line<'a>(
    cx: &Context<'_>,
    entries: impl IntoIterator<Item = &'a ChecklistEntry>,
) -> String {
    let progress = Progress::of(entries);
    let w = cx.w.checklist;
    let line = (cx.s.progress)(progress.done, progress.applicable());
    match (progress.not_applicable, progress.applicable()) {
        (0, _) => line,
        (n, 0) => (w.none_applicable)(n),
        (n, _) => format!("{line} {}", (w.not_applicable)(n)),
    }
}

fn phase_table(cx: &Context<'_>, items: &[&Item<'_>]) -> Table {
    let s = cx.s;
    Table::new(
        &[
            s.col_number,
            s.col_task,
            s.col_status,
            s.col_owner,
            s.col_due,
            s.col_notes,
        ],
        items.iter().map(|item| item.cells(cx)).collect(),
    )
}

//! The budget section: cost and funding tables with their totals, the gap, the jobs created
//! and, for funding lines taken from a published reference amount, that amount with its date
//! and source.

use super::{Block, Cell, CellKind, Context, Para, Row, Section, SectionKind, Table};
use crate::model::budget::{Budget, FundingLine, REFERENCES, Reference};
use crate::model::money::{Money, format_money};

/// Start-up costs and funding.
pub(super) fn section(cx: &Context<'_>) -> Option<Section> {
    let w = cx.w.budget;
    let budget = &cx.plan.budget;
    let mut blocks = Vec::new();
    if *budget == Budget::default() && cx.plan.franchise.fees.is_empty() {
        blocks.push(Block::Paragraph(Para::text(w.empty)));
    } else if cx.options.headings_only {
        blocks.push(Block::Rows(summary_rows(cx)));
    } else {
        blocks.push(Block::Paragraph(Para::text(w.sketch)));
        tables(cx, &mut blocks);
        blocks.push(Block::Subheading(w.summary_heading.to_owned()));
        blocks.push(Block::Rows(summary_rows(cx)));
        references(cx, &mut blocks);
    }
    Some(Section {
        kind: SectionKind::Budget,
        heading: w.heading.to_owned(),
        new_page: false,
        blocks,
    })
}

/// The published reference amount a funding line was taken from: same kind, and a name that
/// still starts with the reference's label in either language.
pub(super) fn reference_of(line: &FundingLine) -> Option<&'static Reference> {
    let name = line.name.trim();
    REFERENCES.iter().find(|r| {
        r.kind == line.kind && (name.starts_with(r.label.pl) || name.starts_with(r.label.en))
    })
}

fn money(cx: &Context<'_>, amount: Money) -> String {
    format_money(amount, cx.options.lang)
}

fn amount_cell(cx: &Context<'_>, amount: Money) -> Cell {
    Cell::of(CellKind::Amount, money(cx, amount))
}

fn tables(cx: &Context<'_>, blocks: &mut Vec<Block>) {
    let (s, w) = (cx.s, cx.w.budget);
    let budget = &cx.plan.budget;
    let totals = cx.plan.budget_totals();
    let number = |i: usize| Cell::of(CellKind::Number, (i + 1).to_string());
    let name = |text: &str| {
        Cell::text(if text.trim().is_empty() {
            s.not_given
        } else {
            text.trim()
        })
    };
    let fees = &cx.plan.franchise.fees;
    if !budget.costs.is_empty() || !fees.is_empty() {
        let rows = budget.costs.iter().enumerate();
        let mut rows: Vec<_> = rows
            .map(|(i, line)| vec![number(i), name(&line.name), amount_cell(cx, line.amount)])
            .collect();
        // The franchise fees are costs too; they are kept in the franchise section.
        let f = crate::i18n::planning::franchise::texts(cx.options.lang);
        for (i, fee) in fees.iter().enumerate() {
            let text = format!("{} ({})", name(&fee.name).text, f.fee_kind(fee.kind));
            rows.push(vec![
                number(budget.costs.len() + i),
                Cell::text(text).marked(f.fees_in_budget),
                amount_cell(cx, fee.amount),
            ]);
        }
        let mut table = Table::new(&[s.col_number, w.col_cost, w.col_amount], rows);
        table.totals = vec![vec![
            Cell::text(""),
            Cell::text(w.total),
            amount_cell(cx, totals.costs),
        ]];
        blocks.push(Block::Subheading(w.costs_heading.to_owned()));
        blocks.push(Block::Table(table));
    }
    if !budget.funding.is_empty() {
        let rows = budget.funding.iter().enumerate().map(|(i, line)| {
            let kind = cx.w.findings.funding_kind(line.kind);
            let mut description = name(&line.name);
            if reference_of(line).is_some() {
                description = description.marked(w.reference_mark);
            }
            vec![
                number(i),
                Cell::text(kind),
                description,
                amount_cell(cx, line.amount),
            ]
        });
        let columns = [s.col_number, w.col_kind, w.col_description, w.col_amount];
        let mut table = Table::new(&columns, rows.collect());
        table.totals = vec![vec![
            Cell::text(""),
            Cell::text(w.total),
            Cell::text(""),
            amount_cell(cx, totals.funding),
        ]];
        blocks.push(Block::Subheading(w.funding_heading.to_owned()));
        blocks.push(Block::Table(table));
    }
}

/// Totals, the balance, the jobs and the cost per job.
fn summary_rows(cx: &Context<'_>) -> Vec<Row> {
    let (s, w) = (cx.s, cx.w.budget);
    let budget = &cx.plan.budget;
    let totals = cx.plan.budget_totals();
    let gap = totals.gap();
    let balance = if gap > Money::ZERO {
        (w.missing)(&money(cx, gap))
    } else if gap < Money::ZERO {
        (w.surplus)(&money(cx, Money::ZERO.minus(gap)))
    } else {
        w.balanced.to_owned()
    };
    let jobs = match budget.jobs {
        0 => String::new(),
        n => n.to_string(),
    };
    let mut rows = vec![
        Row::new(
            cx.w.findings.total_costs,
            &money(cx, totals.costs),
            s.not_given,
        ),
        Row::new(
            cx.w.findings.total_funding,
            &money(cx, totals.funding),
            s.not_given,
        ),
        Row::new(w.balance, &balance, s.not_given),
        Row::new(w.jobs, &jobs, s.not_given),
    ];
    if let Some(per_job) = cx.plan.cost_per_job() {
        rows.push(Row::new(
            cx.w.findings.per_job,
            &money(cx, per_job),
            s.not_given,
        ));
    }
    rows
}

/// The reference amounts behind funding lines, each once, with date, source and mark.
fn references(cx: &Context<'_>, blocks: &mut Vec<Block>) {
    let w = cx.w.budget;
    let lang = cx.options.lang;
    let mut used: Vec<&Reference> = Vec::new();
    for reference in cx.plan.budget.funding.iter().filter_map(reference_of) {
        if !used.contains(&reference) {
            used.push(reference);
        }
    }
    if used.is_empty() {
        return;
    }
    let items = used.into_iter().map(|r| {
        let amount = money(cx, r.amount);
        let mut parts = vec![if r.per_job {
            (cx.w.findings.amount_per_job)(&amount)
        } else {
            (cx.w.findings.amount_per_person)(&amount)
        }];
        if let Some(max) = r.max_units {
            parts.push((w.max_units)(max));
        }
        parts.push((cx.w.findings.as_of)(r.dated.get(lang)));
        Para {
            text: format!("{} – {}; {}", r.label.get(lang), parts.join(", "), w.source),
            mark: r.verify.then(|| cx.s.to_verify.to_owned()),
            url: Some(r.source.to_owned()),
        }
    });
    blocks.push(Block::Subheading(w.references_heading.to_owned()));
    blocks.push(Block::Paragraph(Para::text(w.references_intro)));
    blocks.push(Block::List(items.collect()));
}

#[cfg(test)]
mod tests {
    use super::reference_of;
    use crate::model::budget::{FundingKind, FundingLine, REFERENCES};
    use crate::model::money::Money;

    fn line(kind: FundingKind, name: &str) -> FundingLine {
        FundingLine {
            kind,
            name: name.to_owned(),
            amount: Money::zloty(1),
        }
    }

    #[test]
    fn funding_lines_are_matched_to_their_reference_in_either_language() {
        let owes = &REFERENCES[0];
        let pl = format!("{} ({})", owes.label.pl, owes.dated.pl);
        assert_eq!(reference_of(&line(owes.kind, &pl)), Some(owes));
        let en = format!("  {} ({})", owes.label.en, owes.dated.en);
        assert_eq!(reference_of(&line(owes.kind, &en)), Some(owes));
        // Another kind, an edited name or a plain line are not references.
        assert!(reference_of(&line(FundingKind::Loan, &pl)).is_none());
        assert!(reference_of(&line(owes.kind, "Dotacja OWES (nasza kwota)")).is_none());
        assert!(reference_of(&line(FundingKind::Other, "")).is_none());
        let pfron = &REFERENCES[3];
        assert_eq!(reference_of(&line(pfron.kind, pfron.label.pl)), Some(pfron));
    }
}

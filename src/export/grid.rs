//! The checklist as one flat table for CSV: every exported item with its phase, status,
//! "not applicable" reason, owner, due date, notes, evidence and, when asked, its guidance.

use super::checklist::{items, phase_name, status_name};
use super::{Context, Grid};

/// The exported items as one flat table. Evidence entries go one per line in their cell.
pub(super) fn checklist_grid(cx: &Context<'_>) -> Grid {
    let (s, w) = (cx.s, cx.w.checklist);
    let mut columns = vec![
        s.col_number,
        s.col_phase,
        s.col_task,
        w.col_custom,
        s.col_status,
        w.na_reason,
        s.col_owner,
        s.col_due,
        s.col_notes,
        w.evidence,
    ];
    if cx.options.include_guidance {
        columns.extend([s.why, s.legal_basis, s.source]);
    }
    columns.push(s.col_verify);
    let mark = |set: bool| if set { s.yes } else { "" }.to_owned();
    let rows = items(cx)
        .iter()
        .filter(|item| item.shown)
        .map(|item| {
            let mut row = vec![
                item.number.to_string(),
                phase_name(s, item.entry.phase).to_owned(),
                item.task(cx),
                mark(item.is_custom()),
                status_name(s, item.entry.status).to_owned(),
                item.na_reason().unwrap_or_default(),
                item.entry.owner.trim().to_owned(),
                item.due(cx),
                item.entry.note.clone(),
                item.evidence().join("\n"),
            ];
            if cx.options.include_guidance {
                row.extend(item.guidance(cx).into_iter().map(Option::unwrap_or_default));
            }
            row.push(mark(item.verify()));
            row
        })
        .collect();
    Grid {
        columns: columns.into_iter().map(str::to_owned).collect(),
        rows,
    }
}

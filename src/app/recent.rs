//! The recent plans as the start screen lists them, from what the preferences remember.

use super::PlannerApp;
use crate::i18n::start::texts;
use crate::i18n::tr;
use crate::ui::recent_plans::RecentRow;

impl PlannerApp {
    /// One row per recent plan, newest first; a plan whose file is gone is marked so.
    pub(super) fn recent_rows(&self) -> Vec<RecentRow> {
        let lang = self.prefs.lang;
        let t = texts(lang);
        self.prefs
            .recent
            .iter()
            .map(|path| {
                let memory = self.prefs.plan_memory(path).cloned().unwrap_or_default();
                let file_name = path
                    .file_name()
                    .map(|name| name.to_string_lossy().into_owned());
                let title = Some(memory.name.clone())
                    .filter(|name| !name.is_empty())
                    .or(file_name)
                    .unwrap_or_else(|| tr(lang).untitled.to_owned());
                let model = memory.model_id.as_deref().map_or(t.no_model, |id| {
                    self.catalogue.get(id).map_or(id, |m| m.name(lang))
                });
                let mut detail: Vec<String> = Vec::new();
                if !memory.place.is_empty() {
                    detail.push(memory.place.clone());
                }
                detail.push(model.to_owned());
                if let Some(saved) = memory.saved {
                    detail.push((t.saved)(&super::panels::format_time(lang, saved)));
                }
                RecentRow {
                    path: path.clone(),
                    title,
                    detail: detail.join(" · "),
                    exists: self.recent_files.contains(path),
                }
            })
            .collect()
    }
}

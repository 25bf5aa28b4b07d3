//! Per-frame bookkeeping of edits: undo points and the delayed autosave, both fed from the
//! document's one comparison per frame ([`crate::document::Document::after_frame`]).

use crate::io::autosave::AutosaveStore;

use super::PlannerApp;

/// Seconds of quiet after the last edit before the plan is autosaved.
pub const AUTOSAVE_DELAY: f64 = 3.0;

/// What the autosave knows about the plan being edited.
pub(super) struct AutosaveState {
    /// Where autosaves go.
    pub store: AutosaveStore,
    /// When the plan last changed (egui time).
    last_change: f64,
    /// True when the latest edits are not in the autosave yet.
    pending: bool,
    /// True once a failed autosave has been reported (it is reported once per run).
    failure_reported: bool,
}

impl AutosaveState {
    /// Starts with nothing to autosave.
    pub fn new(store: AutosaveStore) -> Self {
        Self {
            store,
            last_change: 0.0,
            pending: false,
            failure_reported: false,
        }
    }

    /// Nothing to autosave any more (a plan was opened, recovered, started or saved).
    pub fn reset(&mut self) {
        self.pending = false;
    }
}

impl PlannerApp {
    /// Feeds the undo history and writes the autosave once edits have settled.
    pub(super) fn track_edits(&mut self, ctx: &egui::Context) {
        let now = ctx.input(|i| i.time);
        let changes = self.doc.after_frame();
        self.history.feed(now, self.doc.plan(), changes.changed);
        if self.history.is_in_flux() {
            // Make sure the undo point is taken even if nothing else happens.
            ctx.request_repaint_after(std::time::Duration::from_secs(1));
        }
        let state = &mut self.autosave;
        if changes.changed {
            state.last_change = now;
            state.pending = changes.unsaved;
            if !state.pending {
                // Back at the saved state (e.g. by undo): nothing to recover any more.
                state.store.remove(self.doc.path());
            }
        }
        if !state.pending {
            return;
        }
        let waited = now - state.last_change;
        if waited < AUTOSAVE_DELAY {
            ctx.request_repaint_after(std::time::Duration::from_secs_f64(AUTOSAVE_DELAY - waited));
            return;
        }
        state.pending = false;
        let result = state
            .store
            .write(self.doc.path(), self.doc.plan(), self.services.clock.now());
        if let Err(err) = result {
            // A safety net: say it once, as a message in the corner, not as a dialog.
            log::warn!("Autosave failed: {err}");
            if !state.failure_reported {
                state.failure_reported = true;
                let s = crate::i18n::tr(self.prefs.lang);
                let reason = err.reason(s.lang);
                self.toasts.warning((s.autosave_failed)(&reason));
            }
        }
    }
}

//! Panic isolation: work on one input runs under [`guard`], so that a bug that panics on one
//! input becomes that input's error while the run goes on.
//!
//! The rules are written never to panic on input data; this is the last line of defence for
//! the bugs that remain. A panic inside [`guard`] is caught and returned as
//! [`Error::internal`](crate::Error::internal), with the panic message and where it happened,
//! and the default panic message is not printed (the caller reports the error once, as it
//! reports every other failed input). Panics outside [`guard`] are reported as before. This
//! needs `panic = "unwind"` (the default, and what `Cargo.toml` keeps for release).

use std::cell::{Cell, RefCell};
use std::panic::{self, AssertUnwindSafe, PanicHookInfo};
use std::sync::Once;

use crate::error::Error;

thread_local! {
    /// How many [`guard`] calls this thread is inside (they can nest).
    static DEPTH: Cell<usize> = const { Cell::new(0) };
    /// The message and place of the last panic caught on this thread.
    static LAST_PANIC: RefCell<Option<String>> = const { RefCell::new(None) };
}

static INSTALL_HOOK: Once = Once::new();

/// Keeps panics inside [`guard`] quiet (their message is kept for the error) and hands every
/// other panic to the hook that was there before.
fn install_hook() {
    INSTALL_HOOK.call_once(|| {
        let previous = panic::take_hook();
        panic::set_hook(Box::new(move |info: &PanicHookInfo<'_>| {
            if DEPTH.with(Cell::get) > 0 {
                let message = describe(info);
                LAST_PANIC.with(|last| *last.borrow_mut() = Some(message));
            } else {
                previous(info);
            }
        }));
    });
}

/// "message (at src/file.rs:12:5)".
fn describe(info: &PanicHookInfo<'_>) -> String {
    let payload = info.payload();
    let message = payload
        .downcast_ref::<&str>()
        .map(|s| (*s).to_string())
        .or_else(|| payload.downcast_ref::<String>().cloned())
        .unwrap_or_else(|| "a panic without a message".to_string());
    match info.location() {
        Some(at) => format!("{message} (at {}:{}:{})", at.file(), at.line(), at.column()),
        None => message,
    }
}

/// Runs `work` for the input named `input`; a panic inside it becomes
/// `Err(Error::internal(input, message))` instead of unwinding further.
///
/// # Errors
/// The error `work` returns, or the internal error of a panic.
///
/// # Example
/// ```
/// use union_news::guard::guard;
///
/// let ok: Result<u32, union_news::Error> = guard("a.txt", || Ok(1));
/// assert_eq!(ok.unwrap(), 1);
/// let err = guard::<u32>("b.txt", || panic!("boom")).unwrap_err();
/// assert!(err.is_internal());
/// assert!(err.to_string().starts_with("b.txt: internal error while extracting: boom"));
/// ```
pub fn guard<T>(input: &str, work: impl FnOnce() -> Result<T, Error>) -> Result<T, Error> {
    install_hook();
    DEPTH.with(|d| d.set(d.get() + 1));
    // The closure's captures are not used again after a panic except to be dropped, so no
    // broken invariant can be observed: asserting unwind safety is sound here.
    let outcome = panic::catch_unwind(AssertUnwindSafe(work));
    DEPTH.with(|d| d.set(d.get().saturating_sub(1)));
    match outcome {
        Ok(result) => result,
        Err(payload) => {
            let message = LAST_PANIC
                .with(|last| last.borrow_mut().take())
                .or_else(|| payload.downcast_ref::<&str>().map(|s| (*s).to_string()))
                .or_else(|| payload.downcast_ref::<String>().cloned())
                .unwrap_or_else(|| "a panic without a message".to_string());
            Err(Error::internal(input, message))
        }
    }
}

/// For tests of the isolation itself: panics when the environment variable
/// `UNION_NEWS_INJECT_PANIC` equals `id`. Compiled into debug builds only (the test builds);
/// a release build never reads the variable.
pub fn inject_panic_for_tests(id: &str) {
    #[cfg(debug_assertions)]
    {
        static TARGET: std::sync::LazyLock<Option<String>> =
            std::sync::LazyLock::new(|| std::env::var("UNION_NEWS_INJECT_PANIC").ok());
        if TARGET.as_deref() == Some(id) {
            panic!("injected panic for {id} (UNION_NEWS_INJECT_PANIC)");
        }
    }
    #[cfg(not(debug_assertions))]
    let _ = id;
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_panic_inside_guard_becomes_the_inputs_internal_error() {
        let err = guard::<()>("x.txt", || {
            let v: Vec<u8> = Vec::new();
            let i = v.len() + 3;
            let _ = v[i];
            Ok(())
        })
        .unwrap_err();
        assert!(err.is_internal());
        let text = err.to_string();
        assert!(
            text.starts_with("x.txt: internal error while extracting: "),
            "{text}"
        );
        assert!(text.contains("index out of bounds"), "{text}");
        assert!(text.contains("src/guard.rs:"), "{text}");
        assert!(text.ends_with("; please report it"), "{text}");
    }

    #[test]
    fn errors_and_values_pass_through_guard_unchanged() {
        assert_eq!(guard("a", || Ok(5)).unwrap(), 5);
        let err = guard::<()>("a", || Err(Error::input("a", "empty file"))).unwrap_err();
        assert!(!err.is_internal());
        assert_eq!(err.to_string(), "a: empty file");
    }

    #[test]
    fn nested_guards_and_later_panics_each_report_their_own_message() {
        let outer = guard::<()>("outer", || {
            let inner = guard::<()>("inner", || panic!("first"));
            assert!(inner.unwrap_err().to_string().contains("first"));
            panic!("second")
        });
        let text = outer.unwrap_err().to_string();
        assert!(text.contains("second") && !text.contains("first"), "{text}");
    }
}

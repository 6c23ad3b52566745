//! The library's error type: one public [`Error`] with a private kind per failure.
//!
//! Messages are lowercase and name the input they are about.

use std::fmt;
use std::path::PathBuf;

/// An error from reading, parsing or storing an article.
#[derive(Debug)]
pub struct Error {
    kind: ErrorKind,
}

// The message of a cause is part of the error's own message (an error line names the input
// and says why in one line), so it is not also returned as `source()`: a chain printed with
// `{:#}` would say it twice ("…: No such file or directory (os error 2): No such file or
// directory (os error 2)").
// A database error keeps the driver's error all the same (see `Error::database_cause`).
#[derive(Debug, thiserror::Error)]
enum ErrorKind {
    #[error("{path}: cannot read: {cause}")]
    Read {
        path: PathBuf,
        cause: std::io::Error,
    },
    #[error("{input}: {message}")]
    Input { input: String, message: String },
    #[error("{input}: malformed JSON: {cause}")]
    Json {
        input: String,
        cause: serde_json::Error,
    },
    #[error("{input}: duplicate id {id:?}: {first} already has it; not written")]
    DuplicateId {
        input: String,
        id: String,
        first: String,
    },
    #[error("database: {message}")]
    Database {
        message: String,
        cause: Option<DatabaseCause>,
    },
    #[error("fetch {url}: {message}")]
    Fetch { url: String, message: String },
    #[error("{input}: internal error while extracting: {message}; please report it")]
    Internal { input: String, message: String },
}

impl Error {
    /// A file could not be read.
    pub fn read(path: impl Into<PathBuf>, source: std::io::Error) -> Self {
        Self {
            kind: ErrorKind::Read {
                path: path.into(),
                cause: source,
            },
        }
    }

    /// An input was read but cannot become an article (empty, binary, unsupported).
    pub fn input(input: impl Into<String>, message: impl Into<String>) -> Self {
        Self {
            kind: ErrorKind::Input {
                input: input.into(),
                message: message.into(),
            },
        }
    }

    /// A JSON line could not be parsed.
    pub fn json(input: impl Into<String>, source: serde_json::Error) -> Self {
        Self {
            kind: ErrorKind::Json {
                input: input.into(),
                cause: source,
            },
        }
    }

    /// An input got an id that an earlier input of the same run already has: `input` is the
    /// later one, `first` the earlier.
    pub fn duplicate_id(
        input: impl Into<String>,
        id: impl Into<String>,
        first: impl Into<String>,
    ) -> Self {
        Self {
            kind: ErrorKind::DuplicateId {
                input: input.into(),
                id: id.into(),
                first: first.into(),
            },
        }
    }

    /// A database operation failed for a reason of its own (no driver error under it).
    pub fn database(message: impl fmt::Display) -> Self {
        Self {
            kind: ErrorKind::Database {
                message: message.to_string(),
                cause: None,
            },
        }
    }

    /// A database operation failed with the driver's error `cause`; `message` says what
    /// failed and why, in words (the cause's text is part of it: see
    /// [`Error::database_cause`]).
    pub fn database_caused(
        message: impl fmt::Display,
        cause: impl std::error::Error + Send + Sync + 'static,
    ) -> Self {
        Self {
            kind: ErrorKind::Database {
                message: message.to_string(),
                cause: Some(Box::new(cause)),
            },
        }
    }

    /// A fetch failed.
    pub fn fetch(url: impl Into<String>, message: impl Into<String>) -> Self {
        Self {
            kind: ErrorKind::Fetch {
                url: url.into(),
                message: message.into(),
            },
        }
    }

    /// A bug: work on `input` panicked with `message` (see [`crate::guard`]). The run goes on
    /// without this input's record.
    pub fn internal(input: impl Into<String>, message: impl Into<String>) -> Self {
        Self {
            kind: ErrorKind::Internal {
                input: input.into(),
                message: message.into(),
            },
        }
    }

    /// The input the error is about — a path, `FILE:LINE`, `stdin:N`, a URL — when it names
    /// one (database errors do not).
    pub fn input_name(&self) -> Option<String> {
        match &self.kind {
            ErrorKind::Read { path, .. } => Some(path.display().to_string()),
            ErrorKind::Input { input, .. }
            | ErrorKind::Json { input, .. }
            | ErrorKind::DuplicateId { input, .. }
            | ErrorKind::Internal { input, .. } => Some(input.clone()),
            ErrorKind::Fetch { url, .. } => Some(url.clone()),
            ErrorKind::Database { .. } => None,
        }
    }

    /// True when the error is about reading a file.
    pub fn is_read(&self) -> bool {
        matches!(self.kind, ErrorKind::Read { .. })
    }

    /// True when the error is about malformed JSON.
    pub fn is_json(&self) -> bool {
        matches!(self.kind, ErrorKind::Json { .. })
    }

    /// True when the error is an id already used earlier in the run.
    pub fn is_duplicate_id(&self) -> bool {
        matches!(self.kind, ErrorKind::DuplicateId { .. })
    }

    /// True when the error is a caught panic: a bug to report.
    pub fn is_internal(&self) -> bool {
        matches!(self.kind, ErrorKind::Internal { .. })
    }

    /// True when the error comes from a database.
    pub fn is_database(&self) -> bool {
        matches!(self.kind, ErrorKind::Database { .. })
    }

    /// The driver's error under a database error (a `rusqlite::Error`, a `postgres::Error`),
    /// for a caller that inspects it (`downcast_ref`): the error's message already says what
    /// it says, so it is not also the error's `source()` (a chain printed with `{:#}` would
    /// repeat it).
    pub fn database_cause(&self) -> Option<&(dyn std::error::Error + Send + Sync + 'static)> {
        match &self.kind {
            ErrorKind::Database {
                cause: Some(cause), ..
            } => Some(cause.as_ref()),
            _ => None,
        }
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.kind.fmt(f)
    }
}

impl std::error::Error for Error {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        std::error::Error::source(&self.kind)
    }
}

/// The driver's error under a database error.
type DatabaseCause = Box<dyn std::error::Error + Send + Sync + 'static>;

/// The library's result type.
pub type Result<T> = std::result::Result<T, Error>;

#[cfg(test)]
mod tests {
    use super::*;

    /// Issue 10, item 10: a cause was both in the message and in the chain, so `{:#}` printed
    /// the OS error twice.
    #[test]
    fn an_error_chain_says_the_os_error_once() {
        let err = Error::read(
            "a.txt",
            std::io::Error::new(std::io::ErrorKind::NotFound, "gone"),
        );
        let chain = format!(
            "{:#}",
            anyhow::Error::new(err).context("cannot read inputs")
        );
        assert_eq!(chain, "cannot read inputs: a.txt: cannot read: gone");
        let json = serde_json::from_str::<serde_json::Value>("{").unwrap_err();
        let chain = format!("{:#}", anyhow::Error::new(Error::json("x:1", json)));
        assert_eq!(chain.matches("EOF").count(), 1, "{chain}");
    }

    /// Issue 11: a database error keeps the driver's error; its message is unchanged and the
    /// chain says the cause once.
    #[test]
    fn a_database_error_keeps_the_driver_error() {
        let io = std::io::Error::new(std::io::ErrorKind::ConnectionRefused, "refused");
        let err = Error::database_caused("connect h: refused", io);
        assert_eq!(err.to_string(), "database: connect h: refused");
        let cause = err.database_cause().expect("a cause");
        assert!(cause.downcast_ref::<std::io::Error>().is_some());
        let chain = format!("{:#}", anyhow::Error::new(err));
        assert_eq!(chain, "database: connect h: refused");
        assert!(Error::database("x").database_cause().is_none());
    }
}

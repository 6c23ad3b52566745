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

#[derive(Debug, thiserror::Error)]
enum ErrorKind {
    #[error("{path}: cannot read: {source}")]
    Read {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("{input}: {message}")]
    Input { input: String, message: String },
    #[error("{input}: malformed JSON: {source}")]
    Json {
        input: String,
        #[source]
        source: serde_json::Error,
    },
    #[error("{input}: duplicate id {id:?}: {first} already has it; not written")]
    DuplicateId {
        input: String,
        id: String,
        first: String,
    },
    #[error("database: {0}")]
    Database(String),
    #[error("fetch {url}: {message}")]
    Fetch { url: String, message: String },
}

impl Error {
    /// A file could not be read.
    pub fn read(path: impl Into<PathBuf>, source: std::io::Error) -> Self {
        Self {
            kind: ErrorKind::Read {
                path: path.into(),
                source,
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
                source,
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

    /// A database operation failed.
    pub fn database(message: impl fmt::Display) -> Self {
        Self {
            kind: ErrorKind::Database(message.to_string()),
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

    /// The input the error is about — a path, `FILE:LINE`, `stdin:N`, a URL — when it names
    /// one (database errors do not).
    pub fn input_name(&self) -> Option<String> {
        match &self.kind {
            ErrorKind::Read { path, .. } => Some(path.display().to_string()),
            ErrorKind::Input { input, .. }
            | ErrorKind::Json { input, .. }
            | ErrorKind::DuplicateId { input, .. } => Some(input.clone()),
            ErrorKind::Fetch { url, .. } => Some(url.clone()),
            ErrorKind::Database(_) => None,
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

    /// True when the error comes from a database.
    pub fn is_database(&self) -> bool {
        matches!(self.kind, ErrorKind::Database(_))
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

/// The library's result type.
pub type Result<T> = std::result::Result<T, Error>;

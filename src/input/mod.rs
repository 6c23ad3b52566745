//! The input stage: files, directories, JSONL lines and standard input read into
//! [`InputArticle`]s, the owned value the record builder ([`crate::record::article_record`])
//! takes. Reading does I/O and can fail per input (an [`Error`](crate::Error) naming it);
//! what it can read only in part becomes a [`Warning`] carried to the record.
//!
//! - [`list_inputs`]: which files a run reads (directories walked once each);
//! - [`read_file_input`]: one `.txt` or `.html` file, with its crawl [`sidecar`];
//! - [`warc`]: the HTML responses of a WARC file, one input each ([`http`] reads their
//!   headers and decodes their bodies);
//! - [`Compression`]: `.gz` and `.zst` files read as the file they hold;
//! - [`parse_jsonl_line`]: one JSONL line, read by a [`LineReader`];
//! - decoding (UTF-8, UTF-16, legacy Vietnamese encodings) and the binary checks;
//! - ids ([`file_id`], [`url_id`], [`content_id`], [`IdRegistry`]);
//! - [`RecordReader`]: records read back from JSONL, for `load`.

mod compress;
mod decode;
mod file;
pub mod http;
mod id;
mod jsonl;
mod lines;
mod records;
pub mod sidecar;
mod walk;
pub mod warc;

pub use compress::{open_decompressed, Compression};
pub use decode::{check_text_head, decode_text, decode_text_file};
pub use file::read_file_input;
pub use id::{
    check_id, content_id, file_id, id_as_written, url_id, IdRegistry, NotAnId, MAX_ID_BYTES,
};
pub use jsonl::parse_jsonl_line;
pub use lines::{Line, LineReader};
pub use records::{RecordLine, RecordReader, MAX_RECORD_BYTES};
pub use walk::{list_inputs, same_file, FileKey, FileKind, InputFile, READ_EXTENSIONS};

use crate::digest::sha256_hex;
use crate::record::{Source, SourceKind, Warning};

/// Inputs larger than this are refused: no news article is that long, and a multi-megabyte
/// "article" is almost always a dump or binary file given by mistake.
pub const MAX_ARTICLE_BYTES: usize = 8 * 1024 * 1024;

/// What an input holds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Content {
    /// Text saved from a web page: headline, dateline, body and boilerplate around it.
    PageText(String),
    /// The article body alone (JSONL `text`), with an optional headline.
    Plain {
        /// The headline, if the input gave one.
        title: Option<String>,
        /// The body.
        text: String,
    },
    /// A page's text given with a headline of its own: a JSONL line's `text` read as page
    /// text (the line's `"format": "page"` says so, or its page furniture does: see
    /// [`crate::article::furniture_lines`]), with the line's `title`. Read like
    /// [`Content::PageText`]; the given title, when not blank, wins over the page's headline.
    TitledPageText {
        /// The headline the input gave, if any.
        title: Option<String>,
        /// The page's text.
        text: String,
    },
    /// HTML bytes, decoded by the HTML extractor.
    Html(Vec<u8>),
}

/// One input article before extraction.
#[derive(Debug, Clone)]
pub struct InputArticle {
    /// Stable id.
    pub id: String,
    /// Where it came from.
    pub source: Source,
    /// Its content.
    pub content: Content,
    /// The publication date the input declares (JSONL `published`): it wins over the page's
    /// own date when it is valid.
    pub published: Option<String>,
    /// The publication date crawl metadata gives (a feed's or sitemap's date in the page's
    /// sidecar): used only when neither `published` nor the page gives a valid date.
    pub crawl_published: Option<String>,
    /// The HTTP `Content-Type` a fetched page was served with (for its charset).
    pub content_type: Option<String>,
    /// Warnings from reading (e.g. invalid UTF-8 replaced).
    pub warnings: Vec<Warning>,
}

impl InputArticle {
    /// An input of plain article text, e.g. for tests and examples.
    pub fn plain(id: &str, text: &str) -> Self {
        Self {
            id: id.to_string(),
            source: Source {
                kind: SourceKind::Stdin,
                path: None,
                url: None,
                fetched_at: None,
                content_sha256: sha256_hex(text.as_bytes()),
            },
            content: Content::Plain {
                title: None,
                text: text.to_string(),
            },
            published: None,
            crawl_published: None,
            content_type: None,
            warnings: Vec::new(),
        }
    }
}

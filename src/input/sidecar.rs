//! The crawl sidecar: the metadata `union-news crawl` stores beside each page
//! (`PAGE.meta.json`), declared once for the crawler that writes it
//! ([`crate::fetch::store`]) and the input stage that reads it back ([`read_sidecar`]).
//!
//! Reading is lenient, as for a file another crawler or a person may have written: every
//! field may be missing or null (and is then empty), unknown fields are ignored, and a
//! sidecar that cannot be read or parsed is ignored with a warning.

use std::collections::BTreeMap;
use std::fs;
use std::io::Read;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Deserializer, Serialize};

use crate::record::Warning;

/// What the crawler stores beside each page (`<page>.meta.json`).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Meta {
    /// The URL requested.
    #[serde(default, deserialize_with = "null_as_default")]
    pub url: String,
    /// The URL after redirects (the crawler writes both; an `alias` of `url` would make serde
    /// reject a sidecar holding both as a duplicate field).
    #[serde(default, deserialize_with = "null_as_default")]
    pub final_url: String,
    /// The HTTP status of the stored response (200).
    #[serde(default, deserialize_with = "null_as_default")]
    pub status: u16,
    /// When it was fetched (RFC 3339, UTC).
    #[serde(default, deserialize_with = "null_as_default")]
    pub fetched_at: String,
    /// The `Content-Type` header, with its charset: the extractor decodes with it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub content_type: Option<String>,
    /// The `ETag` header, for conditional requests.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub etag: Option<String>,
    /// The `Last-Modified` header, for conditional requests.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_modified: Option<String>,
    /// The publication date a feed or sitemap gave for the page (RFC 3339 or ISO date).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub published: Option<String>,
    /// The page or feed the URL was found on (none for a seed).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub found_on: Option<String>,
    /// Hex SHA-256 of the stored bytes.
    #[serde(default, deserialize_with = "null_as_default")]
    pub content_sha256: String,
    /// The response headers that matter (lowercase names).
    #[serde(default, deserialize_with = "null_as_default")]
    pub headers: BTreeMap<String, String>,
}

impl Meta {
    /// The page's URL for its record: the URL after redirects, else the one requested (none
    /// when the sidecar gives neither).
    pub fn page_url(&self) -> Option<String> {
        [&self.final_url, &self.url]
            .into_iter()
            .find(|url| !url.is_empty())
            .cloned()
    }

    /// When the page was fetched, if the sidecar says.
    pub fn fetch_time(&self) -> Option<String> {
        Some(self.fetched_at.clone()).filter(|at| !at.is_empty())
    }
}

/// A field's value, or its default when the sidecar has `null` there.
fn null_as_default<'de, D, T>(deserializer: D) -> Result<T, D::Error>
where
    D: Deserializer<'de>,
    T: Deserialize<'de> + Default,
{
    Option::<T>::deserialize(deserializer).map(Option::unwrap_or_default)
}

/// `PAGE.meta.json` for `PAGE`.
pub fn sidecar_path(path: &Path) -> PathBuf {
    let mut name = path.as_os_str().to_owned();
    name.push(".meta.json");
    PathBuf::from(name)
}

/// The sidecar beside the page at `path`, if there is one. A missing sidecar is normal (a
/// page saved by hand); one that cannot be read or parsed is ignored with a warning in
/// `warnings`.
pub fn read_sidecar(path: &Path, warnings: &mut Vec<Warning>) -> Meta {
    let sidecar = sidecar_path(path);
    let name = sidecar.file_name().map_or_else(
        || sidecar.display().to_string(),
        |n| n.to_string_lossy().into_owned(),
    );
    let bytes = match read_sidecar_bytes(&sidecar) {
        Ok(bytes) => bytes,
        Err(err) if err.kind() == std::io::ErrorKind::NotFound => return Meta::default(),
        Err(err) => {
            warnings.push(Warning::SidecarUnreadable {
                name,
                error: err.to_string(),
            });
            return Meta::default();
        }
    };
    match serde_json::from_slice(&bytes) {
        Ok(meta) => meta,
        Err(err) => {
            warnings.push(Warning::SidecarInvalid {
                name,
                error: err.to_string(),
            });
            Meta::default()
        }
    }
}

/// A crawl sidecar is a few hundred bytes of JSON; one over this is not one.
const MAX_SIDECAR_BYTES: u64 = 1 << 20;

/// A sidecar's bytes: only from a regular file (a named pipe would block, a device never
/// end), and at most [`MAX_SIDECAR_BYTES`].
fn read_sidecar_bytes(path: &Path) -> std::io::Result<Vec<u8>> {
    let meta = fs::metadata(path)?;
    if !meta.is_file() {
        return Err(std::io::Error::other("not a regular file"));
    }
    if meta.len() > MAX_SIDECAR_BYTES {
        return Err(std::io::Error::other(format!(
            "{} bytes, more than a sidecar's {} KiB",
            meta.len(),
            MAX_SIDECAR_BYTES >> 10
        )));
    }
    let mut bytes = Vec::new();
    fs::File::open(path)?
        .take(MAX_SIDECAR_BYTES + 1)
        .read_to_end(&mut bytes)?;
    Ok(bytes)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A sidecar another tool wrote: fields missing or null, unknown fields; read as far as
    /// it goes. What the crawler writes reads back as it was.
    #[test]
    fn sidecars_are_read_leniently_and_round_trip() {
        let meta: Meta = serde_json::from_str(
            r#"{"url": null, "final_url": "https://a.vn/x", "status": null, "extra": [1]}"#,
        )
        .unwrap();
        assert_eq!(meta.page_url().as_deref(), Some("https://a.vn/x"));
        assert_eq!(meta.fetch_time(), None);
        assert_eq!(meta.status, 0);
        let meta: Meta = serde_json::from_str(r#"{"url": "https://a.vn/y"}"#).unwrap();
        assert_eq!(meta.page_url().as_deref(), Some("https://a.vn/y"));
        let written = Meta {
            url: "https://a.vn/z".into(),
            final_url: "https://a.vn/z".into(),
            status: 200,
            fetched_at: "2024-01-17T08:30:00Z".into(),
            published: Some("2024-01-17".into()),
            content_sha256: "ab".into(),
            ..Meta::default()
        };
        let json = serde_json::to_string(&written).unwrap();
        assert_eq!(
            json,
            r#"{"url":"https://a.vn/z","final_url":"https://a.vn/z","status":200,"fetched_at":"2024-01-17T08:30:00Z","published":"2024-01-17","content_sha256":"ab","headers":{}}"#
        );
        assert_eq!(serde_json::from_str::<Meta>(&json).unwrap(), written);
    }
}

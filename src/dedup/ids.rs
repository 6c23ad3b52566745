//! The ids of a run's records so far, kept as 128-bit hashes: a second record with an id
//! already used is refused (a database keeps one article per id).

use hashbrown::HashTable;
use sha2::{Digest, Sha256};

use crate::Error;

/// Where the first input with an id was: an index into the input names kept and, for an input
/// named `FILE:LINE`, its line.
#[derive(Debug, Clone, Copy)]
struct FirstInput {
    name: u32,
    /// The line, or 0 when the input name has none.
    line: u32,
}

/// The ids of one run's records so far, to catch a second input with an id already used:
/// a database keeps one article per id, so the later record would silently replace the
/// earlier (`extract d1 d2` with `d1/a.html` and `d2/a.html`, both id `a`).
///
/// It keeps no id string: each id is a 128-bit hash (the first half of its sha256), kept with
/// the input that first had it. Two different ids share a hash with probability about
/// n² / 2¹²⁹ (10⁻²¹ at a billion ids), so a hash already present is taken as the id already
/// used. The input is kept as an index into the names of the inputs and a line number: a JSONL
/// file's lines (`FILE:LINE`) share one name, so a run over JSONL files or standard input
/// keeps a 24-byte slot in a list and a 4-byte index (and a control byte) in a hash table per
/// record (with the list's and the table's slack, about 30–45 bytes); a run over files keeps
/// each file's name, which the listing of the run's files holds anyway. Past 4 billion ids,
/// later ones are no longer kept (nor checked).
///
/// # Example
/// ```
/// use union_news::dedup::CompactIds;
/// let mut ids = CompactIds::default();
/// assert!(ids.claim("a", "d1/a.html").is_ok());
/// let err = ids.claim("a", "d2/a.html").unwrap_err();
/// assert!(err.is_duplicate_id());
/// assert_eq!(
///     err.to_string(),
///     r#"d2/a.html: duplicate id "a": d1/a.html already has it; not written"#
/// );
/// ```
#[derive(Debug, Default)]
pub struct CompactIds {
    /// Indexes into `ids`, hashed by the first 64 bits of their id hash.
    seen: HashTable<u32>,
    /// Each id's hash and first input, in the order claimed.
    ids: Vec<Claimed>,
    /// Input names (a file, or the file of `FILE:LINE` inputs), each once when consecutive.
    names: Vec<Box<str>>,
}

/// An id claimed: its 128-bit hash (two halves: no 16-byte alignment to pad the slot to 32
/// bytes) and where it was first.
#[derive(Debug, Clone, Copy)]
struct Claimed {
    hash: [u64; 2],
    first: FirstInput,
}

impl CompactIds {
    /// Records that `input` produced a record with `id`.
    ///
    /// # Errors
    /// When an earlier input already has `id`; the error names both inputs, and the id stays
    /// the earlier input's.
    pub fn claim(&mut self, id: &str, input: &str) -> Result<(), Error> {
        let hash = id_hash(id);
        let ids = &self.ids;
        let found = self.seen.find(hash[0], |&i| {
            ids.get(i as usize)
                .is_some_and(|claimed| claimed.hash == hash)
        });
        if let Some(first) = found.and_then(|&i| ids.get(i as usize)) {
            return Err(Error::duplicate_id(input, id, self.input_name(first.first)));
        }
        let Ok(index) = u32::try_from(self.ids.len()) else {
            return Ok(()); // past 4 billion ids: no more are kept
        };
        let first = self.remember(input);
        self.ids.push(Claimed { hash, first });
        let ids = &self.ids;
        self.seen.insert_unique(hash[0], index, |&i| {
            ids.get(i as usize).map_or(0, |claimed| claimed.hash[0])
        });
        Ok(())
    }

    /// Ids claimed.
    pub fn len(&self) -> usize {
        self.ids.len()
    }

    /// No id claimed yet.
    pub fn is_empty(&self) -> bool {
        self.ids.is_empty()
    }

    /// Bytes held per id, on average (the list and the table with their slack, and the
    /// names).
    pub fn bytes_per_id(&self) -> usize {
        let list = self.ids.capacity() * std::mem::size_of::<Claimed>();
        let names: usize = self.names.iter().map(|n| n.len() + 16).sum();
        (list + self.seen.allocation_size() + names) / self.ids.len().max(1)
    }

    /// Keeps `input` as a name index and a line.
    fn remember(&mut self, input: &str) -> FirstInput {
        let (name, line) = split_line(input);
        let last = self.names.len().checked_sub(1);
        let index = match last {
            Some(last) if self.names.get(last).is_some_and(|n| **n == *name) => last,
            _ => {
                self.names.push(name.into());
                self.names.len() - 1
            }
        };
        FirstInput {
            name: u32::try_from(index).unwrap_or(u32::MAX),
            line,
        }
    }

    /// The input name kept as `first`.
    fn input_name(&self, first: FirstInput) -> String {
        let name = self
            .names
            .get(first.name as usize)
            .map_or("an earlier input", |n| &**n);
        match first.line {
            0 => name.to_string(),
            line => format!("{name}:{line}"),
        }
    }
}

/// The first 128 bits of the id's sha256, as two big-endian halves.
fn id_hash(id: &str) -> [u64; 2] {
    let digest = Sha256::digest(id.as_bytes());
    let mut high = [0u8; 8];
    let mut low = [0u8; 8];
    high.copy_from_slice(&digest[..8]);
    low.copy_from_slice(&digest[8..16]);
    [u64::from_be_bytes(high), u64::from_be_bytes(low)]
}

/// `FILE:LINE` split into the file and the line, when the part after the last `:` is a line
/// number as the run writes it (digits, no leading zero, not 0, fits 32 bits): joined again it
/// gives the same name. Any other name is kept whole, with line 0.
fn split_line(input: &str) -> (&str, u32) {
    if let Some((name, line)) = input.rsplit_once(':') {
        let written =
            !line.is_empty() && !line.starts_with('0') && line.bytes().all(|b| b.is_ascii_digit());
        if let Some(line) = line.parse::<u32>().ok().filter(|_| written) {
            return (name, line);
        }
    }
    (input, 0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_given_back_as_they_were() {
        let mut ids = CompactIds::default();
        for (n, input) in [
            "a.jsonl:1",
            "a.jsonl:2",
            "d/x:07",
            "d/y.html",
            "stdin:3",
            "c:0",
        ]
        .iter()
        .enumerate()
        {
            ids.claim(&format!("id{n}"), input).unwrap();
            let err = ids.claim(&format!("id{n}"), "later").unwrap_err();
            assert!(
                err.to_string()
                    .contains(&format!(": {input} already has it")),
                "{err}"
            );
        }
        // Consecutive lines of one file share its name.
        assert_eq!(ids.names.len(), 5);
    }

    #[test]
    fn an_id_per_line_costs_a_bounded_number_of_bytes() {
        let mut ids = CompactIds::default();
        for n in 1..=100_000u32 {
            ids.claim(&format!("sha256:{n:016x}"), &format!("stdin:{n}"))
                .unwrap();
        }
        assert_eq!(ids.len(), 100_000);
        assert!(ids.bytes_per_id() <= 45, "{}", ids.bytes_per_id());
    }
}

//! The bodies seen so far in a run, to mark a later article whose body repeats an earlier one.

use std::collections::HashMap;

use hashbrown::HashTable;

use super::fingerprint::{Fingerprint, NEAR_BITS};
use super::hasher::PassThrough;
use crate::record::{Duplicate, DuplicateKind};

/// SimHash bands for the near lookup: 6 (four of 11 bits, two of 10), so that two SimHashes
/// within [`NEAR_BITS`] (5) bits agree on at least one band (pigeonhole).
const BANDS: usize = NEAR_BITS as usize + 1;

/// Where each band starts in the SimHash, and (the next start) where it ends.
const BAND_STARTS: [u32; BANDS + 1] = [0, 11, 22, 33, 44, 54, 64];

/// The most entries of one band bucket compared per lookup, newest first: bounds the time of
/// a lookup when many bodies share a band value (a site's boilerplate), so that a run stays
/// linear in its articles. With 1,024 to 2,048 buckets per band, a bucket holds more than
/// this past about 400,000 distinct bodies: beyond, a near copy of an article more than 256
/// bodies of its bucket back may be missed (exact copies never are: they have a table of
/// their own).
const MAX_BUCKET_SCAN: usize = 256;

/// No entry (the end of a band chain).
const NONE: u32 = u32::MAX;

/// One distinct body: its hashes, where its original's id ends, and the next older entry of
/// each band's bucket. 44 bytes: the hashes are kept as `u32` halves so that nothing pads the
/// entry to a multiple of 8, and the id's start is the previous entry's end.
#[derive(Debug, Clone, Copy)]
struct Entry {
    /// [`Fingerprint::body_hash`], high half first.
    body_hash: [u32; 2],
    /// [`Fingerprint::simhash`], high half first.
    simhash: [u32; 2],
    /// End of the original's id in [`BodyRegistry::ids`] (it starts where the previous
    /// entry's ends).
    id_end: u32,
    next_in_band: [u32; BANDS],
}

impl Entry {
    fn body_hash(&self) -> u64 {
        join(self.body_hash)
    }

    /// The fingerprint kept (its word count is not kept: 0).
    fn fingerprint(&self) -> Fingerprint {
        Fingerprint {
            body_hash: self.body_hash(),
            simhash: join(self.simhash),
            words: 0,
        }
    }
}

/// `x` as two halves, high first.
fn split(x: u64) -> [u32; 2] {
    [(x >> 32) as u32, x as u32]
}

/// The `u64` of two halves, high first.
fn join(halves: [u32; 2]) -> u64 {
    (u64::from(halves[0]) << 32) | u64::from(halves[1])
}

/// The distinct bodies of a run, for marking later articles as their duplicates, **in the
/// order they are offered**: the first article with a body is its original, whatever thread
/// extracted it. An exact copy names the first article with its body; a near copy the closest
/// original (an article that is no copy); a near copy's own exact copies name it.
///
/// Memory per distinct body: one 44-byte entry (hashes, where its id ends, band links), its
/// id's bytes (kept once, in one string: needed to name it in its copies' records) and a
/// 4-byte slot (and a control byte) of the exact table; nothing for an exact copy or a body
/// too short to have a fingerprint. No text is kept.
///
/// # Example
/// ```
/// use union_news::dedup::{fingerprint, BodyRegistry};
/// use union_news::record::DuplicateKind;
/// let body = "Up Helly Aa là lễ hội đốt lửa truyền thống giữa mùa đông, kỷ niệm thời kỳ tổ tiên của người Viking ở Bắc Âu thống trị quần đảo Shetland (hiện nay thuộc Scotland).";
/// let mut bodies = BodyRegistry::default();
/// let fp = fingerprint(body).unwrap();
/// assert_eq!(bodies.offer("a", &fp), None);
/// let dup = bodies.offer("b", &fp).unwrap();
/// assert_eq!((dup.of.as_str(), dup.kind), ("a", DuplicateKind::Exact));
/// ```
#[derive(Debug, Default)]
pub struct BodyRegistry {
    entries: Vec<Entry>,
    /// Body hash → the first entry with it, for exact copies: entry indexes hashed by their
    /// entry's body hash (the hash is not kept twice).
    exact: HashTable<u32>,
    /// Per band, band value → the newest entry with it.
    heads: [HashMap<u16, u32, PassThrough>; BANDS],
    /// The originals' ids, one after another.
    ids: String,
}

impl BodyRegistry {
    /// The duplicate mark for an article with id `id` and body fingerprint `fingerprint`:
    /// `Some` when an earlier article offered has the same body (exact) or one within
    /// [`NEAR_BITS`] (near: the closest, the earliest of equals); else `None`, and the article
    /// becomes the original of its body.
    pub fn offer(&mut self, id: &str, fingerprint: &Fingerprint) -> Option<Duplicate> {
        if let Some(index) = self.exact_index(fingerprint.body_hash) {
            if let Some(entry) = self.entries.get(index as usize) {
                if entry.fingerprint().is_exact(fingerprint) {
                    return Some(self.mark(index, fingerprint, DuplicateKind::Exact));
                }
            }
        }
        if let Some(index) = self.nearest(fingerprint) {
            let mark = self.mark(index, fingerprint, DuplicateKind::Near);
            // Its exact copies name it (the first article with their body); near lookups
            // still find only originals.
            self.add(id, fingerprint, false);
            return Some(mark);
        }
        self.add(id, fingerprint, true);
        None
    }

    /// The first entry with body hash `body_hash`.
    fn exact_index(&self, body_hash: u64) -> Option<u32> {
        let entries = &self.entries;
        self.exact
            .find(body_hash, |&i| {
                entries
                    .get(i as usize)
                    .is_some_and(|e| e.body_hash() == body_hash)
            })
            .copied()
    }

    /// Distinct bodies registered.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// No body registered yet.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// Bytes held per distinct body, on average (entries, the exact table and ids; the band
    /// heads are bounded by 6 × 2,048 slots whatever the run).
    pub fn bytes_per_body(&self) -> usize {
        let total = self.entries.capacity() * std::mem::size_of::<Entry>()
            + self.exact.allocation_size()
            + self.ids.capacity();
        total / self.entries.len().max(1)
    }

    fn mark(&self, index: u32, fingerprint: &Fingerprint, kind: DuplicateKind) -> Duplicate {
        let entry = self.entries.get(index as usize);
        let id_start = (index as usize)
            .checked_sub(1)
            .and_then(|previous| self.entries.get(previous))
            .map_or(0, |previous| previous.id_end as usize);
        let id_end = entry.map_or(id_start, |e| e.id_end as usize);
        let of = self
            .ids
            .get(id_start..id_end)
            .unwrap_or_default()
            .to_string();
        let similarity = match (kind, entry) {
            (DuplicateKind::Near, Some(entry)) => entry.fingerprint().similarity(fingerprint),
            _ => 1.0,
        };
        Duplicate {
            of,
            similarity: (similarity * 1000.0).round() / 1000.0,
            kind,
        }
    }

    /// The registered body closest to `fingerprint` within [`NEAR_BITS`], the earliest of
    /// equals.
    fn nearest(&self, fingerprint: &Fingerprint) -> Option<u32> {
        let mut best: Option<(u32, u32)> = None; // (distance, index)
        for (band, heads) in self.heads.iter().enumerate() {
            let mut at = heads
                .get(&band_value(fingerprint.simhash, band))
                .copied()
                .unwrap_or(NONE);
            let mut scanned = 0;
            while at != NONE && scanned < MAX_BUCKET_SCAN {
                let Some(entry) = self.entries.get(at as usize) else {
                    break;
                };
                let distance = entry.fingerprint().distance(fingerprint);
                if distance <= NEAR_BITS && best.is_none_or(|b| (distance, at) < b) {
                    best = Some((distance, at));
                }
                at = entry.next_in_band[band];
                scanned += 1;
            }
        }
        best.map(|(_, index)| index)
    }

    /// Keeps a body for exact lookups and, when `original`, for near ones too.
    fn add(&mut self, id: &str, fingerprint: &Fingerprint, original: bool) {
        let Ok(index) = u32::try_from(self.entries.len()) else {
            return; // past 4 billion distinct bodies: no more originals are kept
        };
        if index == NONE {
            return;
        }
        let Ok(id_end) = u32::try_from(self.ids.len() + id.len()) else {
            return; // 4 GiB of ids: no more originals are kept
        };
        self.ids.push_str(id);
        let mut next_in_band = [NONE; BANDS];
        for (band, heads) in self.heads.iter_mut().enumerate().filter(|_| original) {
            let head = heads
                .entry(band_value(fingerprint.simhash, band))
                .or_insert(NONE);
            next_in_band[band] = *head;
            *head = index;
        }
        self.entries.push(Entry {
            body_hash: split(fingerprint.body_hash),
            simhash: split(fingerprint.simhash),
            id_end,
            next_in_band,
        });
        if self.exact_index(fingerprint.body_hash).is_none() {
            let entries = &self.entries;
            self.exact
                .insert_unique(fingerprint.body_hash, index, |&i| {
                    entries.get(i as usize).map_or(0, Entry::body_hash)
                });
        }
    }
}

/// The bits of a SimHash in band `band`.
fn band_value(simhash: u64, band: usize) -> u16 {
    let start = BAND_STARTS.get(band).copied().unwrap_or(0);
    let end = BAND_STARTS.get(band + 1).copied().unwrap_or(64);
    ((simhash >> start) & ((1u64 << (end - start)) - 1)) as u16
}

#[cfg(test)]
mod tests {
    use super::super::fingerprint::fingerprint;
    use super::super::texts::{UNRELATED, VIKING, VIKING_REPOST};
    use super::*;

    #[test]
    fn first_is_the_original_exact_and_near_copies_are_marked() {
        let mut bodies = BodyRegistry::default();
        let viking = fingerprint(VIKING).unwrap();
        let repost = fingerprint(VIKING_REPOST).unwrap();
        let unrelated = fingerprint(UNRELATED).unwrap();
        assert_eq!(bodies.offer("baomoi-21491950", &viking), None);
        assert_eq!(bodies.offer("baomoi-22501018", &unrelated), None);
        let near = bodies.offer("baomoi-21487715", &repost).unwrap();
        assert_eq!(near.of, "baomoi-21491950");
        assert_eq!(near.kind, DuplicateKind::Near);
        assert!(
            near.similarity < 1.0 && near.similarity >= 0.922,
            "{near:?}"
        );
        let exact = bodies.offer("again", &viking).unwrap();
        assert_eq!(
            exact,
            Duplicate {
                of: "baomoi-21491950".into(),
                similarity: 1.0,
                kind: DuplicateKind::Exact
            }
        );
        // An exact copy of the near copy names it, not the original.
        let copy_of_near = bodies.offer("copy", &repost).unwrap();
        assert_eq!(
            (copy_of_near.of.as_str(), copy_of_near.kind),
            ("baomoi-21487715", DuplicateKind::Exact)
        );
        // Three distinct bodies kept: exact copies add none.
        assert_eq!(bodies.len(), 3);
    }

    #[test]
    fn every_simhash_within_five_bits_is_found() {
        let base = fingerprint(VIKING).unwrap();
        let mut bodies = BodyRegistry::default();
        bodies.offer("a", &base);
        let spread = 1 << 10 | 1 << 21 | 1 << 32 | 1 << 43 | 1 << 53;
        for (i, flips) in [0b1u64 << 63, 0b11111, spread, 0b11 << 62 | 0b111]
            .into_iter()
            .enumerate()
        {
            let moved = Fingerprint {
                body_hash: i as u64,
                simhash: base.simhash ^ flips,
                words: base.words,
            };
            let dup = bodies.offer("b", &moved).unwrap();
            assert_eq!((dup.of.as_str(), dup.kind), ("a", DuplicateKind::Near));
        }
        let far = Fingerprint {
            body_hash: 9,
            simhash: base.simhash ^ 0b11_1111,
            words: base.words,
        };
        assert_eq!(bodies.offer("c", &far), None);
    }

    #[test]
    fn entries_are_compact() {
        let mut bodies = BodyRegistry::default();
        for n in 0..10_000u64 {
            let fp = Fingerprint {
                body_hash: n.wrapping_mul(0x9e37_79b9_7f4a_7c15),
                simhash: n.wrapping_mul(0xbf58_476d_1ce4_e5b9),
                words: 100,
            };
            bodies.offer(&format!("baomoi-{n:08}"), &fp);
        }
        assert_eq!(bodies.len(), 10_000);
        assert_eq!(std::mem::size_of::<Entry>(), 44);
        // 44-byte entries, a 5-byte exact slot, a 16-byte id, with the tables' slack.
        assert!(
            bodies.bytes_per_body() <= 110,
            "{}",
            bodies.bytes_per_body()
        );
    }
}

//! The SimHash's votes: per bit, how many shingle hashes have it set. A bit of the SimHash is
//! set when more than half of the shingles vote for it (their +1/−1 sum is positive).
//!
//! Counted 64 bits at a time, bit-sliced: 16 hashes go through a tree of carry-save adders
//! (the Harley-Seal positional count) into four running words `ones`, `twos`, `fours`,
//! `eights` (bit `k` of `twos` is worth 2 votes for bit `k`, and so on) and one word of
//! sixteens, which a ripple adder adds to an 8-slice counter (`high`: slice `i` holds bit `i`
//! of each bit's count of sixteens). Fifteen adders of five operations and the ripple's 24
//! count 16 hashes: about 6 operations a hash, where a table look-up and an addition per byte
//! of the hash (eight byte lanes) took 32. The slices are emptied into `counts` before they
//! could overflow (255 blocks).

/// Hashes counted by one pass of the adder tree.
const BLOCK: usize = 16;

/// Bits of the bit-sliced counter of sixteens (it holds up to 255 blocks).
const SLICES: usize = 8;

/// The votes of the shingles counted so far.
#[derive(Debug, Clone)]
pub(super) struct Votes {
    /// Hashes waiting for a full block (the first `buffered` of them).
    buffer: [u64; BLOCK],
    buffered: usize,
    /// Bit `k`: one vote for bit `k`, not yet in a higher word.
    ones: u64,
    /// Bit `k`: two votes for bit `k`.
    twos: u64,
    /// Bit `k`: four votes for bit `k`.
    fours: u64,
    /// Bit `k`: eight votes for bit `k`.
    eights: u64,
    /// Slice `i`, bit `k`: bit `i` of the number of sixteens for bit `k` since the last flush.
    high: [u64; SLICES],
    /// Blocks added to `high` since the last flush.
    blocks: u32,
    /// Per bit, the sixteens emptied from `high`.
    sixteens: [u32; 64],
    /// All shingles counted.
    shingles: u32,
}

impl Default for Votes {
    fn default() -> Self {
        Votes {
            buffer: [0; BLOCK],
            buffered: 0,
            ones: 0,
            twos: 0,
            fours: 0,
            eights: 0,
            high: [0; SLICES],
            blocks: 0,
            sixteens: [0; 64],
            shingles: 0,
        }
    }
}

/// A carry-save adder: `(carry, sum)` of three words, bit by bit.
#[inline(always)]
fn csa(a: u64, b: u64, c: u64) -> (u64, u64) {
    let u = a ^ b;
    ((a & b) | (u & c), u ^ c)
}

impl Votes {
    /// Counts one shingle's hash.
    #[cfg(test)]
    pub(super) fn add(&mut self, hash: u64) {
        self.add_all(&[hash]);
    }

    /// Counts the shingles' hashes.
    pub(super) fn add_all(&mut self, hashes: &[u64]) {
        let count = u32::try_from(hashes.len()).unwrap_or(u32::MAX);
        self.shingles = self.shingles.saturating_add(count);
        let mut rest = hashes;
        if self.buffered > 0 {
            let take = (BLOCK - self.buffered).min(rest.len());
            let (head, tail) = rest.split_at(take);
            if let Some(slots) = self.buffer.get_mut(self.buffered..self.buffered + take) {
                slots.copy_from_slice(head);
            }
            self.buffered += take;
            rest = tail;
            if self.buffered < BLOCK {
                return;
            }
            let block = self.buffer;
            self.add_block(&block);
            self.buffered = 0;
        }
        let mut blocks = rest.chunks_exact(BLOCK);
        for block in &mut blocks {
            if let Ok(block) = <&[u64; BLOCK]>::try_from(block) {
                self.add_block(block);
            }
        }
        let left = blocks.remainder();
        if let Some(slots) = self.buffer.get_mut(..left.len()) {
            slots.copy_from_slice(left);
        }
        self.buffered = left.len();
    }

    /// Counts 16 hashes: the Harley-Seal adder tree, then the sixteens into `high`.
    #[inline(always)]
    fn add_block(&mut self, d: &[u64; BLOCK]) {
        let (ones, twos, fours, eights) = (self.ones, self.twos, self.fours, self.eights);
        let (twos_a, o) = csa(ones, d[0], d[1]);
        let (twos_b, o) = csa(o, d[2], d[3]);
        let (fours_a, t) = csa(twos, twos_a, twos_b);
        let (twos_a, o) = csa(o, d[4], d[5]);
        let (twos_b, o) = csa(o, d[6], d[7]);
        let (fours_b, t) = csa(t, twos_a, twos_b);
        let (eights_a, f) = csa(fours, fours_a, fours_b);
        let (twos_a, o) = csa(o, d[8], d[9]);
        let (twos_b, o) = csa(o, d[10], d[11]);
        let (fours_a, t) = csa(t, twos_a, twos_b);
        let (twos_a, o) = csa(o, d[12], d[13]);
        let (twos_b, o) = csa(o, d[14], d[15]);
        let (fours_b, t) = csa(t, twos_a, twos_b);
        let (eights_b, f) = csa(f, fours_a, fours_b);
        let (sixteens, e) = csa(eights, eights_a, eights_b);
        (self.ones, self.twos, self.fours, self.eights) = (o, t, f, e);
        if self.blocks == (1 << SLICES) - 1 {
            self.flush();
        }
        let mut carry = sixteens;
        for slice in &mut self.high {
            let next = *slice & carry;
            *slice ^= carry;
            carry = next;
        }
        self.blocks += 1;
    }

    /// Empties the bit-sliced counter into `sixteens`.
    fn flush(&mut self) {
        for (bit, count) in self.sixteens.iter_mut().enumerate() {
            for (i, slice) in self.high.iter().enumerate() {
                *count += (((slice >> bit) & 1) as u32) << i;
            }
        }
        self.high = [0; SLICES];
        self.blocks = 0;
    }

    /// The SimHash: bit `k` set when more shingles have it set than not.
    pub(super) fn simhash(&mut self) -> u64 {
        // The partial block, padded with hashes of no bits (they vote for nothing).
        if self.buffered > 0 {
            let mut block = [0u64; BLOCK];
            if let (Some(to), Some(from)) = (
                block.get_mut(..self.buffered),
                self.buffer.get(..self.buffered),
            ) {
                to.copy_from_slice(from);
            }
            self.add_block(&block);
            self.buffered = 0;
        }
        self.flush();
        let shingles = u64::from(self.shingles);
        let mut simhash = 0u64;
        for (bit, &sixteens) in self.sixteens.iter().enumerate() {
            let low = (self.ones >> bit) & 1
                | ((self.twos >> bit) & 1) << 1
                | ((self.fours >> bit) & 1) << 2
                | ((self.eights >> bit) & 1) << 3;
            let ones = 16 * u64::from(sixteens) + low;
            if 2 * ones > shingles {
                simhash |= 1 << bit;
            }
        }
        simhash
    }
}

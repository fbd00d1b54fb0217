//! The Mersenne Twister behind Python's `random` module, bit for bit.
//!
//! This is CPython 3.11's `Modules/_randommodule.c`: the MT19937 generator
//! of Matsumoto and Nishimura (`init_genrand`, `init_by_array`,
//! `genrand_uint32`), how `random.seed` turns ints, str and bytes into a
//! key, and the two primitives every algorithm of `Lib/random.py` is built
//! on: `random()` (53 bits from two words) and `getrandbits(k)` (32-bit
//! words, least significant first). The algorithms themselves live in
//! `stdlib::random`.

use num_bigint::{BigInt, BigUint};
use sha2::{Digest, Sha512};

/// Degree of recurrence: words of state.
pub const N: usize = 624;
/// Middle word offset.
const M: usize = 397;
const MATRIX_A: u32 = 0x9908_b0df;
const UPPER_MASK: u32 = 0x8000_0000;
const LOWER_MASK: u32 = 0x7fff_ffff;

/// An MT19937 generator: 624 words and the index of the next one.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Mt19937 {
    state: [u32; N],
    /// Next word to temper; `N` means "regenerate first".
    index: usize,
}

impl Default for Mt19937 {
    /// The generator after `seed(0)`.
    fn default() -> Self {
        Mt19937::from_key(&[0])
    }
}

impl Mt19937 {
    /// `init_genrand(s)`: the reference single-word initialisation.
    pub fn from_u32(seed: u32) -> Mt19937 {
        let mut state = [0u32; N];
        state[0] = seed;
        for i in 1..N {
            let prev = state[i - 1];
            state[i] = 1_812_433_253u32
                .wrapping_mul(prev ^ (prev >> 30))
                .wrapping_add(i as u32);
        }
        Mt19937 { state, index: N }
    }

    /// `init_by_array(key)`: initialisation from a key of 32-bit words
    /// (an empty key acts as `[0]`, as CPython never passes one).
    pub fn from_key(key: &[u32]) -> Mt19937 {
        let key = if key.is_empty() { &[0u32][..] } else { key };
        let mut mt = Mt19937::from_u32(19_650_218);
        let s = &mut mt.state;
        let (mut i, mut j) = (1usize, 0usize);
        for _ in 0..N.max(key.len()) {
            let prev = s[i - 1] ^ (s[i - 1] >> 30);
            s[i] = (s[i] ^ prev.wrapping_mul(1_664_525))
                .wrapping_add(key[j])
                .wrapping_add(j as u32);
            i += 1;
            j += 1;
            if i >= N {
                s[0] = s[N - 1];
                i = 1;
            }
            if j >= key.len() {
                j = 0;
            }
        }
        for _ in 0..N - 1 {
            let prev = s[i - 1] ^ (s[i - 1] >> 30);
            s[i] = (s[i] ^ prev.wrapping_mul(1_566_083_941)).wrapping_sub(i as u32);
            i += 1;
            if i >= N {
                s[0] = s[N - 1];
                i = 1;
            }
        }
        s[0] = 0x8000_0000;
        mt
    }

    /// `random.seed(n)` for an int: the absolute value split into 32-bit
    /// words, least significant first (`seed(0)` uses the key `[0]`).
    pub fn from_bigint(seed: &BigInt) -> Mt19937 {
        Mt19937::from_key(&seed.magnitude().to_u32_digits())
    }

    /// `random.seed(n)` for an int that fits a `u64`.
    pub fn from_u64(seed: u64) -> Mt19937 {
        Mt19937::from_bigint(&BigInt::from(seed))
    }

    /// `random.seed(x)` for a hashable that is not an int (a float, say):
    /// CPython seeds with `hash(x)` cast to an unsigned `size_t`.
    pub fn from_hash(hash: i64) -> Mt19937 {
        Mt19937::from_u64(hash as u64)
    }

    /// `random.seed(b)` for bytes (version 2): the seed is the int whose
    /// big-endian bytes are `b` followed by `sha512(b)`.
    pub fn from_bytes(seed: &[u8]) -> Mt19937 {
        let mut bytes = seed.to_vec();
        bytes.extend_from_slice(Sha512::digest(seed).as_slice());
        Mt19937::from_key(&BigUint::from_bytes_be(&bytes).to_u32_digits())
    }

    /// `random.seed(s)` for a str (version 2): its UTF-8 bytes, as
    /// [`Mt19937::from_bytes`].
    pub fn from_str_seed(seed: &str) -> Mt19937 {
        Mt19937::from_bytes(seed.as_bytes())
    }

    /// `genrand_uint32`: the next tempered 32-bit word.
    pub fn next_u32(&mut self) -> u32 {
        if self.index >= N {
            self.regenerate();
        }
        let mut y = self.state[self.index];
        self.index += 1;
        y ^= y >> 11;
        y ^= (y << 7) & 0x9d2c_5680;
        y ^= (y << 15) & 0xefc6_0000;
        y ^ (y >> 18)
    }

    /// Refills all 624 words at once.
    fn regenerate(&mut self) {
        let s = &mut self.state;
        let twist = |upper: u32, lower: u32, far: u32| {
            let y = (upper & UPPER_MASK) | (lower & LOWER_MASK);
            far ^ (y >> 1) ^ if y & 1 == 1 { MATRIX_A } else { 0 }
        };
        for k in 0..N - 1 {
            s[k] = twist(s[k], s[k + 1], s[(k + M) % N]);
        }
        s[N - 1] = twist(s[N - 1], s[0], s[M - 1]);
        self.index = 0;
    }

    /// `random()`: a float in [0, 1) from 53 random bits (two words).
    pub fn random(&mut self) -> f64 {
        let a = (self.next_u32() >> 5) as f64;
        let b = (self.next_u32() >> 6) as f64;
        (a * 67_108_864.0 + b) * (1.0 / 9_007_199_254_740_992.0)
    }

    /// `getrandbits(k)` for `k <= 64`, consuming the same words as
    /// [`Mt19937::getrandbits`].
    pub fn getrandbits_u64(&mut self, k: u32) -> u64 {
        assert!(k <= 64, "getrandbits_u64 takes at most 64 bits");
        match k {
            0 => 0,
            1..=32 => (self.next_u32() >> (32 - k)) as u64,
            _ => {
                let low = self.next_u32() as u64;
                let high = (self.next_u32() >> (64 - k)) as u64;
                low | high << 32
            }
        }
    }

    /// `getrandbits(k)`: an int with `k` random bits, built from 32-bit
    /// words least significant first, the last word shifted right to keep
    /// only its top bits.
    pub fn getrandbits(&mut self, k: u64) -> BigInt {
        if k <= 64 {
            return BigInt::from(self.getrandbits_u64(k as u32));
        }
        let words = (k - 1) / 32 + 1;
        let mut digits = Vec::with_capacity(words as usize);
        let mut left = k;
        for _ in 0..words {
            let r = self.next_u32();
            digits.push(if left < 32 { r >> (32 - left) } else { r });
            left = left.saturating_sub(32);
        }
        BigInt::from(BigUint::from_slice(&digits))
    }

    /// The 624 state words and the index (`getstate()[1]` is these words
    /// followed by the index).
    pub fn state(&self) -> (&[u32; N], usize) {
        (&self.state, self.index)
    }

    /// `setstate`: `None` for an index above 624 (CPython's "invalid state").
    pub fn from_state(words: &[u32; N], index: usize) -> Option<Mt19937> {
        if index <= N {
            Some(Mt19937 {
                state: *words,
                index,
            })
        } else {
            None
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reference_init_genrand_5489() {
        // The first outputs of mt19937ar.c with init_genrand(5489).
        let mut mt = Mt19937::from_u32(5489);
        let want = [
            3_499_211_612u32,
            581_869_302,
            3_890_346_734,
            3_586_334_585,
            545_404_204,
        ];
        for w in want {
            assert_eq!(mt.next_u32(), w);
        }
    }

    #[test]
    fn reference_init_by_array() {
        // mt19937ar.c's test vector: init_by_array({0x123, 0x234, 0x345, 0x456}).
        let mut mt = Mt19937::from_key(&[0x123, 0x234, 0x345, 0x456]);
        let want = [
            1_067_595_299u32,
            955_945_823,
            477_289_528,
            4_107_218_783,
            4_228_976_476,
        ];
        for w in want {
            assert_eq!(mt.next_u32(), w);
        }
    }

    /// (hash(x), first random() after random.seed(x)) for floats x.
    const HASH_SEEDS: &[(i64, u64)] = &[
        (322818021289917443, 0x3fe8d07a14dd52c9),   // seed(3.14)
        (-1152921504606846977, 0x3fe6b943c9c3f231), // seed(-1.5)
        (1152921504606846976, 0x3fd1e336efff4236),  // seed(0.5)
        (1224995262755759164, 0x3fd0bb03504c5e90),  // seed(1e+300)
        (0, 0x3feb0580f98a7dbe),                    // seed(-0.0)
    ];
    /// random.seed(2024): (index, state[0], state[1], state[623]) and the first four getrandbits(32).
    const SEED_2024: (usize, u32, u32, u32, [u32; 4]) = (
        624,
        2147483648,
        2279282712,
        3136574788,
        [2019024262, 780421486, 3127871324, 2484006460],
    );

    #[test]
    fn seeding_from_hash_matches_cpython() {
        for &(hash, want) in HASH_SEEDS {
            assert_eq!(
                Mt19937::from_hash(hash).random().to_bits(),
                want,
                "hash {hash}"
            );
        }
    }

    #[test]
    fn state_after_seed_matches_cpython() {
        let (index, w0, w1, w623, outputs) = SEED_2024;
        let mut mt = Mt19937::from_u64(2024);
        let (words, got_index) = mt.state();
        assert_eq!(
            (got_index, words[0], words[1], words[623]),
            (index, w0, w1, w623)
        );
        let saved = Mt19937::from_state(words, got_index).unwrap();
        assert_eq!(saved, mt);
        for want in outputs {
            assert_eq!(mt.next_u32(), want);
        }
        assert!(Mt19937::from_state(&[0; N], N + 1).is_none());
    }
}
